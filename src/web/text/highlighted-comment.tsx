import { evidenceSegments, segmentTone, type EvidenceMark } from './evidence-segments.js';
import './highlighted-comment.css';

/**
 * A comment with the words that decided its labels marked: theme words underlined, negative and
 * positive words tinted. Every stretch is a React text node — the comment is never parsed as HTML.
 */
export function HighlightedComment({
  text,
  marks,
  className,
}: {
  text: string;
  marks: readonly EvidenceMark[];
  className?: string;
}) {
  return (
    <span className={['highlighted-comment', className].filter(Boolean).join(' ')}>
      {evidenceSegments(text, marks).map((segment, i) => {
        const tone = segmentTone(segment.marks);
        if (tone === null) return <span key={i}>{segment.text}</span>;
        const title = segment.marks.flatMap((m) => (m.label ? [m.label] : [])).join(' · ');
        return (
          <mark key={i} className="evidence" data-tone={tone} title={title || undefined}>
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
