import i18next from 'i18next';
import {
  CONTACT_IMPORT_FIELDS,
  FEEDBACK_IMPORT_FIELDS,
  type TImportKind,
} from '../../../shared/contracts/imports.js';

export const ATTRIBUTE_PREFIX = 'attributes.';

/** The fields a CSV column can fill for the kind (the contract's lists; contacts also `attributes.<key>`). */
export function importFields(kind: TImportKind): readonly string[] {
  return kind === 'feedback' ? FEEDBACK_IMPORT_FIELDS : CONTACT_IMPORT_FIELDS;
}

/** A target as people read it: "Customer ID", "Attribute: tier", "Comment". */
export function targetLabel(target: string, kind: TImportKind): string {
  if (kind === 'feedback')
    return (FEEDBACK_IMPORT_FIELDS as readonly string[]).includes(target)
      ? i18next.t(`contacts.import.feedback.fields.${target as (typeof FEEDBACK_IMPORT_FIELDS)[number]}`)
      : target;
  if ((CONTACT_IMPORT_FIELDS as readonly string[]).includes(target))
    return i18next.t(`contacts.import.fields.${target as (typeof CONTACT_IMPORT_FIELDS)[number]}`);
  if (target.startsWith(ATTRIBUTE_PREFIX))
    return i18next.t('contacts.import.attribute', { key: target.slice(ATTRIBUTE_PREFIX.length) });
  return target;
}

/**
 * What blocks starting, as the server would refuse it: contacts need exactly one customer id
 * column; feedback needs one date column and a score or comment column; no field twice.
 */
export function mappingProblems(mapping: Readonly<Record<string, string>>, kind: TImportKind): string[] {
  const targets = Object.values(mapping).filter((v) => v.length > 0);
  const problems: string[] = [];
  const required = kind === 'feedback' ? 'occurredAt' : 'externalId';
  if (targets.filter((v) => v === required).length !== 1)
    problems.push(
      i18next.t(
        kind === 'feedback' ? 'contacts.import.feedback.needsOccurredAt' : 'contacts.import.needsExternalId',
      ),
    );
  if (kind === 'feedback' && !targets.includes('score') && !targets.includes('text'))
    problems.push(i18next.t('contacts.import.feedback.needsScoreOrText'));
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const target of targets) {
    if (seen.has(target) && target !== required && !reported.has(target)) {
      problems.push(i18next.t('contacts.import.duplicateTarget', { target: targetLabel(target, kind) }));
      reported.add(target);
    }
    seen.add(target);
  }
  return problems;
}
