import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, ZConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      SIGNUP_ENABLED: true,
      publicUrl: 'http://localhost:3000',
    });
    expect(c.DATABASE_URL).toBeUndefined();
    // Self-hosted: no monthly send limit unless an operator names a plan.
    expect(c.DEFAULT_PLAN).toBe('selfhosted');
    expect(loadConfig({ DEFAULT_PLAN: 'starter' }).DEFAULT_PLAN).toBe('starter');
  });

  it('fails naming the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ RESONANCE_API_KEY: 'short' })).toThrow(/RESONANCE_API_KEY/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ DEFAULT_PLAN: 'gold' })).toThrow(/DEFAULT_PLAN/);
  });

  it('treats empty variables as unset and trims a trailing slash from PUBLIC_URL', () => {
    const c = loadConfig({ DATABASE_URL: '', PUBLIC_URL: 'https://feedback.example.com/' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.publicUrl).toBe('https://feedback.example.com');
  });

  it('turns the inbound SMTP receiver on only with the domain of its reply addresses', () => {
    expect(loadConfig({}).INBOUND_SMTP_PORT).toBeUndefined();
    expect(() => loadConfig({ INBOUND_SMTP_PORT: '2525' })).toThrow(/INBOUND_MAIL_DOMAIN/);
    expect(() => loadConfig({ INBOUND_SMTP_PORT: '2525', INBOUND_MAIL_DOMAIN: 'not a domain' })).toThrow(
      /INBOUND_MAIL_DOMAIN/,
    );
    const c = loadConfig({ INBOUND_SMTP_PORT: '2525', INBOUND_MAIL_DOMAIN: 'reply.example.com' });
    expect(c).toMatchObject({ INBOUND_SMTP_PORT: 2525, INBOUND_MAIL_DOMAIN: 'reply.example.com' });
  });

  it('reads the networks webhooks may reach, refusing one that is none by name', () => {
    expect(loadConfig({}).WEBHOOK_ALLOWED_NETWORKS).toEqual([]);
    expect(
      loadConfig({ WEBHOOK_ALLOWED_NETWORKS: ' 10.20.0.0/16, fd00::/8,,' }).WEBHOOK_ALLOWED_NETWORKS,
    ).toEqual(['10.20.0.0/16', 'fd00::/8']);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/8,intranet' })).toThrow(
      /WEBHOOK_ALLOWED_NETWORKS\.1: intranet is not a network/,
    );
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/40' })).toThrow(/WEBHOOK_ALLOWED_NETWORKS/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(ZConfig.shape).filter((k) => !documented.has(k))).toEqual([]);
  });

  it('lists every variable in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(Object.keys(ZConfig.shape).filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });
});
