import { describe, expect, it } from 'vitest';
import { evidenceSegments, segmentTone, type EvidenceMark } from './evidence-segments.js';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('evidenceSegments', () => {
  it('cuts a comment at the marks and keeps every character once', () => {
    const text = 'Die Rechnung kam zweimal, leider.';
    const marks: EvidenceMark[] = [
      { start: 4, end: 12, tone: 'theme', label: 'Billing' },
      { start: 26, end: 32, tone: 'negative' },
    ];
    const segments = evidenceSegments(text, marks);
    expect(join(segments)).toBe(text);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['Die ', 0],
      ['Rechnung', 1],
      [' kam zweimal, ', 0],
      ['leider', 1],
      ['.', 0],
    ]);
  });

  it('splits overlapping marks into stretches covered by one or both', () => {
    const text = 'zweimal abgebucht';
    const theme: EvidenceMark = { start: 0, end: 17, tone: 'theme' };
    const cue: EvidenceMark = { start: 8, end: 17, tone: 'negative' };
    const segments = evidenceSegments(text, [theme, cue]);
    expect(segments.map((s) => s.text)).toEqual(['zweimal ', 'abgebucht']);
    expect(segments[1]?.marks).toEqual([theme, cue]);
    expect(segmentTone(segments[1]?.marks ?? [])).toBe('negative');
    expect(segmentTone(segments[0]?.marks ?? [])).toBe('theme');
  });

  it('drops marks beyond the text or empty, and never splits a surrogate pair', () => {
    const text = 'ok 😡 bad';
    const segments = evidenceSegments(text, [
      { start: 4, end: 5, tone: 'negative' }, // starts inside the emoji's pair: widened to its start
      { start: 40, end: 50, tone: 'theme' },
      { start: 2, end: 2, tone: 'theme' },
    ]);
    expect(join(segments)).toBe(text);
    expect(segments.every((s) => !/^[\udc00-\udfff]/.test(s.text))).toBe(true);
    expect(segments.filter((s) => s.marks.length > 0).map((s) => s.text)).toEqual(['😡']);
    const ending = evidenceSegments(text, [{ start: 3, end: 4, tone: 'negative' }]);
    expect(ending.filter((s) => s.marks.length > 0).map((s) => s.text)).toEqual(['😡']);
  });

  it('returns the whole text unmarked when nothing is marked', () => {
    expect(evidenceSegments('fine', [])).toEqual([{ text: 'fine', marks: [] }]);
    expect(evidenceSegments('', [])).toEqual([]);
  });
});
