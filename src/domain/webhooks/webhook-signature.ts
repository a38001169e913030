/**
 * Standard Webhooks signatures (symmetric scheme): the secret is `whsec_` + base64 of 24 to 64
 * random bytes; a signature is `v1,` + base64 HMAC-SHA256 of `${id}.${timestamp}.${body}` under the
 * secret's bytes; the header lists one signature per secret in use, separated by spaces, so a
 * receiver keeps verifying while a secret rotates.
 *
 * HMAC comes from Web Crypto (a standard global in Node and browsers), so this stays free of
 * Node modules; the bytes of a secret come in from the caller's random source.
 */

export const SECRET_PREFIX = 'whsec_';
/** The spec's bounds for a symmetric secret: at least 192 bits, at most 512. */
export const SECRET_BYTES = { min: 24, max: 64 } as const;

export interface WebhookMessage {
  /** The `webhook-id`: the same for every attempt of one delivery. */
  id: string;
  /** The `webhook-timestamp`: whole seconds since the epoch, of this attempt. */
  timestamp: number;
  /** The exact bytes sent: receivers verify the raw body, never a re-serialisation. */
  body: string;
}

export class WebhookSecretError extends Error {}

export function formatWebhookSecret(key: Uint8Array): string {
  if (key.byteLength < SECRET_BYTES.min || key.byteLength > SECRET_BYTES.max)
    throw new WebhookSecretError(
      `a secret has ${SECRET_BYTES.min}–${SECRET_BYTES.max} bytes, not ${key.byteLength}`,
    );
  return SECRET_PREFIX + toBase64(key);
}

export function parseWebhookSecret(secret: string): Uint8Array {
  if (!secret.startsWith(SECRET_PREFIX))
    throw new WebhookSecretError(`a secret starts with ${SECRET_PREFIX}`);
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0)
    throw new WebhookSecretError('a secret is base64 after its prefix');
  const key = fromBase64(encoded);
  if (key.byteLength < SECRET_BYTES.min || key.byteLength > SECRET_BYTES.max)
    throw new WebhookSecretError(
      `a secret has ${SECRET_BYTES.min}–${SECRET_BYTES.max} bytes, not ${key.byteLength}`,
    );
  return key;
}

/** What is signed. The id and timestamp are ours, never a customer's, and hold no full stop. */
export function signedContent(msg: WebhookMessage): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(msg.id)) throw new WebhookSecretError('a message id is [A-Za-z0-9_-]');
  if (!Number.isSafeInteger(msg.timestamp) || msg.timestamp < 0)
    throw new WebhookSecretError('a timestamp is whole seconds since the epoch');
  return `${msg.id}.${msg.timestamp}.${msg.body}`;
}

/**
 * Signs messages under a fixed list of secrets (the current one first): each secret's key is
 * imported once and then signs a whole page of deliveries to its endpoint.
 */
export function webhookSigner(secrets: readonly string[]): (msg: WebhookMessage) => Promise<string> {
  if (secrets.length === 0) throw new WebhookSecretError('at least one secret signs');
  const keys = Promise.all(
    secrets.map((secret) =>
      crypto.subtle.importKey(
        'raw',
        new Uint8Array(parseWebhookSecret(secret)),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      ),
    ),
  );
  return async (msg) => {
    const content = new TextEncoder().encode(signedContent(msg));
    const macs = await Promise.all((await keys).map((key) => crypto.subtle.sign('HMAC', key, content)));
    return macs.map((mac) => `v1,${toBase64(new Uint8Array(mac))}`).join(' ');
  };
}

/** One `v1,…` signature per secret, in the order given (the current secret first). */
export async function webhookSignature(secrets: readonly string[], msg: WebhookMessage): Promise<string> {
  return webhookSigner(secrets)(msg);
}

/** The three Standard Webhooks headers of one attempt, signed by `sign` (a `webhookSigner`). */
export async function signedHeaders(
  sign: (msg: WebhookMessage) => Promise<string>,
  msg: WebhookMessage,
): Promise<Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>> {
  return {
    'webhook-id': msg.id,
    'webhook-timestamp': String(msg.timestamp),
    'webhook-signature': await sign(msg),
  };
}

/** The three Standard Webhooks headers of one attempt. */
export async function webhookHeaders(
  secrets: readonly string[],
  msg: WebhookMessage,
): Promise<Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>> {
  return signedHeaders(webhookSigner(secrets), msg);
}

/** Seconds since the epoch, as `webhook-timestamp` carries them. */
export function unixSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
