// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) next to every compressible
// file of a directory tree, so the server sends them as they are (`@fastify/static`'s
// `preCompressed`) instead of compressing on each request or not at all. Run by build-web.mjs
// on dist/web after each build; `node scripts/compress-assets.mjs <dir>` does one directory.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats only: images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/i;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

/**
 * Compresses each file of `dir` that is worth it; a variant that would not be smaller is not
 * written (the server then falls back to the next encoding, finally the file itself).
 * Returns the totals in bytes: original, brotli and gzip (files left as they are count as such).
 */
export async function compressDirectory(dir) {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  const totals = { raw: 0, br: 0, gz: 0 };
  await Promise.all(
    files.map(async (file) => {
      const { size } = await stat(file);
      totals.raw += size;
      if (size < MIN_BYTES) {
        totals.br += size;
        totals.gz += size;
        return;
      }
      const source = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
          },
        }),
        gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < size) await writeFile(`${file}.br`, br);
      if (gz.length < size) await writeFile(`${file}.gz`, gz);
      totals.br += Math.min(br.length, size);
      totals.gz += Math.min(gz.length, size);
    }),
  );
  return totals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/compress-assets.mjs <directory>');
    process.exit(2);
  }
  const totals = await compressDirectory(dir);
  console.log(`compressed ${dir}: ${totals.raw} bytes → ${totals.br} brotli, ${totals.gz} gzip`);
}
