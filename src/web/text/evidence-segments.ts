/** A stretch of a comment that decided a label: offsets in UTF-16 code units, end exclusive. */
export interface EvidenceMark {
  readonly start: number;
  readonly end: number;
  /** How the words counted: a theme's words, or words that made the comment sound positive or negative. */
  readonly tone: 'theme' | 'positive' | 'negative';
  /** What to tell the reader on hover, e.g. "Billing" or "lexicon −0.6". */
  readonly label?: string;
}

export interface CommentSegment {
  readonly text: string;
  /** The marks covering this stretch, empty for plain text. */
  readonly marks: readonly EvidenceMark[];
}

/**
 * Cuts a comment at every mark's edges so each stretch can be drawn as plain text or as a marked
 * one. Marks may overlap (a theme's words are often also the negative words); marks outside the
 * text or empty ones are dropped rather than trusted, because a comment can be edited after it was
 * read. Offsets falling inside a surrogate pair are moved outward so no emoji is split in two.
 */
export function evidenceSegments(text: string, marks: readonly EvidenceMark[]): CommentSegment[] {
  const valid = marks
    .map((m) => ({ ...m, start: safeEdge(text, m.start, -1), end: safeEdge(text, m.end, 1) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: CommentSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i] ?? 0;
    const end = edges[i + 1] ?? start;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const previous = segments.at(-1);
    if (previous && sameMarks(previous.marks, covering)) {
      segments[segments.length - 1] = { text: previous.text + text.slice(start, end), marks: covering };
    } else segments.push({ text: text.slice(start, end), marks: covering });
  }
  return segments;
}

/** Moves an offset that falls between a surrogate pair's halves outward (`-1` back, `1` on). */
function safeEdge(text: string, offset: number, outward: -1 | 1): number {
  const at = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  const insidePair = code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  return insidePair ? at + (outward < 0 ? -1 : 1) : at;
}

function sameMarks(a: readonly EvidenceMark[], b: readonly EvidenceMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** The strongest tone of a stretch: a negative or positive word outranks a theme's word. */
export function segmentTone(marks: readonly EvidenceMark[]): EvidenceMark['tone'] | null {
  if (marks.some((m) => m.tone === 'negative')) return 'negative';
  if (marks.some((m) => m.tone === 'positive')) return 'positive';
  return marks.length > 0 ? 'theme' : null;
}
