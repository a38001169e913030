import { describe, expect, it } from 'vitest';
import { ZFeedbackInput } from '../../shared/contracts/feedback.js';
import {
  importFieldOf,
  readDateTime,
  readFeedbackRow,
  resolveFeedbackMapping,
  suggestFeedbackMapping,
  type FeedbackMapping,
} from './feedback-row.js';

const REF = 'csv:7:abc';

function mappingOf(columns: string[], mapping: Record<string, string | null>): FeedbackMapping {
  const r = resolveFeedbackMapping(mapping, columns);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.mapping;
}

describe('feedback import mapping', () => {
  it('suggests fields from German and English headers, each at most once', () => {
    expect(
      suggestFeedbackMapping([
        'Datum',
        'Bewertung',
        'Kommentar',
        'Kanal',
        'Sprache',
        'Produkt',
        'Kundennummer',
        'E-Mail',
        'ID',
      ]),
    ).toEqual({
      Datum: 'occurredAt',
      Bewertung: 'score',
      Kommentar: 'text',
      Kanal: 'channel',
      Sprache: 'language',
      Produkt: 'product',
      Kundennummer: 'contactExternalId',
      'E-Mail': 'email',
      ID: 'externalRef',
    });
    // A Delighted export: its own person id is not the organization's customer id.
    expect(
      suggestFeedbackMapping([
        'Response ID',
        'Score',
        'Comment',
        'Created At',
        'Person ID',
        'Person Email',
        'Person Name',
        'Touchpoint',
        'Source',
        'Metric',
        'NPS',
      ]),
    ).toEqual({
      'Response ID': 'externalRef',
      Score: 'score',
      Comment: 'text',
      'Created At': 'occurredAt',
      'Person Email': 'email',
      'Person Name': 'name',
      Touchpoint: 'touchpoint',
      Source: 'source',
      Metric: 'metric',
    });
  });

  it('needs a date and a score or comment, and names every bad column', () => {
    const columns = ['when', 'score', 'note'];
    expect(resolveFeedbackMapping({ when: 'occurredAt', note: 'text' }, columns)).toMatchObject({
      ok: true,
      mapping: { columns: { occurredAt: 0, text: 2 }, columnCount: 3 },
    });
    const bad = resolveFeedbackMapping(
      { score: 'score', note: 'score', gone: 'text', when: 'colour' },
      columns,
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        { field: 'mapping.note', message: '"score" is already mapped from column "score"' },
        { field: 'mapping.gone', message: 'the file has no column "gone"' },
        { field: 'mapping.when', message: expect.stringContaining('unknown target "colour"') },
        { field: 'mapping', message: 'map a column to occurredAt (when the feedback was given)' },
      ],
    });
    expect(resolveFeedbackMapping({ when: 'occurredAt', score: null, note: '' }, columns)).toMatchObject({
      ok: false,
      problems: [{ field: 'mapping', message: expect.stringContaining('score, to text') }],
    });
  });
});

describe('reading feedback rows', () => {
  it('reads ISO and German dates and times, without an offset as UTC', () => {
    expect(readDateTime('2024-03-01')).toBe('2024-03-01T00:00:00.000Z');
    expect(readDateTime('01.03.2024')).toBe('2024-03-01T00:00:00.000Z');
    expect(readDateTime('1.3.2024 14:05')).toBe('2024-03-01T14:05:00.000Z');
    expect(readDateTime('2024-03-01 10:00:00 +0100')).toBe('2024-03-01T09:00:00.000Z');
    expect(readDateTime('2024-03-01T10:00:00.123-02:30')).toBe('2024-03-01T12:30:00.000Z');
    expect(readDateTime('2024-03-01T10:00:00Z')).toBe('2024-03-01T10:00:00.000Z');
    for (const bad of ['', '2024-02-30', '31.04.2024', '2024-03-01 25:00', 'yesterday', '1709280000'])
      expect(readDateTime(bad), bad).toBeNull();
  });

  const columns = [
    'Datum',
    'NPS',
    'Kommentar',
    'Kanal',
    'Sprache',
    'Kundennummer',
    'E-Mail',
    'Name',
    'ID',
    'Metrik',
    'Max',
  ];
  const m = mappingOf(columns, {
    Datum: 'occurredAt',
    NPS: 'score',
    Kommentar: 'text',
    Kanal: 'channel',
    Sprache: 'language',
    Kundennummer: 'contactExternalId',
    'E-Mail': 'email',
    Name: 'name',
    ID: 'externalRef',
    Metrik: 'metric',
    Max: 'scaleMax',
  });
  const row = (cells: Partial<Record<(typeof columns)[number], string>>) =>
    columns.map((c) => cells[c] ?? '');

  it('turns a row into a feedback API entry that passes its schema', () => {
    const r = readFeedbackRow(
      row({
        Datum: '01.03.2024',
        NPS: '9',
        Kommentar: ' Schnell geliefert ',
        Kanal: 'E-Mail',
        Sprache: 'de-DE',
        Kundennummer: 'K-1',
        'E-Mail': 'x@example.test',
        ID: 'r-1',
      }),
      m,
      REF,
    );
    expect(r).toEqual({
      ok: true,
      entry: {
        occurredAt: '2024-03-01T00:00:00.000Z',
        rating: { value: 9, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        text: 'Schnell geliefert',
        channel: 'email',
        language: 'de',
        contactExternalId: 'K-1',
        externalRef: 'r-1',
      },
    });
    expect(r.ok && ZFeedbackInput.safeParse(r.entry).success).toBe(true);
  });

  it('keeps the author without a customer id, defaults the channel and takes the fallback externalRef', () => {
    const r = readFeedbackRow(
      row({ Datum: '2024-03-01', Kommentar: 'ok', 'E-Mail': 'anna@example.test', Name: 'Anna' }),
      m,
      REF,
    );
    expect(r).toEqual({
      ok: true,
      entry: {
        occurredAt: '2024-03-01T00:00:00.000Z',
        text: 'ok',
        channel: 'other',
        author: { email: 'anna@example.test', name: 'Anna' },
        externalRef: REF,
      },
    });
  });

  it('reads stars on their own scale and csat on its canonical one', () => {
    expect(
      readFeedbackRow(row({ Datum: '2024-03-01', NPS: '4', Metrik: 'Rating', Max: '5' }), m, REF),
    ).toMatchObject({
      ok: true,
      entry: { rating: { value: 4, scaleMin: 1, scaleMax: 5, metric: 'rating' } },
    });
    expect(readFeedbackRow(row({ Datum: '2024-03-01', NPS: '4', Metrik: 'CSAT' }), m, REF)).toMatchObject({
      ok: true,
      entry: { rating: { value: 4, scaleMin: 1, scaleMax: 5, metric: 'csat' } },
    });
  });

  it('names every cell it cannot read; the API schema names the rest', () => {
    expect(readFeedbackRow(row({ Datum: 'gestern', NPS: 'zehn' }), m, REF)).toEqual({
      ok: false,
      problems: [
        {
          field: 'occurredAt',
          reason: 'not a date (YYYY-MM-DD, ISO 8601 or DD.MM.YYYY, optionally with a time)',
        },
        { field: 'score', reason: 'not a number' },
      ],
    });
    expect(readFeedbackRow(row({ Datum: '2024-03-01', NPS: '4', Metrik: 'rating' }), m, REF)).toMatchObject({
      ok: false,
      problems: [{ field: 'scaleMax' }],
    });
    expect(readFeedbackRow(row({ Datum: '2024-03-01', NPS: '4', Metrik: 'stars' }), m, REF)).toMatchObject({
      ok: false,
      problems: [{ field: 'metric' }],
    });
    expect(readFeedbackRow(['2024-03-01', '9'], m, REF)).toEqual({
      ok: false,
      malformed: 'has 2 columns, the header has 11',
    });

    const r = readFeedbackRow(row({ Datum: '2024-03-01', NPS: '11', Kanal: 'fax' }), m, REF);
    const parsed = r.ok ? ZFeedbackInput.safeParse(r.entry) : null;
    expect(parsed?.success).toBe(false);
    expect(parsed?.error?.issues.map((i) => importFieldOf(i.path.join('.'))).sort()).toEqual([
      'channel',
      'score',
    ]);
  });
});
