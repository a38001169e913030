/**
 * Reads objects out of an R lazy-load database (a package's `data/Rdata.rdx` + `Rdata.rdb`)
 * without R. The `.rdx` is a gzip'd serialized list: `variables` maps each object's name to
 * c(offset, length) of its entry in the `.rdb`, and `compressed` says how entries are packed:
 * TRUE/1 is a 4-byte big-endian uncompressed length + a zlib stream; 2 and 3 add a type byte after
 * the length ('0' stored, '1' zlib, '2' bzip2, 'Z' raw LZMA2, the xz library's format without
 * its container, preset 6 in R's serialize.c). Node has zlib but neither LZMA nor bzip2, so those
 * two go through the system's `xz` and `bzip2` commands.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync, inflateSync } from 'node:zlib';
import { RFormatError, type RValue, unserializeR } from './r-unserialize.js';

export interface LazyLoadEntry {
  readonly offset: number;
  readonly length: number;
}

export interface LazyLoadIndex {
  readonly variables: ReadonlyMap<string, LazyLoadEntry>;
  /** 0 none, 1 zlib, 2 bzip2 or the type byte, 3 xz or the type byte (R's `compress` argument). */
  readonly compression: number;
}

function listElement(list: RValue, name: string): RValue | undefined {
  if (list.kind !== 'list') return undefined;
  const names = list.attributes.get('names');
  if (names?.kind !== 'character') return undefined;
  const at = names.values.indexOf(name);
  return at < 0 ? undefined : list.values[at];
}

/** Reads the index (the `.rdx` file's bytes, gzip'd as R's saveRDS writes them). */
export function readLazyLoadIndex(rdx: Uint8Array): LazyLoadIndex {
  const index = unserializeR(gunzipSync(rdx));
  const variables = listElement(index, 'variables');
  if (variables?.kind !== 'list') throw new RFormatError('the .rdx has no `variables` list');
  const names = variables.attributes.get('names');
  if (names?.kind !== 'character') throw new RFormatError('the .rdx `variables` list has no names');
  const entries = new Map<string, LazyLoadEntry>();
  variables.values.forEach((value, i) => {
    const name = names.values[i];
    const [offset, length] = value.kind === 'integer' || value.kind === 'double' ? value.values : [];
    if (name == null || typeof offset !== 'number' || typeof length !== 'number')
      throw new RFormatError(`the .rdx entry ${i + 1} is not a named c(offset, length)`);
    entries.set(name, { offset, length });
  });
  const compressed = listElement(index, 'compressed');
  let compression = 1; // R's default for lazy-load databases is zlib
  if (compressed?.kind === 'logical') compression = compressed.values[0] ? 1 : 0;
  else if (compressed?.kind === 'integer' || compressed?.kind === 'double')
    compression = compressed.values[0] ?? 1;
  return { variables: entries, compression };
}

function runDecompressor(command: string, args: readonly string[], input: Uint8Array): Buffer {
  try {
    return execFileSync(command, args, { input, maxBuffer: 1 << 30 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`decompressing a lazy-load entry needs the \`${command}\` command: ${reason}`, {
      cause: error,
    });
  }
}

/** The serialized bytes of one entry, unpacked per the database's compression. */
export function unpackLazyLoadEntry(entry: Uint8Array, compression: number): Uint8Array {
  if (compression === 0) return entry;
  if (entry.length < 5) throw new RFormatError('a lazy-load entry shorter than its header');
  const expected = new DataView(entry.buffer, entry.byteOffset, 4).getUint32(0, false);
  let bytes: Uint8Array;
  if (compression === 1) bytes = inflateSync(entry.subarray(4));
  else {
    const type = String.fromCharCode(entry[4] as number);
    const body = entry.subarray(5);
    if (type === '0') bytes = body;
    else if (type === '1') bytes = inflateSync(body);
    else if (type === '2') bytes = runDecompressor('bzip2', ['-dc'], body);
    else if (type === 'Z')
      // A raw LZMA2 stream carries no dictionary size; 64 MiB covers every preset R could use.
      bytes = runDecompressor('xz', ['--format=raw', '--lzma2=dict=64MiB', '-dc'], body);
    else throw new RFormatError(`unknown lazy-load compression type ${JSON.stringify(type)}`);
  }
  if (bytes.length !== expected)
    throw new RFormatError(
      `a lazy-load entry unpacked to ${bytes.length} bytes, its header says ${expected}`,
    );
  return bytes;
}

/**
 * The named objects of a lazy-load database, read from `<base>.rdx` and `<base>.rdb`
 * (e.g. `…/modeldata/data/Rdata`).
 * @throws when a name is not in the database, or an object holds more than data.
 */
export function readLazyLoadObjects(base: string, names: readonly string[]): Map<string, RValue> {
  const index = readLazyLoadIndex(readFileSync(`${base}.rdx`));
  const rdb = readFileSync(`${base}.rdb`);
  const objects = new Map<string, RValue>();
  for (const name of names) {
    const entry = index.variables.get(name);
    if (!entry)
      throw new RFormatError(
        `${name} is not in ${base}.rdx (it has ${[...index.variables.keys()].join(', ')})`,
      );
    const packed = rdb.subarray(entry.offset, entry.offset + entry.length);
    if (packed.length !== entry.length) throw new RFormatError(`${base}.rdb ends inside ${name}`);
    objects.set(name, unserializeR(unpackLazyLoadEntry(packed, index.compression)));
  }
  return objects;
}
