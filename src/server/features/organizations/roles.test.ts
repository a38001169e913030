import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles.js';
import { buildTestApp, uniqueEmail, type TestApp } from '../../../../test/helpers/build-test-app.js';

/** Each row: a request and the roles that may make it. Everyone else must get 403. */
const MATRIX: Array<{
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  payload?: (orgId: string) => object;
  allowed: Role[];
}> = [
  {
    name: 'read the organization',
    method: 'GET',
    url: '/api/v1/organization',
    allowed: ['owner', 'admin', 'analyst', 'agent'],
  },
  {
    name: 'read usage',
    method: 'GET',
    url: '/api/v1/organization/usage',
    allowed: ['owner', 'admin', 'analyst', 'agent'],
  },
  {
    name: 'change settings',
    method: 'PATCH',
    url: '/api/v1/organization/settings',
    payload: () => ({ defaultLanguage: 'de' }),
    allowed: ['owner', 'admin'],
  },
  {
    name: 'change the plan',
    method: 'PUT',
    url: '/api/v1/organization/plan',
    payload: () => ({ planId: 'growth' }),
    allowed: [],
  },
  { name: 'list API keys', method: 'GET', url: '/api/v1/api-keys', allowed: ['owner', 'admin'] },
  {
    name: 'create API keys',
    method: 'POST',
    url: '/api/v1/api-keys',
    payload: () => ({ name: 'k' }),
    allowed: ['owner', 'admin'],
  },
  { name: 'read the outbox', method: 'GET', url: '/api/v1/outbox', allowed: ['owner', 'admin'] },
  {
    name: 'invite members',
    method: 'POST',
    url: '/api/auth/organization/invite-member',
    payload: (organizationId) => ({ email: uniqueEmail('inv'), role: 'agent', organizationId }),
    allowed: ['owner'],
  },
];

describe('roles are enforced on every route', () => {
  let t: TestApp;
  let orgId: string;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie)).id;
    cookies.set('owner', owner.cookie);
    for (const role of ['admin', 'analyst', 'agent'] as const)
      cookies.set(role, (await t.addMember(orgId, role)).cookie);
  });
  afterAll(() => t.close());

  for (const row of MATRIX) {
    it(`only ${row.allowed.join(', ')} may ${row.name}`, async () => {
      for (const role of ['owner', 'admin', 'analyst', 'agent'] as const) {
        const res = await t.request({
          method: row.method,
          url: row.url,
          ...(row.payload ? { payload: row.payload(orgId) } : {}),
          as: { cookie: cookies.get(role) ?? '' },
        });
        const allowed = row.allowed.includes(role);
        expect({ role, status: res.statusCode, allowed: res.statusCode < 300 }).toEqual({
          role,
          status: res.statusCode,
          allowed,
        });
        if (!allowed) expect(res.statusCode).toBe(403);
      }
    });
  }

  it('refuses state changes from a cookie session without our Origin (CSRF)', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { defaultLanguage: 'en' },
      headers: { cookie: cookies.get('owner') ?? '', origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    const org = await t.request({
      method: 'GET',
      url: '/api/v1/organization',
      as: { cookie: cookies.get('owner') ?? '' },
    });
    // Still what the allowed PATCH in the matrix set, not what the forged request asked for.
    expect((org.json() as { defaultLanguage: string }).defaultLanguage).toBe('de');
  });

  it('answers 409 NO_ACTIVE_ORGANIZATION for a person without an organization', async () => {
    const loner = await t.signUp();
    const res = await t.request({ method: 'GET', url: '/api/v1/organization', as: { cookie: loner.cookie } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'NO_ACTIVE_ORGANIZATION' } });
  });
});
