/**
 * What a CSV column can be mapped to when importing contacts, and how each cell is read.
 * Pure: the import job and the upload preview both use it; no personal data goes into reasons.
 */
import { CONTACT_IMPORT_FIELDS, type ContactImportField } from '../../shared/contracts/imports.js';
import { normalizeHeader } from './normalize-header.js';

export { CONTACT_IMPORT_FIELDS, type ContactImportField };

export type AttributeType = 'string' | 'number' | 'date' | 'boolean';
export type CellValue = string | number | boolean | string[] | null;

export const MAX_EXTERNAL_ID = 200;
export const MAX_TEXT = 1000;

export type ReadResult = { ok: true; value: CellValue } | { ok: false; reason: string };

const ok = (value: CellValue): ReadResult => ({ ok: true, value });
const bad = (reason: string): ReadResult => ({ ok: false, reason });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
/** Names a language tag only when every part of it is known (`fallback: 'none'`): "xx" and "en-XX" get no name. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A well-formed tag the runtime's language data knows: "de", "en-GB", "de-AT"; not "xx" or "und". */
function isKnownLanguage(tag: string): boolean {
  if (!LANGUAGE.test(tag)) return false;
  try {
    return LANGUAGE_NAMES.of(tag) !== undefined;
  } catch {
    return false;
  }
}
const TRUE = new Set(['true', 'yes', 'ja', '1', 'y', 'j', 'wahr']);
const FALSE = new Set(['false', 'no', 'nein', '0', 'n', 'falsch']);

/**
 * Numbers as people type them: "1234.5", "1234,5", "1.234,50", "1,234.50", "1 234,50", "€ 99".
 * The last of '.' and ',' is the decimal mark when both occur; a single ',' is a decimal mark
 * (German); a separator that repeats ("1.234.567") groups thousands.
 */
export function readNumber(raw: string): number | null {
  let s = raw.replace(/[\s\u00a0\u202f€$£]/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('');
    if (s.split(decimal).length > 2) return null;
    s = s.replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = s.split(',').length > 2 ? s.split(',').join('') : s.replace(',', '.');
  } else if (lastDot >= 0 && s.split('.').length > 2) {
    s = s.split('.').join('');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** ISO 8601 dates ("2024-03-01", "2024-03-01T10:00:00Z") and German "01.03.2024"; returns ISO. */
export function readDate(raw: string): string | null {
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  let d: Date;
  if (de || isoDay) {
    const [y, m, day] = de
      ? [Number(de[3]), Number(de[2]), Number(de[1])]
      : [Number(isoDay?.[1]), Number(isoDay?.[2]), Number(isoDay?.[3])];
    d = new Date(Date.UTC(y, m - 1, day));
    if (d.getUTCFullYear() !== y || d.getUTCMonth() !== m - 1 || d.getUTCDate() !== day) return null;
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(raw)) {
    d = new Date(raw.replace(' ', 'T'));
  } else return null;
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function readBoolean(raw: string): boolean | null {
  const v = raw.toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

function readText(raw: string, max = MAX_TEXT): ReadResult {
  return raw.length > max ? bad(`longer than ${max} characters`) : ok(raw);
}

/** Reads one cell for a built-in field. Empty cells clear the field (null, [] or false). */
export function readContactField(field: ContactImportField, cell: string): ReadResult {
  const raw = cell.trim();
  switch (field) {
    case 'externalId':
      if (raw === '') return bad('missing');
      return readText(raw, MAX_EXTERNAL_ID);
    case 'productsUsed':
      return ok([
        ...new Set(
          raw
            .split(/[;|]/)
            .map((p) => p.trim())
            .filter(Boolean),
        ),
      ]);
    case 'emailOptOut':
    case 'neverSurvey': {
      if (raw === '') return ok(false);
      const b = readBoolean(raw);
      return b === null ? bad('not true/false (accepted: true, false, yes, no, ja, nein, 1, 0)') : ok(b);
    }
    default:
      break;
  }
  if (raw === '') return ok(null);
  switch (field) {
    case 'email':
      return EMAIL.test(raw) && raw.length <= 320 ? ok(raw) : bad('not an e-mail address');
    case 'language':
      if (!LANGUAGE.test(raw)) return bad('not a language code such as "de" or "en-GB"');
      return isKnownLanguage(raw)
        ? ok(raw.toLowerCase())
        : bad(`"${raw.slice(0, 20)}" is not a known language code (such as "de" or "en-GB")`);
    case 'revenue': {
      const n = readNumber(raw);
      return n === null ? bad('not a number') : ok(n);
    }
    case 'customerSince':
    case 'churnedAt': {
      const d = readDate(raw);
      return d === null ? bad('not a date (YYYY-MM-DD, ISO 8601 or DD.MM.YYYY)') : ok(d);
    }
    default:
      return readText(raw);
  }
}

/** Reads one cell for a custom attribute of the declared type; empty cells store null. */
export function readAttribute(type: AttributeType, cell: string): ReadResult {
  const raw = cell.trim();
  if (raw === '') return ok(null);
  switch (type) {
    case 'number': {
      const n = readNumber(raw);
      return n === null ? bad('not a number') : ok(n);
    }
    case 'date': {
      const d = readDate(raw);
      return d === null ? bad('not a date (YYYY-MM-DD, ISO 8601 or DD.MM.YYYY)') : ok(d);
    }
    case 'boolean': {
      const b = readBoolean(raw);
      return b === null ? bad('not true/false') : ok(b);
    }
    default:
      return readText(raw);
  }
}

const normalize = normalizeHeader;

/** Header names (German and English, normalized: lower case, no spaces or punctuation). */
const SYNONYMS: Record<ContactImportField, string[]> = {
  externalId: [
    'externalid',
    'customerid',
    'customernumber',
    'customerno',
    'kundennummer',
    'kundennr',
    'kundenid',
    'id',
    'clientid',
    'accountid',
    'userid',
  ],
  email: ['email', 'emailaddress', 'mail', 'emailadresse', 'mailadresse'],
  name: ['name', 'fullname', 'customername', 'kundenname', 'vollername', 'kunde'],
  phone: ['phone', 'phonenumber', 'telephone', 'mobile', 'telefon', 'telefonnummer', 'handy', 'mobil'],
  language: ['language', 'lang', 'locale', 'sprache'],
  segment: ['segment', 'kundensegment', 'customersegment'],
  region: ['region', 'country', 'land', 'gebiet'],
  plan: ['plan', 'tarif', 'abo', 'subscription', 'package', 'paket'],
  accountOwner: ['accountowner', 'owner', 'accountmanager', 'kundenbetreuer', 'betreuer', 'ansprechpartner'],
  productsUsed: ['productsused', 'products', 'produkte', 'genutzteprodukte'],
  revenue: ['revenue', 'umsatz', 'jahresumsatz', 'annualrevenue', 'arr', 'sales'],
  customerSince: ['customersince', 'kundeseit', 'since', 'startdate', 'signupdate', 'createdat'],
  churnedAt: ['churnedat', 'churndate', 'cancelledat', 'gekuendigtam', 'kuendigungsdatum', 'kuendigung'],
  emailOptOut: ['emailoptout', 'optout', 'unsubscribed', 'abgemeldet', 'keinewerbung'],
  neverSurvey: ['neversurvey', 'donotsurvey', 'nosurvey', 'keineumfrage', 'keineumfragen'],
};

/** Suggests a target per column from its header; each target is suggested at most once. */
export function suggestMapping(
  columns: readonly string[],
  attributes: readonly { key: string; label: string | null }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  for (const column of columns) {
    const h = normalize(column);
    let target: string | undefined = CONTACT_IMPORT_FIELDS.find((f) => SYNONYMS[f].includes(h));
    if (!target) {
      const attr = attributes.find(
        (a) => normalize(a.key) === h || (a.label !== null && normalize(a.label) === h),
      );
      if (attr) target = `attributes.${attr.key}`;
    }
    if (target && !used.has(target)) {
      used.add(target);
      out[column] = target;
    }
  }
  return out;
}
