/** Mean sentiment in words: the same bands the analyser labels comments with. */
export function toneOf(sentiment: number | null): 'negative' | 'neutral' | 'positive' | null {
  if (sentiment === null) return null;
  if (sentiment <= -0.15) return 'negative';
  if (sentiment >= 0.15) return 'positive';
  return 'neutral';
}
export const TONE_COLOR = { negative: 'red', neutral: 'gray', positive: 'teal' } as const;
/** Text one shade darker than Mantine's light badge, for a contrast of at least 4.5:1. */
export const TONE_TEXT = { negative: 'red.9', neutral: 'gray.8', positive: 'teal.9' } as const;
