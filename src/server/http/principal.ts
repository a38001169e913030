import type { FastifyRequest } from 'fastify';
import { can, isRole, type Permission, type Role } from '../../shared/roles.js';
import type { Auth } from '../auth/auth.js';
import { AppError } from '../common/app-error.js';

/** Who is calling: a signed-in person (with the organization they switched to) or an API key. */
export type Principal =
  | {
      kind: 'user';
      userId: string;
      user: { id: string; name: string; email: string };
      sessionId: string;
      organizationId: string | null;
      role: Role | null;
    }
  | { kind: 'apiKey'; keyId: string; organizationId: string };

/** What an organization's API key may do: everything but managing keys and members. */
const API_KEY_DENIED: readonly Permission[] = ['apiKeys.manage', 'members.manage'];

/**
 * What resolving a caller needs from the api-keys and organizations features, passed in by the
 * composition root (app.ts): http/ serves every feature, so it imports none of them.
 */
export interface PrincipalDeps {
  auth: Auth;
  /** The key's id and organization when the key is known and not revoked (api-keys.service.ts verifyApiKey). */
  verifyApiKey: (key: string) => Promise<{ keyId: string; organizationId: string } | null>;
  /** The person's role in the organization, null when not a member (organizations.repo.ts findMemberRole). */
  findMemberRole: (organizationId: string, userId: string) => Promise<string | null>;
}

export async function resolvePrincipal(deps: PrincipalDeps, req: FastifyRequest): Promise<Principal | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Authorization header must be "Bearer <API key>"');
    const verified = await deps.verifyApiKey(match[1]);
    if (!verified) throw new AppError('UNAUTHENTICATED', 'API key is unknown or revoked');
    return { kind: 'apiKey', ...verified };
  }
  const session = await deps.auth.api.getSession({ headers: toHeaders(req) });
  if (!session) return null;
  const organizationId = session.session.activeOrganizationId ?? null;
  let role: Role | null = null;
  if (organizationId) {
    const found = await deps.findMemberRole(organizationId, session.user.id);
    role = isRole(found) ? found : null;
  }
  return {
    kind: 'user',
    userId: session.user.id,
    user: { id: session.user.id, name: session.user.name, email: session.user.email },
    sessionId: session.session.id,
    organizationId: role ? organizationId : null,
    role,
  };
}

export interface Authorized {
  organizationId: string;
  principal: Principal;
  /** The acting person, when there is one (API keys act for the organization). */
  userId: string | null;
}

/** Throws unless the caller may use `permission` in an organization; returns that organization. */
export function authorize(principal: Principal | null, permission: Permission): Authorized {
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in or send "Authorization: Bearer <API key>"');
  if (principal.kind === 'apiKey') {
    if (API_KEY_DENIED.includes(permission)) {
      throw new AppError(
        'FORBIDDEN',
        `API keys cannot do this (${permission}); sign in as a person with the right role`,
      );
    }
    return { organizationId: principal.organizationId, principal, userId: null };
  }
  if (!principal.organizationId || !principal.role) {
    throw new AppError('NO_ACTIVE_ORGANIZATION', 'Choose or create an organization first');
  }
  if (!can(principal.role, permission)) {
    throw new AppError('FORBIDDEN', `Your role (${principal.role}) does not allow this (${permission})`);
  }
  return { organizationId: principal.organizationId, principal, userId: principal.userId };
}

/**
 * Runs in the onRequest hook, before the body is parsed or validated: a caller without
 * credentials gets 401, never a 400 that describes the route's input. Routes open to everyone
 * say so in their schema with `security: []` (the OpenAPI document reads the same marker); an
 * unknown path keeps its 404.
 */
export function refuseAnonymous(principal: Principal | null, req: FastifyRequest): void {
  if (principal || req.routeOptions.url === undefined) return;
  const security = (req.routeOptions.schema as { security?: unknown } | undefined)?.security;
  if (Array.isArray(security) && security.length === 0) return;
  throw new AppError('UNAUTHENTICATED', 'Sign in or send "Authorization: Bearer <API key>"');
}

/**
 * Cookie sessions are what a forged cross-site form would ride on; API keys are not sent by
 * browsers on their own. So a person's session may only change things from an origin of this
 * installation (`Config.browserOrigins`: PUBLIC_URL, plus the loopback names in development).
 */
export function refuseForeignOrigin(
  principal: Principal | null,
  req: FastifyRequest,
  browserOrigins: readonly string[],
): void {
  if (principal?.kind !== 'user' || !UNSAFE_METHODS.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin === undefined || !browserOrigins.includes(origin)) {
    const publicUrl = browserOrigins[0] ?? '';
    throw new AppError(
      'FORBIDDEN',
      `Cross-origin request refused: open Resonance at ${publicUrl}, or set PUBLIC_URL to the address you open it at`,
    );
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function toHeaders(req: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return headers;
}
