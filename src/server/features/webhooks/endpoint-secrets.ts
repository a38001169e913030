import { randomBytes } from 'node:crypto';
import { formatWebhookSecret } from '../../../domain/webhooks/webhook-signature.js';
import type { EndpointSecret } from '../../../domain/webhooks/secret-rotation.js';
import { open, seal } from '../sending/secret-box.js';

/** Endpoint secrets are sealed under AUTH_SECRET for this purpose (features/sending/secret-box.ts). */
const PURPOSE = 'webhook-endpoint-secrets';

/** 32 random bytes: the spec asks for 24 to 64. */
export function newWebhookSecret(): string {
  return formatWebhookSecret(randomBytes(32));
}

export function sealSecrets(authSecret: string, secrets: readonly EndpointSecret[]): string {
  return seal(
    authSecret,
    PURPOSE,
    JSON.stringify(secrets.map((s) => ({ secret: s.secret, retiresAt: s.retiresAt?.toISOString() ?? null }))),
  );
}

export function openSecrets(authSecret: string, sealed: string): EndpointSecret[] {
  const parsed = JSON.parse(open(authSecret, PURPOSE, sealed)) as Array<{
    secret: string;
    retiresAt: string | null;
  }>;
  return parsed.map((s) => ({
    secret: s.secret,
    retiresAt: s.retiresAt === null ? null : new Date(s.retiresAt),
  }));
}

/** Until when a rotated secret still signs beside the current one (null: none does). */
export function previousSecretRetiresAt(secrets: readonly EndpointSecret[], now: Date): Date | null {
  const times = secrets.flatMap((s) =>
    s.retiresAt !== null && s.retiresAt > now ? [s.retiresAt.getTime()] : [],
  );
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}
