/**
 * An R data frame (or tibble) as plain columns: a data frame is a list with class "data.frame",
 * `names` for its columns and `row.names`, which R stores compactly as c(NA, -n) when the rows
 * are just numbered. Factors (integer codes with `levels`) come out as their labels.
 */
import { RFormatError, type RValue } from './r-unserialize.js';

export type RColumn =
  | { readonly kind: 'string'; readonly values: readonly (string | null)[] }
  | { readonly kind: 'number'; readonly values: readonly (number | null)[] }
  | { readonly kind: 'logical'; readonly values: readonly (boolean | null)[] };

export interface RDataFrame {
  readonly rows: number;
  readonly columns: ReadonlyMap<string, RColumn>;
}

function classes(value: RValue): readonly string[] {
  if (value.kind === 'null' || value.kind === 'symbol') return [];
  const cls = value.attributes.get('class');
  return cls?.kind === 'character' ? cls.values.filter((c): c is string => c !== null) : [];
}

function rowCount(rowNames: RValue | undefined, fallback: number): number {
  if (!rowNames || rowNames.kind === 'null') return fallback;
  if (rowNames.kind === 'integer' && rowNames.values.length === 2 && rowNames.values[0] === null)
    return Math.abs(rowNames.values[1] ?? 0);
  if (rowNames.kind === 'character' || rowNames.kind === 'integer' || rowNames.kind === 'double')
    return rowNames.values.length;
  throw new RFormatError(`row.names of kind ${rowNames.kind}`);
}

function toColumn(name: string, value: RValue): RColumn {
  if (value.kind === 'integer' && classes(value).includes('factor')) {
    const levels = value.attributes.get('levels');
    if (levels?.kind !== 'character') throw new RFormatError(`factor ${name} has no character levels`);
    return {
      kind: 'string',
      // Factor codes count from 1; NA stays NA.
      values: value.values.map((code) => (code === null ? null : (levels.values[code - 1] ?? null))),
    };
  }
  if (value.kind === 'character') return { kind: 'string', values: value.values };
  if (value.kind === 'integer' || value.kind === 'double') return { kind: 'number', values: value.values };
  if (value.kind === 'logical') return { kind: 'logical', values: value.values };
  throw new RFormatError(`column ${name} is a ${value.kind}, not a vector of strings, numbers or logicals`);
}

/** @throws RFormatError when the value is not a data frame of atomic columns. */
export function asDataFrame(value: RValue): RDataFrame {
  if (value.kind !== 'list' || !classes(value).includes('data.frame'))
    throw new RFormatError(
      `not a data frame: a ${value.kind} of class ${classes(value).join('/') || 'none'}`,
    );
  const names = value.attributes.get('names');
  if (names?.kind !== 'character' || names.values.length !== value.values.length)
    throw new RFormatError('a data frame without one name per column');
  const columns = new Map<string, RColumn>();
  value.values.forEach((column, i) => {
    const name = names.values[i] ?? `V${i + 1}`;
    columns.set(name, toColumn(name, column));
  });
  const rows = rowCount(
    value.attributes.get('row.names'),
    value.values[0] ? columnLength(value.values[0]) : 0,
  );
  for (const [name, column] of columns)
    if (column.values.length !== rows)
      throw new RFormatError(`column ${name} has ${column.values.length} values for ${rows} rows`);
  return { rows, columns };
}

function columnLength(value: RValue): number {
  return value.kind === 'null' || value.kind === 'symbol'
    ? 0
    : value.kind === 'pairlist'
      ? value.entries.length
      : value.values.length;
}

/** A column that must hold strings (or a factor), e.g. review text. */
export function stringColumn(frame: RDataFrame, name: string): readonly (string | null)[] {
  const column = frame.columns.get(name);
  if (column?.kind !== 'string')
    throw new RFormatError(
      `column ${name} ${column ? `holds ${column.kind}s, not strings` : `is missing (have ${[...frame.columns.keys()].join(', ')})`}`,
    );
  return column.values;
}
