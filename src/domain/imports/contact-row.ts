import {
  CONTACT_IMPORT_FIELDS,
  readAttribute,
  readContactField,
  type AttributeType,
  type CellValue,
  type ContactImportField,
} from './contact-fields.js';

/** A mapping checked against the file's columns and the organization's attribute definitions. */
export interface ResolvedMapping {
  fields: { index: number; field: ContactImportField }[];
  attributes: { index: number; key: string; type: AttributeType }[];
  externalIdIndex: number;
  columnCount: number;
}

export interface MappingProblem {
  field: string;
  message: string;
}

/**
 * Checks `mapping` (column name → target; '' or null ignores the column) against the header.
 * Returns every problem, each naming the column, so the mapping step can show them all at once.
 */
export function resolveMapping(
  mapping: Record<string, string | null>,
  columns: readonly string[],
  attributeTypes: ReadonlyMap<string, AttributeType>,
): { ok: true; mapping: ResolvedMapping } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const fields: ResolvedMapping['fields'] = [];
  const attributes: ResolvedMapping['attributes'] = [];
  const seen = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping)) {
    if (target === null || target === '') continue;
    const at = `mapping.${column}`;
    const index = columns.indexOf(column);
    if (index < 0) {
      problems.push({ field: at, message: `the file has no column "${column}"` });
      continue;
    }
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      problems.push({ field: at, message: `"${target}" is already mapped from column "${earlier}"` });
      continue;
    }
    seen.set(target, column);
    if (target.startsWith('attributes.')) {
      const key = target.slice('attributes.'.length);
      const type = attributeTypes.get(key);
      if (!type)
        problems.push({
          field: at,
          message: `custom attribute "${key}" is not declared for this organization`,
        });
      else attributes.push({ index, key, type });
    } else if ((CONTACT_IMPORT_FIELDS as readonly string[]).includes(target)) {
      fields.push({ index, field: target as ContactImportField });
    } else {
      problems.push({
        field: at,
        message: `unknown target "${target}" (use a contact field or attributes.<key>)`,
      });
    }
  }
  const ext = fields.find((f) => f.field === 'externalId');
  if (!ext && !problems.some((p) => p.message.includes('"externalId"'))) {
    problems.push({ field: 'mapping', message: 'map exactly one column to externalId (the customer id)' });
  }
  if (problems.length > 0 || !ext) return { ok: false, problems };
  return {
    ok: true,
    mapping: { fields, attributes, externalIdIndex: ext.index, columnCount: columns.length },
  };
}

export interface ContactRow {
  externalId: string;
  values: Partial<Record<ContactImportField, CellValue>>;
  attributes: Record<string, CellValue>;
}

/** A refused row names every bad field (none when the row itself is malformed) and all reasons. */
export type RowResult = { ok: true; row: ContactRow } | { ok: false; fields: string[]; reason: string };

/** Reads one CSV record; every problem of the row is reported, in column-mapping order. */
export function readContactRow(record: readonly string[], m: ResolvedMapping): RowResult {
  if (record.length !== m.columnCount) {
    return { ok: false, fields: [], reason: `has ${record.length} columns, the header has ${m.columnCount}` };
  }
  const problems: { field: string; reason: string }[] = [];
  const values: ContactRow['values'] = {};
  for (const { index, field } of m.fields) {
    const r = readContactField(field, record[index] ?? '');
    if (r.ok) values[field] = r.value;
    else problems.push({ field, reason: `${field}: ${r.reason}` });
  }
  const attributes: Record<string, CellValue> = {};
  for (const { index, key, type } of m.attributes) {
    const r = readAttribute(type, record[index] ?? '');
    if (r.ok) attributes[key] = r.value;
    else problems.push({ field: `attributes.${key}`, reason: `attributes.${key}: ${r.reason}` });
  }
  if (problems.length > 0)
    return {
      ok: false,
      fields: problems.map((p) => p.field),
      reason: problems.map((p) => p.reason).join('; '),
    };
  return { ok: true, row: { externalId: values.externalId as string, values, attributes } };
}
