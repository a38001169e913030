import { z } from 'zod';
import { PLAN_IDS, SELF_HOSTED_PLAN } from '../shared/plans.js';
import { parseIpNetwork } from './net/ip-network.js';

/**
 * The only place that reads process.env. Everything else receives a Config.
 * Parsing fails at boot with the variable's name, so a typo never surfaces as a
 * confusing runtime error hours later.
 */
const emptyToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());
const commaList = (v: unknown): unknown =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  MAIL_FROM: z.string().default('Resonance <resonance@localhost>'),
  RESONANCE_ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email().optional()),
  RESONANCE_ADMIN_PASSWORD: z.preprocess(
    emptyToUndefined,
    z.string().min(8, 'must be at least 8 characters').optional(),
  ),
  RESONANCE_ORG: optionalString,
  RESONANCE_API_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^rsn_[A-Za-z0-9_-]{24,}$/,
        'must look like rsn_ followed by at least 24 letters, digits, _ or -',
      )
      .optional(),
  ),
  /**
   * The plan new organizations start on. Self-hosted: no limit. An operator who runs Resonance
   * for others names a plan with a quota (e.g. starter) here.
   */
  DEFAULT_PLAN: z.enum(PLAN_IDS).default(SELF_HOSTED_PLAN),
  SIGNUP_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Bearer token Prometheus sends to scrape /metrics. Without it, /metrics answers only requests
   * from this machine that came through no proxy (README, Configuration).
   */
  METRICS_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  /**
   * A folder with word vectors (`vectors.vec`, fastText's text format) for grouping comments into
   * candidate themes by meaning: off unless set; the default groups by words alone (TF-IDF).
   */
  TEXT_EMBEDDINGS_DIR: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * The built-in SMTP receiver for customers' replies to case mails: off unless set. The worker
   * role listens on this port (on HOST) and files mail sent to case+<token>@INBOUND_MAIL_DOMAIN
   * into its case, so an operator can point an MX record or a mail alias at it. 0 picks a free port.
   */
  INBOUND_SMTP_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional()),
  /**
   * The domain of the cases' reply addresses (case+<token>@…). Set, agents' replies carry such an
   * address as Reply-To; required with INBOUND_SMTP_PORT.
   */
  INBOUND_MAIL_DOMAIN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
        'must be a domain name such as reply.example.com',
      )
      .optional(),
  ),
  /** Comma-separated origins of OpenID providers on a private network or plain http; see .env.example. */
  SSO_INTERNAL_IDP_ORIGINS: z
    .preprocess(commaList, z.array(z.url({ protocol: /^https?$/ })))
    .refine(
      (list) => list.every((u) => new URL(u).origin === u),
      'each entry must be a bare origin such as https://idp.internal:8443 (no path, no trailing slash)',
    ),
  /**
   * Comma-separated networks (CIDR) that webhook deliveries may reach although they are loopback,
   * private, link-local or otherwise not public; see .env.example. Empty: public addresses only.
   */
  WEBHOOK_ALLOWED_NETWORKS: z.preprocess(
    commaList,
    z.array(
      z.string().superRefine((n, ctx) => {
        if (parseIpNetwork(n) === null)
          ctx.addIssue({ code: 'custom', message: `${n} is not a network such as 10.20.0.0/16 or fd00::/8` });
      }),
    ),
  ),
});

export type Config = z.infer<typeof ZConfig> & {
  publicUrl: string;
  authSecret: string;
  /**
   * Origins a signed-in browser may change things from (CSRF defence of better-auth and of
   * /api/v1): PUBLIC_URL, and in development without PUBLIC_URL also the other loopback names
   * of the same port, since a newcomer opens whichever address the terminal showed.
   */
  browserOrigins: readonly string[];
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.INBOUND_SMTP_PORT !== undefined && c.INBOUND_MAIL_DOMAIN === undefined)
    throw new ConfigError(
      'Invalid configuration:\n  INBOUND_MAIL_DOMAIN: is required when INBOUND_SMTP_PORT is set (the domain of the case+<token>@… reply addresses)',
    );
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  // Only loopback names: a page on them is served by this very machine, so no other site can
  // stand behind them. A LAN name or public address needs PUBLIC_URL, in development too.
  const loopback =
    c.NODE_ENV === 'development' && c.PUBLIC_URL === undefined
      ? [`http://127.0.0.1:${c.PORT}`, `http://[::1]:${c.PORT}`]
      : [];
  // Without AUTH_SECRET a stable per-data-directory secret is generated at boot (see
  // auth-secret.ts); this placeholder is only replaced there.
  return { ...c, publicUrl, browserOrigins: [publicUrl, ...loopback], authSecret: c.AUTH_SECRET ?? '' };
}
