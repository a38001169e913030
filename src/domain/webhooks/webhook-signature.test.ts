import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  formatWebhookSecret,
  parseWebhookSecret,
  signedContent,
  unixSeconds,
  webhookHeaders,
  webhookSignature,
  type WebhookMessage,
} from './webhook-signature.js';

/** Deterministic bytes for a secret: no randomness needed to test signing. */
const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256);
const SECRET_A = formatWebhookSecret(bytes(32, 7));
const SECRET_B = formatWebhookSecret(bytes(32, 99));

const message = (over: Partial<WebhookMessage> = {}): WebhookMessage => ({
  id: 'msg_0f6c1e2a9b8d4c7e',
  timestamp: unixSeconds(new Date()),
  body: JSON.stringify({ type: 'response.created', data: { comment: 'Grüße — „gut“ 👍' } }),
  ...over,
});

/**
 * A receiver written from the specification alone: split the header at spaces, keep the `v1`
 * entries, recompute HMAC-SHA256 over `id.timestamp.body` with the secret's bytes and compare in
 * constant time (Web Crypto's verify); refuse timestamps more than five minutes off.
 */
async function specReceiverAccepts(
  secret: string,
  headers: Record<string, string>,
  body: string,
  nowSeconds: number,
): Promise<boolean> {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const header = headers['webhook-signature'];
  if (!id || !timestamp || !header || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const raw = atob(secret.replace(/^whsec_/, ''));
  const key = await crypto.subtle.importKey(
    'raw',
    Uint8Array.from(raw, (c) => c.charCodeAt(0)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const entry of header.split(' ')) {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) continue;
    const mac = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
    if (await crypto.subtle.verify('HMAC', key, mac, content)) return true;
  }
  return false;
}

describe('Standard Webhooks signatures', () => {
  it('matches the published test vector of the reference libraries', async () => {
    const signature = await webhookSignature(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], {
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
    });
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies with the reference verifier from npm (standardwebhooks)', async () => {
    const msg = message();
    const headers = await webhookHeaders([SECRET_A], msg);
    expect(new Webhook(SECRET_A).verify(msg.body, headers)).toEqual(JSON.parse(msg.body));
  });

  it('is refused by the reference verifier under another secret or with a changed body', async () => {
    const msg = message();
    const headers = await webhookHeaders([SECRET_A], msg);
    expect(() => new Webhook(SECRET_B).verify(msg.body, headers)).toThrow();
    expect(() => new Webhook(SECRET_A).verify(msg.body.replace('gut', 'Gut'), headers)).toThrow();
    expect(() => new Webhook(SECRET_A).verify(msg.body, { ...headers, 'webhook-id': 'msg_other' })).toThrow();
  });

  it('carries one signature per secret while a secret rotates, each verifying on its own', async () => {
    const msg = message();
    const headers = await webhookHeaders([SECRET_B, SECRET_A], msg);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}= v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(SECRET_A).verify(msg.body, headers)).toBeTruthy();
    expect(new Webhook(SECRET_B).verify(msg.body, headers)).toBeTruthy();
    expect(() => new Webhook(formatWebhookSecret(bytes(32, 3))).verify(msg.body, headers)).toThrow();
  });

  it('verifies with a receiver written from the specification alone', async () => {
    const msg = message();
    const now = msg.timestamp;
    const headers = await webhookHeaders([SECRET_B, SECRET_A], msg);
    expect(await specReceiverAccepts(SECRET_A, headers, msg.body, now)).toBe(true);
    expect(await specReceiverAccepts(SECRET_B, headers, msg.body, now)).toBe(true);
    expect(await specReceiverAccepts(formatWebhookSecret(bytes(24, 1)), headers, msg.body, now)).toBe(false);
    expect(await specReceiverAccepts(SECRET_A, headers, `${msg.body} `, now)).toBe(false);
    // A replayed attempt is refused once its timestamp is too old.
    expect(await specReceiverAccepts(SECRET_A, headers, msg.body, now + 301)).toBe(false);
  });

  it('keeps the id the same across attempts while the timestamp and signature change', async () => {
    const first = await webhookHeaders([SECRET_A], message({ timestamp: 1_700_000_000 }));
    const retry = await webhookHeaders([SECRET_A], message({ timestamp: 1_700_000_005 }));
    expect(retry['webhook-id']).toBe(first['webhook-id']);
    expect(retry['webhook-timestamp']).toBe('1700000005');
    expect(retry['webhook-signature']).not.toBe(first['webhook-signature']);
  });
});

describe('webhook secrets', () => {
  it('are whsec_ and base64 of 24 to 64 bytes, read back to the same bytes', () => {
    for (const n of [24, 32, 64]) {
      const secret = formatWebhookSecret(bytes(n, n));
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
      expect(Array.from(parseWebhookSecret(secret))).toEqual(Array.from(bytes(n, n)));
    }
  });

  it.each([
    ['too short', () => formatWebhookSecret(bytes(23, 0))],
    ['too long', () => formatWebhookSecret(bytes(65, 0))],
    ['without the prefix', () => parseWebhookSecret(SECRET_A.slice('whsec_'.length))],
    ['not base64', () => parseWebhookSecret('whsec_not*base64!')],
    ['too short once decoded', () => parseWebhookSecret('whsec_AAAA')],
  ])('are refused %s', (_name, make) => {
    expect(make).toThrow();
  });

  it('refuses to sign an id with a full stop or a fractional timestamp (the signed content would be ambiguous)', () => {
    expect(() => signedContent(message({ id: 'msg.1' }))).toThrow();
    expect(() => signedContent(message({ timestamp: 1.5 }))).toThrow();
    expect(signedContent(message({ id: 'msg_1', timestamp: 42, body: '{}' }))).toBe('msg_1.42.{}');
  });

  it('refuses to sign without a secret', async () => {
    await expect(webhookSignature([], message())).rejects.toThrow();
  });
});
