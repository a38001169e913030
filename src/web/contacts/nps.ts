import type { TTimelineEntry } from '../../shared/contracts/contacts.js';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** The Net Promoter categories: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Dot colour for charts, and text on a tint for badges (both AA on their background). */
export const NPS_COLORS: Record<NpsCategory, { dot: string; text: string; tint: string }> = {
  promoter: { dot: '#2f9e44', text: '#1b5e2a', tint: '#d3f9d8' },
  passive: { dot: '#f08c00', text: '#6b4100', tint: '#fff3bf' },
  detractor: { dot: '#e03131', text: '#9b1c1c', tint: '#ffe3e3' },
};

export interface NpsPoint {
  at: string;
  score: number;
}

/** NPS answers of a timeline, oldest first. */
export function npsHistory(timeline: readonly TTimelineEntry[]): NpsPoint[] {
  const points: NpsPoint[] = [];
  for (const entry of timeline) {
    if (entry.kind === 'feedback' && entry.metric === 'nps' && entry.score !== null)
      points.push({ at: entry.at, score: entry.score });
  }
  return points.sort((a, b) => a.at.localeCompare(b.at));
}
