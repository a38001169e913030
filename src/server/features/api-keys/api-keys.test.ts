import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { hashApiKey } from './api-key-secret.js';

describe('API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('creates a key shown once, stores only its hash, and authenticates /api/v1 with it', async () => {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie, 'Acme');
    const created = await t.createApiKey(owner.cookie, 'CRM sync');
    expect(created.key).toMatch(/^rsn_[A-Za-z0-9_-]{43}$/);

    const list = await t.request({ method: 'GET', url: '/api/v1/api-keys', as: { cookie: owner.cookie } });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: Array<Record<string, unknown>> }).items;
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain(created.key);
    expect(items[0]?.lastUsedAt).toBeNull();

    const stored = await t.runtime.deps.database.db.execute(
      `select key_hash from api_keys where organization_id = '${org.id}'`,
    );
    expect((stored as unknown as { rows: { key_hash: string }[] }).rows[0]?.key_hash).toBe(
      hashApiKey(created.key),
    );

    const res = await t.request({ method: 'GET', url: '/api/v1/organization', as: { key: created.key } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { id: string }).id).toBe(org.id);

    const after = await t.request({ method: 'GET', url: '/api/v1/api-keys', as: { cookie: owner.cookie } });
    expect(
      (after.json() as { items: Array<{ lastUsedAt: string | null }> }).items[0]?.lastUsedAt,
    ).not.toBeNull();
  });

  it('refuses a revoked key with 401 and names the reason', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const { id, key } = await t.createApiKey(owner.cookie);
    const del = await t.request({
      method: 'DELETE',
      url: `/api/v1/api-keys/${id}`,
      as: { cookie: owner.cookie },
    });
    expect(del.statusCode).toBe(200);
    const res = await t.request({ method: 'GET', url: '/api/v1/organization', as: { key } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('revoked') },
    });
  });

  it('rejects a malformed Authorization header and an unknown key', async () => {
    const malformed = await t.request({
      method: 'GET',
      url: '/api/v1/organization',
      headers: { authorization: 'Token abc' },
    });
    expect(malformed.statusCode).toBe(401);
    const unknown = await t.request({
      method: 'GET',
      url: '/api/v1/organization',
      as: { key: 'rsn_' + 'x'.repeat(43) },
    });
    expect(unknown.statusCode).toBe(401);
  });

  it('does not let an API key manage keys', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const { key } = await t.createApiKey(owner.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: 'x' },
      as: { key },
    });
    expect(res.statusCode).toBe(403);
  });

  it('names the field when the name is missing', async () => {
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: '' },
      as: { cookie: owner.cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.name' }] },
    });
  });
});
