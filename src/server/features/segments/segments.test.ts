import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';

describe('saved segments', () => {
  let t: TestApp;
  let key: string;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    cookie = owner.cookie;
    key = (await t.createApiKey(owner.cookie)).key;
    await t.request({
      method: 'POST',
      url: '/api/v1/contact-attributes',
      payload: { key: 'tier', type: 'string' },
      as: { cookie },
    });
    const contacts = Array.from({ length: 30 }, (_, i) => ({
      externalId: `C-${i}`,
      email: i % 3 === 0 ? null : `c${i}@example.test`,
      segment: i % 2 === 0 ? 'Enterprise' : 'SMB',
      region: i < 10 ? 'DACH' : 'Nordics',
      churnedAt: i % 5 === 0 ? '2026-01-01' : null,
      attributes: { tier: i % 4 === 0 ? 'gold' : 'silver' },
    }));
    const res = await t.request({ method: 'POST', url: '/api/v1/contacts', payload: contacts, as: { key } });
    expect(res.json()).toMatchObject({ created: 30, errors: [] });
  });
  afterAll(() => t.close());

  const expected = (pred: (i: number) => boolean) =>
    Array.from({ length: 30 }, (_, i) => i)
      .filter(pred)
      .map((i) => `C-${i}`)
      .sort();

  it('saves a filter, counts its contacts and lists exactly those, page by page', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: {
        name: 'Active gold Enterprise',
        filter: { segment: 'Enterprise', isChurned: false, attributes: { tier: 'gold' } },
      },
      as: { key },
    });
    expect(created.statusCode).toBe(201);
    const want = expected((i) => i % 2 === 0 && i % 5 !== 0 && i % 4 === 0);
    expect(created.json()).toMatchObject({ name: 'Active gold Enterprise', contacts: want.length });
    const id = (created.json() as { id: string }).id;

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.request({
        method: 'GET',
        url: `/api/v1/segments/${id}/contacts?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        as: { key },
      });
      expect(page.statusCode).toBe(200);
      const body = page.json() as { items: { externalId: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((c) => c.externalId));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(want);
  });

  it('follows the data: the count changes when contacts change, and edits apply at once', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'DACH with e-mail', filter: { region: 'DACH', hasEmail: true } },
      as: { key },
    });
    const seg = created.json() as { id: string; contacts: number };
    expect(seg.contacts).toBe(expected((i) => i < 10 && i % 3 !== 0).length);
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'C-0', email: 'now-has@example.test' },
      as: { key },
    });
    const after = await t.request({ method: 'GET', url: `/api/v1/segments/${seg.id}`, as: { key } });
    expect((after.json() as { contacts: number }).contacts).toBe(seg.contacts + 1);

    const patched = await t.request({
      method: 'PATCH',
      url: `/api/v1/segments/${seg.id}`,
      payload: { filter: { region: 'Nordics' } },
      as: { key },
    });
    expect(patched.json()).toMatchObject({ name: 'DACH with e-mail', contacts: 20 });
  });

  it('refuses undeclared or mistyped attributes, duplicate names and unknown fields, naming the field', async () => {
    const undeclared = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'x', filter: { attributes: { colour: 'red' } } },
      as: { key },
    });
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.filter.attributes.colour' }] },
    });
    const mistyped = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'x', filter: { attributes: { tier: 3 } } },
      as: { key },
    });
    expect(mistyped.json()).toMatchObject({
      error: { details: [{ field: 'body.filter.attributes.tier', message: 'must be a string' }] },
    });
    const unknownField = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'x', filter: { nps: 'detractor' } },
      as: { key },
    });
    expect(unknownField.statusCode).toBe(400);
    await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'Twice', filter: {} },
      as: { key },
    });
    const twice = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'Twice', filter: {} },
      as: { key },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { details: [{ field: 'body.name' }] } });
  });

  it('deletes a segment but never its contacts; agents read, only writers change', async () => {
    const seg = (
      await t.request({
        method: 'POST',
        url: '/api/v1/segments',
        payload: { name: 'Temp', filter: { segment: 'SMB' } },
        as: { key },
      })
    ).json() as { id: string };
    const orgId = (
      (await t.request({ method: 'GET', url: '/api/v1/organization', as: { key } })).json() as { id: string }
    ).id;
    const agent = await t.addMember(orgId, 'agent');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/segments/${seg.id}`, as: { cookie: agent.cookie } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/segments/${seg.id}`, as: { cookie: agent.cookie } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/segments/${seg.id}`, as: { key } })).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/segments/${seg.id}`, as: { key } })).statusCode,
    ).toBe(404);
    const list = (
      await t.request({ method: 'GET', url: '/api/v1/contacts?limit=200', as: { key } })
    ).json() as { items: unknown[] };
    expect(list.items).toHaveLength(30);
  });
});
