// Builds the in-app widget (src/widget) into dist/widget/widget.js: one minified IIFE that a
// customer's page loads with a single <script> tag. esbuild (installed with tsx) bundles the
// framework-free TypeScript in well under a second. `--if-stale` skips the build when the
// bundle is newer than every source it is made from (used by `npm start` via build-web.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outfile=<path>` builds elsewhere (the size-budget test measures a fresh build there).
const outfile =
  process.argv.find((a) => a.startsWith('--outfile='))?.slice('--outfile='.length) ??
  join(root, 'dist/widget/widget.js');
const sources = [join(root, 'src/widget'), join(root, 'src/shared'), fileURLToPath(import.meta.url)];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const isStale = () =>
  !existsSync(outfile) || sources.some((source) => newestMtime(source) >= statSync(outfile).mtimeMs);

if (process.argv.includes('--if-stale') && !isStale()) {
  console.log('widget is up to date (dist/widget)');
} else {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/widget/main.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    // Host pages include older phones' browsers; ES2019 keeps them while Shadow DOM does the rest.
    target: 'es2019',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  const gzip = gzipSync(readFileSync(outfile), { level: constants.Z_BEST_COMPRESSION }).length;
  console.log(`widget built into ${outfile}: ${bytes} bytes, ${gzip} bytes gzip -9`);
}
