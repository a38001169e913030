/**
 * Reads R's serialization format (what `serialize()`, `saveRDS()` and lazy-load databases write)
 * in its XDR flavour, versions 2 and 3 — as far as data frames of strings, factors and numbers
 * need it. The layout follows R Internals ("Serialization formats") and the behaviour of R's
 * serialize.c; anything else (closures, environments, bytecode, …) stops with an RFormatError that
 * names the item type, rather than being guessed at.
 */

/** Attributes in the order R stored them (names, class, levels, row.names, …). */
export type RAttributes = ReadonlyMap<string, RValue>;

export type RValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'symbol'; readonly name: string }
  /** NA is null. */
  | {
      readonly kind: 'logical';
      readonly values: readonly (boolean | null)[];
      readonly attributes: RAttributes;
    }
  /** NA (INT_MIN on the wire) is null. */
  | {
      readonly kind: 'integer';
      readonly values: readonly (number | null)[];
      readonly attributes: RAttributes;
    }
  /** NA_real_ is null; a plain NaN stays NaN, as R keeps the two apart. */
  | { readonly kind: 'double'; readonly values: readonly (number | null)[]; readonly attributes: RAttributes }
  /** NA_character_ is null. */
  | {
      readonly kind: 'character';
      readonly values: readonly (string | null)[];
      readonly attributes: RAttributes;
    }
  | { readonly kind: 'list'; readonly values: readonly RValue[]; readonly attributes: RAttributes }
  | {
      readonly kind: 'pairlist';
      readonly entries: readonly { readonly tag: string | null; readonly value: RValue }[];
      readonly attributes: RAttributes;
    };

export class RFormatError extends Error {
  override name = 'RFormatError';
}

// SEXP type numbers (Rinternals.h) and the pseudo-types only the stream uses (serialize.c).
const NILSXP = 0;
const SYMSXP = 1;
const LISTSXP = 2;
const CHARSXP = 9;
const LGLSXP = 10;
const INTSXP = 13;
const REALSXP = 14;
const STRSXP = 16;
const VECSXP = 19;
const ALTREP_SXP = 238;
const ATTRLISTSXP = 239;
const EMPTYENV_SXP = 242;
const REFSXP = 255;
const NILVALUE_SXP = 254;

const TYPE_NAMES: Readonly<Record<number, string>> = {
  3: 'CLOSXP',
  4: 'ENVSXP',
  5: 'PROMSXP',
  6: 'LANGSXP',
  7: 'SPECIALSXP',
  8: 'BUILTINSXP',
  15: 'CPLXSXP',
  17: 'DOTSXP',
  20: 'EXPRSXP',
  21: 'BCODESXP',
  22: 'EXTPTRSXP',
  23: 'WEAKREFSXP',
  24: 'RAWSXP',
  25: 'S4SXP',
  240: 'ATTRLANGSXP',
  241: 'BASEENV_SXP',
  242: 'EMPTYENV_SXP',
  243: 'BCREPREF',
  244: 'BCREPDEF',
  245: 'GENERICREFSXP',
  246: 'CLASSREFSXP',
  247: 'PERSISTSXP',
  248: 'PACKAGESXP',
  249: 'NAMESPACESXP',
  250: 'BASENAMESPACE_SXP',
  251: 'MISSINGARG_SXP',
  252: 'UNBOUNDVALUE_SXP',
  253: 'GLOBALENV_SXP',
};

// Flag word: type in the low byte, then is-object (1 << 8, not needed to rebuild data),
// has-attributes, has-tag bits, gp levels from bit 12.
const HAS_ATTR_BIT = 1 << 9;
const HAS_TAG_BIT = 1 << 10;
// CHARSXP encodings live in the levels (the flag word's top 20 bits).
const BYTES_MASK = 1 << 1;
const LATIN1_MASK = 1 << 2;
const UTF8_MASK = 1 << 3;

const NA_INTEGER = -2147483648;
// NA_real_ is the NaN whose low word is 1954 (arithmetic.c); other NaNs are R's NaN.
const NA_REAL_LOW_WORD = 1954;

const NO_ATTRIBUTES: RAttributes = new Map();
const NULL_VALUE: RValue = { kind: 'null' };

/** A CHARSXP is only ever an element of a character vector or a symbol's name. */
type Item = RValue | { readonly kind: 'charsxp'; readonly value: string | null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function latin1(bytes: Uint8Array): string {
  // ISO-8859-1 maps each byte to the code point of the same number (TextDecoder's 'latin1' is
  // windows-1252, which differs in 0x80–0x9F).
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

class XdrReader {
  private offset = 0;
  private readonly view: DataView;
  /** Symbols (and the environments we refuse) in the order they were read: REFSXP indexes it from 1. */
  readonly references: Item[] = [];
  nativeEncoding = 'UTF-8';

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get position(): number {
    return this.offset;
  }

  private need(count: number): void {
    if (this.offset + count > this.bytes.length)
      throw new RFormatError(
        `serialized data ends early: needed ${count} bytes at offset ${this.offset} of ${this.bytes.length}`,
      );
  }

  int(): number {
    this.need(4);
    const value = this.view.getInt32(this.offset, false);
    this.offset += 4;
    return value;
  }

  /** A double, with NA_real_ as null. */
  real(): number | null {
    this.need(8);
    const value = this.view.getFloat64(this.offset, false);
    const isNa = Number.isNaN(value) && this.view.getUint32(this.offset + 4, false) === NA_REAL_LOW_WORD;
    this.offset += 8;
    return isNa ? null : value;
  }

  raw(count: number): Uint8Array {
    this.need(count);
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  /** A vector length: -1 announces a long vector whose length follows as two 32-bit halves. */
  length(): number {
    const short = this.int();
    if (short >= 0) return short;
    if (short !== -1) throw new RFormatError(`negative vector length ${short}`);
    const upper = this.int() >>> 0;
    const lower = this.int() >>> 0;
    const long = upper * 2 ** 32 + lower;
    if (!Number.isSafeInteger(long)) throw new RFormatError(`vector length ${long} is too long`);
    return long;
  }
}

function typeName(type: number): string {
  return TYPE_NAMES[type] ?? `SEXP type ${type}`;
}

function asValue(item: Item, where: string): RValue {
  if (item.kind === 'charsxp') throw new RFormatError(`a CHARSXP where ${where} was expected`);
  return item;
}

function readCharsxp(reader: XdrReader, levels: number): string | null {
  const length = reader.int();
  if (length === -1) return null; // NA_STRING
  if (length < 0) throw new RFormatError(`CHARSXP with length ${length}`);
  const bytes = reader.raw(length);
  if (levels & LATIN1_MASK) return latin1(bytes);
  if (levels & BYTES_MASK)
    throw new RFormatError('a CHARSXP marked as "bytes" has no text encoding to decode it with');
  // UTF8_MASK, ASCII_MASK or unmarked: unmarked strings are in the writer's native encoding,
  // which version 3 names in its header (version 2 leaves it unknown: we assume UTF-8).
  if (!(levels & UTF8_MASK) && /^(latin-?1|ISO[-_]?8859-1)$/i.test(reader.nativeEncoding))
    return latin1(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new RFormatError(`a string at offset ${reader.position - length} is not valid UTF-8`);
  }
}

/** Attributes arrive as a tagged pairlist; each tag is the attribute's name. */
function toAttributes(item: Item): RAttributes {
  if (item.kind === 'null') return NO_ATTRIBUTES;
  if (item.kind !== 'pairlist') throw new RFormatError(`attributes must be a pairlist, got ${item.kind}`);
  const attributes = new Map<string, RValue>();
  for (const entry of item.entries) {
    if (entry.tag === null) throw new RFormatError('an attribute without a name');
    attributes.set(entry.tag, entry.value);
  }
  return attributes;
}

function readPairlist(reader: XdrReader, flags: number): RValue {
  // Read iteratively along the CDR: a long pairlist would otherwise recurse once per cell.
  const entries: { tag: string | null; value: RValue }[] = [];
  let attributes: RAttributes | null = null;
  let current = flags;
  for (;;) {
    const cellAttributes = current & HAS_ATTR_BIT ? toAttributes(readItem(reader)) : NO_ATTRIBUTES;
    attributes ??= cellAttributes;
    let tag: string | null = null;
    if (current & HAS_TAG_BIT) {
      const tagItem = readItem(reader);
      if (tagItem.kind !== 'symbol')
        throw new RFormatError(`a pairlist tag must be a symbol, got ${tagItem.kind}`);
      tag = tagItem.name;
    }
    entries.push({ tag, value: asValue(readItem(reader), 'a pairlist element') });
    const next = reader.int();
    const nextType = next & 0xff;
    if (nextType === NILVALUE_SXP) break;
    if (nextType !== LISTSXP && nextType !== ATTRLISTSXP)
      throw new RFormatError(`a pairlist continues with ${typeName(nextType)}, not another cell`);
    current = next;
  }
  return { kind: 'pairlist', entries, attributes: attributes ?? NO_ATTRIBUTES };
}

function withAttributes(value: RValue, attributes: RAttributes): RValue {
  if (value.kind === 'null' || value.kind === 'symbol') {
    if (attributes.size > 0) throw new RFormatError(`attributes on a ${value.kind}`);
    return value;
  }
  return { ...value, attributes: new Map([...value.attributes, ...attributes]) };
}

/**
 * An ALTREP object (version 3): R writes its class, its state and its attributes, and a reader
 * without the class's package would have to stop. The classes base R uses for compact sequences
 * and wrappers are simple enough to expand here.
 */
function readAltrep(reader: XdrReader): RValue {
  const info = asValue(readItem(reader), 'ALTREP class information');
  const state = asValue(readItem(reader), 'ALTREP state');
  const attributes = toAttributes(readItem(reader));
  const first = info.kind === 'pairlist' ? info.entries[0]?.value : undefined;
  const className = first?.kind === 'symbol' ? first.name : '(unknown)';
  if (className === 'compact_intseq' || className === 'compact_realseq') {
    // State: c(length, first value, increment) as doubles.
    const numbers = state.kind === 'double' ? state.values : [];
    const [length, start, step] = numbers;
    if (typeof length !== 'number' || typeof start !== 'number' || typeof step !== 'number')
      throw new RFormatError(`${className} with unreadable state`);
    const values = Array.from({ length }, (_, i) => start + i * step);
    const kind = className === 'compact_intseq' ? 'integer' : 'double';
    return { kind, values, attributes };
  }
  if (className.startsWith('wrap_')) {
    // State: list(the wrapped vector, metadata).
    const wrapped = state.kind === 'list' ? state.values[0] : undefined;
    if (!wrapped) throw new RFormatError(`${className} with unreadable state`);
    return withAttributes(wrapped, attributes);
  }
  throw new RFormatError(`ALTREP class ${className} is not supported`);
}

function readItem(reader: XdrReader): Item {
  const flags = reader.int();
  const type = flags & 0xff;
  const levels = flags >>> 12;
  const hasAttributes = (flags & HAS_ATTR_BIT) !== 0;
  switch (type) {
    case NILVALUE_SXP:
      return NULL_VALUE;
    case EMPTYENV_SXP:
      throw new RFormatError('an environment is not data: EMPTYENV_SXP');
    case REFSXP: {
      // The index is packed above the type byte, or follows when it did not fit (0 there).
      const packed = flags >>> 8;
      const index = packed === 0 ? reader.int() : packed;
      const target = reader.references[index - 1];
      if (!target) throw new RFormatError(`reference ${index} to an item not read yet`);
      return target;
    }
    case SYMSXP: {
      const name = readItem(reader);
      if (name.kind !== 'charsxp' || name.value === null)
        throw new RFormatError('a symbol must be named by a non-NA CHARSXP');
      const symbol: RValue = { kind: 'symbol', name: name.value };
      reader.references.push(symbol);
      return symbol;
    }
    case LISTSXP:
    case ATTRLISTSXP:
      return readPairlist(reader, flags);
    case ALTREP_SXP:
      return readAltrep(reader);
    case CHARSXP: {
      const value = readCharsxp(reader, levels);
      // A CHARSXP's attributes are the cache chain, never written; tolerate the flag anyway.
      if (hasAttributes) readItem(reader);
      return { kind: 'charsxp', value };
    }
    case NILSXP:
      return NULL_VALUE;
  }
  const value = readVectorBody(reader, type);
  return hasAttributes ? withAttributes(value, toAttributes(readItem(reader))) : value;
}

function readVectorBody(reader: XdrReader, type: number): RValue {
  switch (type) {
    case LGLSXP:
    case INTSXP: {
      const length = reader.length();
      const values: (number | null)[] = new Array<number | null>(length);
      for (let i = 0; i < length; i++) {
        const value = reader.int();
        values[i] = value === NA_INTEGER ? null : value;
      }
      if (type === INTSXP) return { kind: 'integer', values, attributes: NO_ATTRIBUTES };
      return {
        kind: 'logical',
        values: values.map((value) => (value === null ? null : value !== 0)),
        attributes: NO_ATTRIBUTES,
      };
    }
    case REALSXP: {
      const length = reader.length();
      const values: (number | null)[] = new Array<number | null>(length);
      for (let i = 0; i < length; i++) values[i] = reader.real();
      return { kind: 'double', values, attributes: NO_ATTRIBUTES };
    }
    case STRSXP: {
      const length = reader.length();
      const values: (string | null)[] = new Array<string | null>(length);
      for (let i = 0; i < length; i++) {
        const item = readItem(reader);
        if (item.kind !== 'charsxp') throw new RFormatError(`a character vector holds a ${item.kind}`);
        values[i] = item.value;
      }
      return { kind: 'character', values, attributes: NO_ATTRIBUTES };
    }
    case VECSXP: {
      const length = reader.length();
      const values: RValue[] = new Array<RValue>(length);
      for (let i = 0; i < length; i++) values[i] = asValue(readItem(reader), 'a list element');
      return { kind: 'list', values, attributes: NO_ATTRIBUTES };
    }
  }
  throw new RFormatError(`${typeName(type)} is not supported (only data: vectors, lists, factors)`);
}

/**
 * One serialized R object: the "X\n" header (XDR), the format version (2 or 3), the writer's and
 * minimum reader's R versions, for version 3 the native encoding, then the object.
 */
export function unserializeR(bytes: Uint8Array): RValue {
  if (bytes[0] !== 0x58 || bytes[1] !== 0x0a) {
    const format = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
    throw new RFormatError(
      format === 'A\n' || format === 'B\n'
        ? `only the XDR format ("X\\n") is supported, got ${JSON.stringify(format)}`
        : 'not R serialized data (no "X\\n" header); is it still compressed?',
    );
  }
  const reader = new XdrReader(bytes.subarray(2));
  const version = reader.int();
  if (version !== 2 && version !== 3)
    throw new RFormatError(`serialization format version ${version} is not supported (2 or 3)`);
  reader.int(); // R version that wrote it
  reader.int(); // oldest R version that can read it
  if (version === 3) {
    const encodingLength = reader.int();
    reader.nativeEncoding = latin1(reader.raw(encodingLength));
  }
  return asValue(readItem(reader), 'an R object');
}
