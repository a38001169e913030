// Builds the dashboard into dist/web with Vite, then writes a brotli and a gzip copy next to
// each compressible file (compress-assets.mjs) for the server to send as they are.
// `--if-stale` skips the build when dist/web/index.html is newer than every source it is made
// from (used by `npm start`). `--out-dir=<path>` builds there instead, with Vite's manifest and
// without the widget (the bundle budget test measures a fresh build there).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDirArg = process.argv.find((a) => a.startsWith('--out-dir='))?.slice('--out-dir='.length);
const outDir = outDirArg ?? join(root, 'dist/web');
const output = join(outDir, 'index.html');
const sources = [
  join(root, 'src/web'),
  join(root, 'src/shared'),
  join(root, 'vite.config.ts'),
  fileURLToPath(import.meta.url),
  join(root, 'scripts/compress-assets.mjs'),
];

/** Newest modification time under `path` (a file or a directory tree), 0 if it is missing. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(source) >= built);
}

if (process.argv.includes('--if-stale') && !isStale()) {
  console.log('dashboard is up to date (dist/web)');
} else {
  const { build } = await import('vite');
  const started = Date.now();
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, manifest: Boolean(outDirArg) },
  });
  const { compressDirectory } = await import('./compress-assets.mjs');
  const sizes = await compressDirectory(outDir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `dashboard built into ${outDirArg ?? 'dist/web'} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${kb(sizes.raw)} (${kb(sizes.br)} brotli, ${kb(sizes.gz)} gzip)`,
  );
}

// The in-app widget is served by the same process; it builds (or skips) with the same flag.
if (!outDirArg) await import('./build-widget.mjs');
