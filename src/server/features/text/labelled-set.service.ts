import type { TLabelledItem, TLabelsQuery } from '../../../shared/contracts/tag-verdicts.js';
import type { Db } from '../../db/client.js';
import { CSV_BOM, csvRecord } from '../exports/csv-file.js';
import { labelledRows, type LabelledRow } from './tag-verdicts.repo.js';

export interface LabelsFile {
  contentType: string;
  filename: string;
  body: string;
}

const CSV_HEADER = [
  'item_id',
  'language',
  'occurred_at',
  'text',
  'tag',
  'verdict',
  'label',
  'analyser_label',
  'analyser',
  'at',
] as const;

const isoOf = (d: Date | string) => new Date(d).toISOString();

/**
 * `GET /api/v1/themes/labels`: the organization's own labelled set — every comment an agent judged,
 * with the verdicts on its themes and sentiment — for evaluating the analyser and training a model
 * on the organization's language. Only comments still stored are in it.
 */
export async function labelledSet(db: Db, organizationId: string, q: TLabelsQuery): Promise<LabelsFile> {
  const rows = await labelledRows(db, organizationId);
  if (q.format === 'csv') {
    const cells = rows.map((r) => [
      r.item_id,
      r.language,
      isoOf(r.occurred_at),
      r.text,
      r.tag,
      r.verdict,
      r.label,
      r.analyser_label,
      r.analyser,
      isoOf(r.at),
    ]);
    const body = CSV_BOM + csvRecord(CSV_HEADER) + cells.map(csvRecord).join('');
    return { contentType: 'text/csv; charset=utf-8', filename: 'labelled-set.csv', body };
  }
  const lines = groupByItem(rows).map((item) => `${JSON.stringify(item)}\n`);
  return {
    contentType: 'application/x-ndjson; charset=utf-8',
    filename: 'labelled-set.jsonl',
    body: lines.join(''),
  };
}

/** One entry per item, its verdicts gathered (the rows arrive ordered by item). */
function groupByItem(rows: readonly LabelledRow[]): TLabelledItem[] {
  const items = new Map<string, TLabelledItem>();
  for (const r of rows) {
    let item = items.get(r.item_id);
    if (!item) {
      item = {
        itemId: r.item_id,
        language: r.language,
        text: r.text,
        occurredAt: isoOf(r.occurred_at),
        sentiment: null,
        themes: [],
      };
      items.set(r.item_id, item);
    }
    if (r.tag === 'sentiment')
      item.sentiment = {
        label: r.label as NonNullable<TLabelledItem['sentiment']>['label'],
        analyserLabel: r.analyser_label as NonNullable<TLabelledItem['sentiment']>['analyserLabel'],
        verdict: r.verdict as 'agree' | 'correct',
        analyser: r.analyser,
        at: isoOf(r.at),
      };
    else
      item.themes.push({
        id: r.tag,
        verdict: r.verdict as 'agree' | 'disagree',
        analyser: r.analyser,
        at: isoOf(r.at),
      });
  }
  return [...items.values()];
}
