const KEY = 'resonance.lastOrganization';
const SEEN_KEY = 'resonance.hasSignedIn';

/** Remembered per browser, so signing in again reopens the organization you worked in last. */
export function rememberOrganization(organizationId: string): void {
  try {
    localStorage.setItem(KEY, organizationId);
  } catch {
    // Only a convenience.
  }
}

export function lastOrganization(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Whether someone ever signed in from this browser: on an installation that has accounts and
 * open sign-up, a first visit lands on sign-up, later visits on sign-in (see app.tsx).
 */
export function hasSignedInBefore(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markSignedIn(): void {
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Only a convenience.
  }
}
