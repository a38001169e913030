import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Embedder } from '../../domain/text/discover-themes.js';

/** The file an embeddings folder must hold: word vectors in fastText's or word2vec's text format. */
export const VECTORS_FILE = 'vectors.vec';
/** Words read at most (the files list the most frequent first): bounds memory to ~ 200k × dim floats. */
const MAX_WORDS = 200_000;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An `Embedder` over word vectors an operator downloaded once and put in a folder (e.g. the
 * aligned German and English fastText vectors, where "Katze" and "cat" lie close): a comment is
 * the mean of its words' vectors. Read from disk at start; nothing is fetched, nothing leaves the
 * server. Lines that do not fit the header's dimension are skipped, not trusted.
 */
export async function loadWordVectorEmbedder(folder: string): Promise<Embedder> {
  const file = join(folder, VECTORS_FILE);
  await access(file).catch(() => {
    throw new Error(
      `TEXT_EMBEDDINGS_DIR: ${file} does not exist (word vectors in fastText's .vec text format)`,
    );
  });
  const vectors = new Map<string, Float32Array>();
  let dimension = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const parts = line.trimEnd().split(' ');
    if (dimension === 0) {
      const [count, dim] = parts.map(Number);
      if (parts.length !== 2 || !Number.isInteger(count) || !Number.isInteger(dim) || (dim ?? 0) < 1)
        throw new Error(`TEXT_EMBEDDINGS_DIR: ${file} must start with "<words> <dimension>"`);
      dimension = dim ?? 0;
      continue;
    }
    if (parts.length !== dimension + 1) continue;
    const values = Float32Array.from(parts.slice(1), Number);
    if (values.some((x) => !Number.isFinite(x))) continue;
    const word = (parts[0] ?? '').normalize('NFC').toLowerCase();
    if (!vectors.has(word)) vectors.set(word, values);
    if (vectors.size >= MAX_WORDS) break;
  }
  lines.close();
  if (vectors.size === 0) throw new Error(`TEXT_EMBEDDINGS_DIR: ${file} holds no word vector`);
  return {
    dimension,
    embed: (texts) =>
      Promise.resolve(
        texts.map((text) => {
          const sum = new Float32Array(dimension);
          for (const word of text.normalize('NFC').toLowerCase().match(WORD) ?? []) {
            const v = vectors.get(word);
            if (v) for (let i = 0; i < dimension; i += 1) sum[i] = (sum[i] ?? 0) + (v[i] ?? 0);
          }
          return sum;
        }),
      ),
  };
}
