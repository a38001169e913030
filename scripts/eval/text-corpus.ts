/**
 * The project's own labelled German and English comments (eval/text/): sentiment macro-F1 with a
 * bootstrap interval and per-theme precision and recall of the offline analyser. Comments whose
 * id number is divisible by 4 are the held-out part nobody tunes on (eval/text/README.md); the
 * tuning part is printed beside it so over-fitting shows.
 */
import { readFileSync } from 'node:fs';
import { bootstrapInterval } from '../../src/domain/metrics/bootstrap.js';
import { labelScores, macroF1 } from '../../src/domain/metrics/classification.js';
import { mulberry32 } from '../../src/domain/metrics/mulberry32.js';
import { analyseText } from '../../src/domain/text/analyse-text.js';
import { THEME_IDS } from '../../src/domain/text/theme-catalog.js';

type Sentiment = 'positive' | 'neutral' | 'negative';
const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

interface Comment {
  id: string;
  lang: 'de' | 'en';
  text: string;
  sentiment: Sentiment;
  themes: string[];
}

interface Read {
  comment: Comment;
  sentiment: Sentiment;
  themes: ReadonlySet<string>;
  language: string;
}

const load = (lang: 'de' | 'en'): Comment[] =>
  readFileSync(new URL(`../../eval/text/comments-${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Comment);

export const isHeldOut = (id: string): boolean => Number(id.split('-')[1]) % 4 === 0;

const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(x * 100).toFixed(0).padStart(3)} %`);

function sentimentLine(label: string, reads: readonly Read[]): string {
  const pairs = reads.map((r) => ({ actual: r.comment.sentiment, predicted: r.sentiment }));
  const ci = bootstrapInterval(pairs, (sample) => macroF1(sample, SENTIMENTS), {
    random: mulberry32(1),
    resamples: 1000,
  });
  const accuracy = pairs.filter((p) => p.actual === p.predicted).length / pairs.length;
  return `  ${label.padEnd(26)} macro-F1 ${ci.estimate.toFixed(3)} [${ci.low.toFixed(3)}, ${ci.high.toFixed(3)}]  accuracy ${pct(accuracy)}  n ${pairs.length}`;
}

function themeTable(reads: readonly Read[]): string[] {
  const lines = [`  ${'theme'.padEnd(18)} ${'n'.padStart(4)}  precision  recall     F1`];
  let sumP = 0;
  let sumR = 0;
  let counted = 0;
  for (const theme of THEME_IDS) {
    const s = labelScores(
      reads.map((r) => ({ actual: r.comment.themes.includes(theme), predicted: r.themes.has(theme) })),
    );
    const n = s.truePositives + s.falseNegatives;
    lines.push(
      `  ${theme.padEnd(18)} ${String(n).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${s.f1.toFixed(2).padStart(5)}`,
    );
    if (n >= 5 && !Number.isNaN(s.precision)) {
      sumP += s.precision;
      sumR += s.recall;
      counted += 1;
    }
  }
  lines.push(
    `  mean over the ${counted} themes with ≥ 5 examples: precision ${pct(sumP / counted)}, recall ${pct(sumR / counted)}`,
  );
  return lines;
}

export function runCorpusSection(): void {
  console.log('\n== eval/text: the project’s labelled comments (German and English), the offline analyser');
  const reads: Read[] = [...load('de'), ...load('en')].map((comment) => {
    const a = analyseText(comment.text);
    return {
      comment,
      sentiment: a.sentiment.label,
      themes: new Set(a.themes.map((t) => t.themeId)),
      language: a.language,
    };
  });
  const langRight = reads.filter((r) => r.language === r.comment.lang).length;
  console.log(`   language detected right: ${langRight} of ${reads.length}`);
  for (const part of ['held-out', 'tuning'] as const) {
    const inPart = reads.filter((r) => isHeldOut(r.comment.id) === (part === 'held-out'));
    console.log(
      `\n  ${part} part (${part === 'held-out' ? 'ids divisible by 4, never tuned on' : 'what lexicons and dictionary were tuned on'}):`,
    );
    console.log(
      sentimentLine(
        'sentiment, German',
        inPart.filter((r) => r.comment.lang === 'de'),
      ),
    );
    console.log(
      sentimentLine(
        'sentiment, English',
        inPart.filter((r) => r.comment.lang === 'en'),
      ),
    );
    console.log(sentimentLine('sentiment, both', inPart));
  }
  const heldOut = reads.filter((r) => isHeldOut(r.comment.id));
  console.log('\n  themes on the held-out part, German and English together:');
  for (const line of themeTable(heldOut)) console.log(line);
  console.log('\n  themes on the tuning part:');
  for (const line of themeTable(reads.filter((r) => !isHeldOut(r.comment.id))).slice(-1)) console.log(line);
}
