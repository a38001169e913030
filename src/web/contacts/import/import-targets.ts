import i18next from 'i18next';
import { CONTACT_IMPORT_FIELDS, type ContactImportField } from '../../../shared/contracts/imports.js';

/** The contact fields a CSV column can fill (the contract's list; `attributes.<key>` for custom ones). */
export const IMPORT_FIELDS = CONTACT_IMPORT_FIELDS;
type ImportField = ContactImportField;

function isField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

export const ATTRIBUTE_PREFIX = 'attributes.';

/** A target as people read it: "Customer ID", "Attribute: tier". */
export function targetLabel(target: string): string {
  if (isField(target)) return i18next.t(`contacts.import.fields.${target}`);
  if (target.startsWith(ATTRIBUTE_PREFIX)) return i18next.t('contacts.import.attribute', { key: target.slice(ATTRIBUTE_PREFIX.length) });
  return target;
}

/** What blocks starting: no (or several) customer id columns, or a field chosen twice. */
export function mappingProblems(mapping: Readonly<Record<string, string>>): string[] {
  const targets = Object.values(mapping).filter((v) => v.length > 0);
  const problems: string[] = [];
  if (targets.filter((v) => v === 'externalId').length !== 1) problems.push(i18next.t('contacts.import.needsExternalId'));
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const target of targets) {
    if (seen.has(target) && target !== 'externalId' && !reported.has(target)) {
      problems.push(i18next.t('contacts.import.duplicateTarget', { target: targetLabel(target) }));
      reported.add(target);
    }
    seen.add(target);
  }
  return problems;
}
