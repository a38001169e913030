/**
 * zod compiles object parsers with `new Function` where it may, and finds out by trying once. The
 * dashboard's CSP allows no eval, so that probe is refused and reported as a CSP violation on
 * every screen that parses. `jitless` skips the probe (zod then parses without compiling, as it
 * would after the refusal anyway). zod reads this global object when it first loads
 * (`globalThis.__zod_globalConfig`), so setting it here imports no zod into the first download.
 * Imported first by main.tsx, before any chunk that carries zod can load.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
