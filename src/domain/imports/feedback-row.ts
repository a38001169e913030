/**
 * Feedback history from a CSV file (a Delighted or Retently export, a spreadsheet): which column
 * fills which field, and how one row becomes the body of one `POST /api/v1/feedback` entry.
 * Pure: the rules that entry must then pass (ZFeedbackInput, the future check, the contact) are
 * the feedback API's own and run in the import job; this only reads cells.
 */
import { FEEDBACK_IMPORT_FIELDS, type FeedbackImportField } from '../../shared/contracts/imports.js';
import { readNumber } from './contact-fields.js';
import type { MappingProblem } from './contact-row.js';
import { normalizeHeader } from './normalize-header.js';

export { FEEDBACK_IMPORT_FIELDS, type FeedbackImportField };

const normalize = normalizeHeader;

/**
 * Header names (German and English, normalized). Delighted's "Person ID" is its own id, not the
 * organization's customer id, so it is not suggested for contactExternalId.
 */
const SYNONYMS: Record<FeedbackImportField, string[]> = {
  occurredAt: [
    'date',
    'datum',
    'occurredat',
    'createdat',
    'created',
    'timestamp',
    'zeitstempel',
    'respondedat',
    'responsedate',
    'answeredat',
    'submittedat',
    'erstelltam',
    'antwortdatum',
    'datetime',
    'zeit',
    'time',
  ],
  score: [
    'score',
    'bewertung',
    'nps',
    'npsscore',
    'npswert',
    'rating',
    'wert',
    'punkte',
    'punktzahl',
    'csat',
    'ces',
    'value',
  ],
  text: [
    'comment',
    'comments',
    'kommentar',
    'kommentare',
    'text',
    'feedback',
    'anmerkung',
    'begruendung',
    'freitext',
    'reason',
    'antwort',
    'answer',
  ],
  metric: ['metric', 'metrik', 'kennzahl', 'surveytype', 'umfragetyp'],
  scaleMin: ['scalemin', 'skalamin', 'minscore'],
  scaleMax: ['scalemax', 'skalamax', 'maxscore', 'outof'],
  channel: ['channel', 'kanal', 'medium', 'surveychannel'],
  source: ['source', 'quelle', 'herkunft', 'tool'],
  language: ['language', 'sprache', 'lang', 'locale'],
  product: ['product', 'produkt'],
  touchpoint: ['touchpoint', 'kontaktpunkt'],
  contactExternalId: [
    'contactexternalid',
    'externalid',
    'customerid',
    'customernumber',
    'customerno',
    'kundennummer',
    'kundennr',
    'kundenid',
    'clientid',
    'accountid',
    'userid',
  ],
  email: [
    'email',
    'emailaddress',
    'mail',
    'emailadresse',
    'mailadresse',
    'personemail',
    'customeremail',
    'kundenemail',
  ],
  name: ['name', 'fullname', 'personname', 'customername', 'kundenname', 'kunde'],
  externalRef: ['externalref', 'id', 'responseid', 'antwortid', 'feedbackid', 'ref', 'referenz', 'reference'],
};

/** Suggests a feedback field per column from its header; each field is suggested at most once. */
export function suggestFeedbackMapping(columns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  for (const column of columns) {
    const h = normalize(column);
    const target = FEEDBACK_IMPORT_FIELDS.find((f) => SYNONYMS[f].includes(h));
    if (target && !used.has(target)) {
      used.add(target);
      out[column] = target;
    }
  }
  return out;
}

/** A feedback mapping checked against the file's columns: the column index of each mapped field. */
export interface FeedbackMapping {
  columns: Partial<Record<FeedbackImportField, number>>;
  columnCount: number;
}

/**
 * Checks `mapping` (column → field; '' or null ignores the column) against the header. A row
 * needs a date and a score or a comment, so those columns must be mapped. Every problem is
 * returned, naming the column.
 */
export function resolveFeedbackMapping(
  mapping: Record<string, string | null>,
  columns: readonly string[],
): { ok: true; mapping: FeedbackMapping } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const mapped: FeedbackMapping['columns'] = {};
  const seen = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping)) {
    if (target === null || target === '') continue;
    const at = `mapping.${column}`;
    const index = columns.indexOf(column);
    if (index < 0) {
      problems.push({ field: at, message: `the file has no column "${column}"` });
      continue;
    }
    if (!(FEEDBACK_IMPORT_FIELDS as readonly string[]).includes(target)) {
      problems.push({
        field: at,
        message: `unknown target "${target}" (use one of ${FEEDBACK_IMPORT_FIELDS.join(', ')})`,
      });
      continue;
    }
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      problems.push({ field: at, message: `"${target}" is already mapped from column "${earlier}"` });
      continue;
    }
    seen.set(target, column);
    mapped[target as FeedbackImportField] = index;
  }
  if (mapped.occurredAt === undefined)
    problems.push({ field: 'mapping', message: 'map a column to occurredAt (when the feedback was given)' });
  if (mapped.score === undefined && mapped.text === undefined)
    problems.push({ field: 'mapping', message: 'map a column to score, to text (the comment) or to both' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, mapping: { columns: mapped, columnCount: columns.length } };
}

/**
 * Dates as exports write them: ISO 8601 ("2024-03-01", "2024-03-01T10:00:00Z", "2024-03-01
 * 10:00:00 +0100") and German "01.03.2024" or "01.03.2024 10:15". A time without an offset is
 * read as UTC (the server's own zone would make the result depend on where it runs).
 */
export function readDateTime(raw: string): string | null {
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(raw);
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      raw,
    );
  const m = de ?? iso;
  if (!m) return null;
  const [y, mo, d] = de
    ? [Number(m[3]), Number(m[2]), Number(m[1])]
    : [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    local.getUTCFullYear() !== y ||
    local.getUTCMonth() !== mo - 1 ||
    local.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return null;
  const offset = iso ? m[7] : undefined;
  if (!offset || offset.toUpperCase() === 'Z') return local.toISOString();
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return new Date(local.getTime() - sign * minutes * 60_000).toISOString();
}

/** Channel names people and tools write, onto the feedback API's channels; anything else is passed on for it to refuse. */
const CHANNEL_WORDS: Record<string, string> = {
  mail: 'email',
  emails: 'email',
  sms: 'message',
  text: 'message',
  whatsapp: 'message',
  nachricht: 'message',
  phone: 'call',
  telefon: 'call',
  anruf: 'call',
  bewertung: 'review',
  reviews: 'review',
  socialmedia: 'social',
  livechat: 'chat',
  sonstige: 'other',
  andere: 'other',
};

/** The default metric of a score without a metric column: the tools these files come from ask the NPS question. */
export const DEFAULT_IMPORT_METRIC = 'nps';
/** The channel of a row without one: the feedback API has no "import" channel, and the file may not say. */
export const DEFAULT_IMPORT_CHANNEL = 'other';
const CANONICAL: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
const METRICS = new Set(['nps', 'csat', 'ces', 'rating']);

/** The scale of a score: the metric's canonical one unless the file gives its own (rating needs scaleMax). */
function readScale(
  metric: string,
  minCell: string | undefined,
  maxCell: string | undefined,
): { scaleMin: number; scaleMax: number } | CellProblem[] {
  const canonical = CANONICAL[metric];
  const scaleMin = minCell === undefined ? (canonical?.[0] ?? 1) : readNumber(minCell);
  const scaleMax = maxCell === undefined ? canonical?.[1] : readNumber(maxCell);
  const problems: CellProblem[] = [];
  if (scaleMin === null) problems.push({ field: 'scaleMin', reason: 'not a number' });
  if (scaleMax === null) problems.push({ field: 'scaleMax', reason: 'not a number' });
  if (scaleMax === undefined)
    problems.push({
      field: 'scaleMax',
      reason: 'needed for the metric rating (the highest possible score, e.g. 5 for stars)',
    });
  if (problems.length > 0 || scaleMin === null || scaleMax === null || scaleMax === undefined)
    return problems;
  return { scaleMin, scaleMax };
}

export interface CellProblem {
  field: FeedbackImportField;
  reason: string;
}

/** One row read: the entry for the feedback API's checks, or the cells that could not be read. */
export type FeedbackRowResult =
  | { ok: true; entry: Record<string, unknown> }
  | { ok: false; malformed: string }
  | { ok: false; problems: CellProblem[] };

/**
 * Reads one CSV record into a FeedbackInput-shaped entry. Empty cells are left out. A customer id
 * names the contact; without one the e-mail and name become the author (matched to a contact by
 * e-mail, as the feedback API does). A row without externalRef gets `fallbackRef` (the caller
 * derives it from the row itself, so a retried run or a second import of the file finds what was
 * written before).
 */
export function readFeedbackRow(
  record: readonly string[],
  m: FeedbackMapping,
  fallbackRef: string,
): FeedbackRowResult {
  if (record.length !== m.columnCount)
    return { ok: false, malformed: `has ${record.length} columns, the header has ${m.columnCount}` };
  const cell = (f: FeedbackImportField): string | undefined => {
    const i = m.columns[f];
    const v = i === undefined ? '' : (record[i] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const problems: CellProblem[] = [];
  const entry: Record<string, unknown> = {};

  const when = cell('occurredAt');
  if (when === undefined) problems.push({ field: 'occurredAt', reason: 'missing' });
  else {
    const iso = readDateTime(when);
    if (iso === null)
      problems.push({
        field: 'occurredAt',
        reason: 'not a date (YYYY-MM-DD, ISO 8601 or DD.MM.YYYY, optionally with a time)',
      });
    else entry.occurredAt = iso;
  }

  const scoreCell = cell('score');
  if (scoreCell !== undefined) {
    const value = readNumber(scoreCell);
    if (value === null) problems.push({ field: 'score', reason: 'not a number' });
    const metric = (cell('metric') ?? DEFAULT_IMPORT_METRIC).toLowerCase();
    const scale = METRICS.has(metric)
      ? readScale(metric, cell('scaleMin'), cell('scaleMax'))
      : [{ field: 'metric' as const, reason: 'not one of nps, csat, ces, rating' }];
    if (!Array.isArray(scale) && value !== null) entry.rating = { value, ...scale, metric };
    if (Array.isArray(scale)) problems.push(...scale);
  }

  const text = cell('text');
  if (text !== undefined) entry.text = text;
  const channel = cell('channel')?.toLowerCase();
  entry.channel =
    channel === undefined
      ? DEFAULT_IMPORT_CHANNEL
      : (CHANNEL_WORDS[channel.replace(/[^a-z]/g, '')] ?? channel.replace(/^e-mail$/, 'email'));
  const language = cell('language')?.toLowerCase();
  // "de-DE" and "de_AT" name the language the API stores as "de".
  if (language !== undefined)
    entry.language = /^[a-z]{2}[-_][a-z0-9]{2,8}$/.test(language) ? language.slice(0, 2) : language;
  for (const f of ['source', 'product', 'touchpoint'] as const) {
    const v = cell(f);
    if (v !== undefined) entry[f] = v;
  }
  const contact = cell('contactExternalId');
  const email = cell('email');
  const name = cell('name');
  if (contact !== undefined) entry.contactExternalId = contact;
  else if (email !== undefined || name !== undefined)
    entry.author = { ...(email !== undefined ? { email } : {}), ...(name !== undefined ? { name } : {}) };
  entry.externalRef = cell('externalRef') ?? fallbackRef;

  return problems.length > 0 ? { ok: false, problems } : { ok: true, entry };
}

/**
 * The import field behind a path the feedback API reports (`rating.value`, `author.email`), so a
 * refused row names the field the person mapped a column to.
 */
export function importFieldOf(path: string): FeedbackImportField | null {
  const known: Record<string, FeedbackImportField> = {
    'rating.value': 'score',
    'rating.scaleMin': 'scaleMin',
    'rating.scaleMax': 'scaleMax',
    'rating.metric': 'metric',
    rating: 'score',
    'author.email': 'email',
    'author.name': 'name',
    author: 'email',
  };
  if (known[path]) return known[path];
  return (FEEDBACK_IMPORT_FIELDS as readonly string[]).includes(path) ? (path as FeedbackImportField) : null;
}
