import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { asDataFrame, stringColumn } from '../../scripts/eval/r-data-frame.js';
import { MODELDATA_BASE } from '../../scripts/eval/fetch-fine-foods.js';
import {
  readLazyLoadIndex,
  readLazyLoadObjects,
  unpackLazyLoadEntry,
} from '../../scripts/eval/r-lazyload.js';
import { RFormatError, unserializeR } from '../../scripts/eval/r-unserialize.js';

/**
 * Serialized R written byte by byte from R Internals' description of the XDR format: each item
 * a big-endian flag word (type in the low byte, 1<<8 object, 1<<9 attributes, 1<<10 tag, the
 * levels from bit 12 up), then its body.
 */
class RBytes {
  private readonly parts: number[] = [];

  int(value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setInt32(0, value, false);
    this.parts.push(...bytes);
    return this;
  }

  /** Two big-endian words, so NA_real_ (low word 1954) can be written exactly. */
  realWords(high: number, low: number): this {
    return this.int(high | 0).int(low | 0);
  }

  real(value: number): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, false);
    this.parts.push(...bytes);
    return this;
  }

  bytes(values: readonly number[]): this {
    this.parts.push(...values);
    return this;
  }

  /** A CHARSXP: flag word 9 with the encoding in the levels, length, bytes; NA is length −1. */
  charsxp(text: string | null, levels = 0): this {
    this.int(9 | (levels << 12));
    if (text === null) return this.int(-1);
    const utf8 = new TextEncoder().encode(text);
    return this.int(utf8.length).bytes([...utf8]);
  }

  strsxp(values: readonly (string | null)[], flags = 16): this {
    this.int(flags).int(values.length);
    for (const value of values)
      this.charsxp(value, value !== null && [...value].every((c) => c.charCodeAt(0) < 0x80) ? 64 : 8);
    return this;
  }

  /** The XDR header of format version 3 written by R 4.2.2, native encoding UTF-8. */
  header(): this {
    return this.bytes([0x58, 0x0a])
      .int(3)
      .int(0x040202)
      .int(0x030500)
      .int(5)
      .bytes([...new TextEncoder().encode('UTF-8')]);
  }

  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const LISTSXP_TAGGED = 2 | (1 << 10);
const NILVALUE = 254;
const SYMSXP = 1;
const OBJECT_WITH_ATTRIBUTES = (1 << 8) | (1 << 9);

/**
 * data.frame(review = c("héllo", "ok", NA), score = factor(c("other", "great", NA),
 * levels = c("great", "other")), x = c(1.5, NA, NaN)) as R serializes it, with the second use of
 * the symbol `class` written as a reference (REFSXP) to the first.
 */
function dataFrameBytes(): Uint8Array {
  const r = new RBytes().header();
  r.int(19 | OBJECT_WITH_ATTRIBUTES).int(3); // VECSXP of 3 columns
  r.strsxp(['héllo', 'ok', null]);
  r.int(13 | OBJECT_WITH_ATTRIBUTES)
    .int(3)
    .int(2)
    .int(1)
    .int(-2147483648); // INTSXP codes, NA
  r.int(LISTSXP_TAGGED).int(SYMSXP).charsxp('levels', 64).strsxp(['great', 'other']); // symbol → ref 1
  r.int(LISTSXP_TAGGED).int(SYMSXP).charsxp('class', 64).strsxp(['factor']); // symbol → ref 2
  r.int(NILVALUE);
  r.int(14).int(3).real(1.5).realWords(0x7ff00000, 1954).realWords(0x7ff80000, 0); // REALSXP, NA_real_, NaN
  // The data frame's attributes: names, class (reference 2, packed above the type byte), row.names.
  r.int(LISTSXP_TAGGED).int(SYMSXP).charsxp('names', 64).strsxp(['review', 'score', 'x']);
  r.int(LISTSXP_TAGGED)
    .int((2 << 8) | 255)
    .strsxp(['data.frame']);
  r.int(LISTSXP_TAGGED).int(SYMSXP).charsxp('row.names', 64).int(13).int(2).int(-2147483648).int(-3);
  r.int(NILVALUE);
  return r.done();
}

describe('unserializeR', () => {
  it('reads a hand-written data frame with strings, a factor, doubles, NA and a reference', () => {
    const value = unserializeR(dataFrameBytes());
    expect(value.kind).toBe('list');
    const frame = asDataFrame(value);
    expect(frame.rows).toBe(3);
    expect([...frame.columns.keys()]).toEqual(['review', 'score', 'x']);
    expect(stringColumn(frame, 'review')).toEqual(['héllo', 'ok', null]);
    expect(stringColumn(frame, 'score')).toEqual(['other', 'great', null]);
    const x = frame.columns.get('x');
    expect(x?.kind).toBe('number');
    expect(x?.values[0]).toBe(1.5);
    expect(x?.values[1]).toBeNull(); // NA_real_
    expect(Number.isNaN(x?.values[2])).toBe(true); // NaN is not NA
  });

  it('reads logicals, a latin-1 string, a long-form reference and version 2', () => {
    // Version 2 has no native-encoding field after the two R versions.
    const bytes = new RBytes().bytes([0x58, 0x0a]).int(2).int(0x030602).int(0x020300);
    bytes.int(19 | (1 << 9)).int(3);
    bytes.int(10).int(3).int(1).int(0).int(-2147483648); // LGLSXP TRUE FALSE NA
    bytes
      .int(16)
      .int(1)
      .int(9 | (4 << 12))
      .int(3)
      .bytes([0x66, 0xfc, 0x72]); // "für" in latin-1
    bytes.int(SYMSXP).charsxp('s', 64); // a bare symbol, reference 1
    bytes.int(LISTSXP_TAGGED).int(255).int(1).strsxp(['via long reference']); // REFSXP, index in next word
    bytes.int(NILVALUE);
    const value = unserializeR(bytes.done());
    expect(value.kind === 'list' && value.values.map((v) => v.kind)).toEqual([
      'logical',
      'character',
      'symbol',
    ]);
    if (value.kind !== 'list') return;
    expect(value.values[0]?.kind === 'logical' && value.values[0].values).toEqual([true, false, null]);
    expect(value.values[1]?.kind === 'character' && value.values[1].values).toEqual(['für']);
    expect(value.attributes.get('s')).toEqual({
      kind: 'character',
      values: ['via long reference'],
      attributes: new Map(),
    });
  });

  it('expands a compact integer sequence (ALTREP) such as 1:4', () => {
    const r = new RBytes().header().int(238);
    r.int(2).int(SYMSXP).charsxp('compact_intseq', 64); // info: pairlist(class, package, type)
    r.int(2).int(SYMSXP).charsxp('base', 64).int(2).int(13).int(1).int(13).int(NILVALUE);
    r.int(14).int(3).real(4).real(1).real(1); // state: length 4, from 1, by 1
    r.int(NILVALUE); // no attributes
    expect(unserializeR(r.done())).toEqual({ kind: 'integer', values: [1, 2, 3, 4], attributes: new Map() });
  });

  it('stops with a clear error on what is not data', () => {
    const closure = new RBytes().header().int(3).done();
    expect(() => unserializeR(closure)).toThrow(/CLOSXP is not supported/);
    expect(() => unserializeR(new RBytes().bytes([0x41, 0x0a]).done())).toThrow(/only the XDR format/);
    expect(() => unserializeR(gzipSync(dataFrameBytes()))).toThrow(/still compressed/);
    expect(() => unserializeR(dataFrameBytes().subarray(0, 60))).toThrow(RFormatError);
    const badReference = new RBytes()
      .header()
      .int((7 << 8) | 255)
      .done();
    expect(() => unserializeR(badReference)).toThrow(/reference 7/);
    const bytesEncoded = new RBytes()
      .header()
      .int(16)
      .int(1)
      .int(9 | (2 << 12))
      .int(1)
      .bytes([0xff])
      .done();
    expect(() => unserializeR(bytesEncoded)).toThrow(/"bytes"/);
  });
});

describe('lazy-load database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rlazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lengthPrefix = (length: number) => {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint32(0, length, false);
    return bytes;
  };

  it('reads the index and an object packed with zlib (compress = TRUE)', () => {
    const serialized = dataFrameBytes();
    const entry = Uint8Array.from([...lengthPrefix(serialized.length), ...deflateSync(serialized)]);
    // list(variables = list(frame = c(7L, length)), references = list(), compressed = TRUE); the
    // outer list's `names` tag is a reference to the symbol read for the inner one.
    const rdx = new RBytes()
      .header()
      .int(19 | (1 << 9))
      .int(3);
    rdx
      .int(19 | (1 << 9))
      .int(1)
      .int(13)
      .int(2)
      .int(7)
      .int(entry.length);
    rdx.int(LISTSXP_TAGGED).int(SYMSXP).charsxp('names', 64).strsxp(['frame']).int(NILVALUE);
    rdx.int(19).int(0);
    rdx.int(10).int(1).int(1);
    rdx
      .int(LISTSXP_TAGGED)
      .int((1 << 8) | 255)
      .strsxp(['variables', 'references', 'compressed'])
      .int(NILVALUE);
    writeFileSync(join(dir, 'Rdata.rdx'), gzipSync(rdx.done()));
    writeFileSync(join(dir, 'Rdata.rdb'), Uint8Array.from([...new Uint8Array(7), ...entry]));
    const index = readLazyLoadIndex(gzipSync(rdx.done()));
    expect(index.compression).toBe(1);
    expect(index.variables.get('frame')).toEqual({ offset: 7, length: entry.length });
    const objects = readLazyLoadObjects(join(dir, 'Rdata'), ['frame']);
    expect(asDataFrame(objects.get('frame') ?? { kind: 'null' }).rows).toBe(3);
    expect(() => readLazyLoadObjects(join(dir, 'Rdata'), ['missing'])).toThrow(/missing is not in .*frame/);
  });

  // bzip2 and xz entries are made (and read) with the system commands; without them, skipped.
  it.each(
    (
      [
        ['0', 'stored', null],
        ['1', 'zlib', null],
        ['2', 'bzip2', ['bzip2', ['-c']]],
        ['Z', 'raw LZMA2 (xz)', ['xz', ['--format=raw', '--lzma2=preset=6', '-c']]],
      ] as const
    ).filter(([, , compressor]) => !compressor || hasCommand(compressor[0])),
  )('unpacks an entry of type %s (%s) as compress = 2 or 3 write it', (type, _, compressor) => {
    const serialized = dataFrameBytes();
    const body =
      type === '0'
        ? serialized
        : type === '1'
          ? deflateSync(serialized)
          : execFileSync(compressor?.[0] ?? '', compressor?.[1] ?? [], { input: serialized });
    const entry = Uint8Array.from([...lengthPrefix(serialized.length), type.charCodeAt(0), ...body]);
    expect(new Uint8Array(unpackLazyLoadEntry(entry, 3))).toEqual(serialized);
    // A length prefix that disagrees with the unpacked bytes is an error, not a silent truncation.
    const lying = Uint8Array.from([...lengthPrefix(serialized.length + 1), type.charCodeAt(0), ...body]);
    expect(() => unpackLazyLoadEntry(lying, 3)).toThrow(RFormatError);
  });
});

const REAL_BASES = [MODELDATA_BASE, '/tmp/md/x/usr/lib/R/site-library/modeldata/data/Rdata'];
const realBase = REAL_BASES.find((base) => existsSync(`${base}.rdx`) && existsSync(`${base}.rdb`));

describe.skipIf(!realBase)('modeldata small_fine_foods (when the package data is on this machine)', () => {
  it('yields the two documented data frames: 4,000 training and 1,000 testing reviews', () => {
    const objects = readLazyLoadObjects(realBase ?? '', ['training_data', 'testing_data']);
    for (const [name, rows] of [
      ['training_data', 4000],
      ['testing_data', 1000],
    ] as const) {
      const frame = asDataFrame(objects.get(name) ?? { kind: 'null' });
      expect(frame.rows).toBe(rows);
      expect([...frame.columns.keys()]).toEqual(['product', 'review', 'score']);
      expect(new Set(stringColumn(frame, 'score'))).toEqual(new Set(['great', 'other']));
      expect(
        stringColumn(frame, 'review').every((review) => typeof review === 'string' && review.length > 0),
      ).toBe(true);
    }
  });
});
