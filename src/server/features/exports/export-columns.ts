import type { Language } from '../../../shared/contracts/common.js';
import type { MetricExportColumn, ResponseExportColumn } from '../../../shared/contracts/exports.js';

interface ColumnText {
  en: string;
  de: string;
  width: number;
}

export const RESPONSE_COLUMN_TEXT: Record<ResponseExportColumn, ColumnText> = {
  id: { en: 'ID', de: 'ID', width: 38 },
  time: { en: 'Time (UTC)', de: 'Zeitpunkt (UTC)', width: 20 },
  survey: { en: 'Survey', de: 'Umfrage', width: 28 },
  metric: { en: 'Metric', de: 'Kennzahl', width: 9 },
  score: { en: 'Score', de: 'Wert', width: 7 },
  comment: { en: 'Comment', de: 'Kommentar', width: 60 },
  channel: { en: 'Channel', de: 'Kanal', width: 9 },
  language: { en: 'Language', de: 'Sprache', width: 9 },
  contact: { en: 'Customer ID', de: 'Kunden-ID', width: 16 },
  segment: { en: 'Segment', de: 'Segment', width: 14 },
  region: { en: 'Region', de: 'Region', width: 12 },
  hiddenFields: { en: 'Hidden fields', de: 'Versteckte Felder', width: 30 },
};

export const METRIC_COLUMN_TEXT: Record<MetricExportColumn, ColumnText> = {
  month: { en: 'Month', de: 'Monat', width: 9 },
  metric: { en: 'Metric', de: 'Kennzahl', width: 9 },
  scale: { en: 'Scale', de: 'Skala', width: 7 },
  n: { en: 'n', de: 'n', width: 7 },
  score: {
    en: 'Score (NPS points; CSAT % satisfied; CES % agreeing)',
    de: 'Wert (NPS-Punkte; CSAT % zufrieden; CES % Zustimmung)',
    width: 22,
  },
  ciLow: { en: '95 % CI low', de: '95-%-KI unten', width: 12 },
  ciHigh: { en: '95 % CI high', de: '95-%-KI oben', width: 12 },
  promoters: { en: 'Promoters', de: 'Promotoren', width: 11 },
  passives: { en: 'Passives', de: 'Passive', width: 10 },
  detractors: { en: 'Detractors', de: 'Kritiker', width: 11 },
  mean: { en: 'Mean', de: 'Mittelwert', width: 10 },
};

export const EXPORT_NAMES: Record<'responses' | 'metrics', Record<Language, string>> = {
  responses: { en: 'responses', de: 'antworten' },
  metrics: { en: 'metrics', de: 'kennzahlen' },
};

export const SHEET_NAMES: Record<'responses' | 'metrics', Record<Language, string>> = {
  responses: { en: 'Responses', de: 'Antworten' },
  metrics: { en: 'Metrics', de: 'Kennzahlen' },
};
