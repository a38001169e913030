/**
 * Theme discovery (issue 16, "Speed"): `discoverThemes` over BENCH_DISCOVERY_N comments (50,000)
 * in process — TF-IDF over stems and character n-grams, k by the square-root rule, spherical
 * k-means with restarts, labels and examples — next to the baseline of only tokenizing and
 * stemming the same comments, measured the same way in the same run. Target: under a minute with
 * bounded memory; peak RSS is the process's (getrusage), printed after each step.
 * The comments are the project's labelled German and English set (eval/text/), recombined:
 * a comment's sentences with another's, so the 50,000 are not 791 texts repeated.
 */
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../src/domain/metrics/mulberry32.js';
import { discoverThemes, type DiscoveryComment } from '../src/domain/text/discover-themes.js';
import { stem, tokenize } from '../src/domain/text/tokenize.js';
import { report } from './measure.js';

interface EvalComment {
  readonly text: string;
  readonly lang: 'de' | 'en';
}

const source: EvalComment[] = ['de', 'en'].flatMap((lang) =>
  readFileSync(new URL(`../eval/text/comments-${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalComment),
);

/** n comments: each a source comment's first sentence, half of them followed by another's last (same language). */
export function recombinedComments(n: number, seed = 16): DiscoveryComment[] {
  const random = mulberry32(seed);
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const byLang = { de: source.filter((c) => c.lang === 'de'), en: source.filter((c) => c.lang === 'en') };
  return Array.from({ length: n }, () => {
    const first = source[Math.floor(random() * source.length)] as EvalComment;
    const parts = sentences(first.text);
    let text = parts[0] ?? first.text;
    if (random() < 0.5) {
      const pool = byLang[first.lang];
      const other = sentences((pool[Math.floor(random() * pool.length)] as EvalComment).text);
      text = `${text} ${other.at(-1) ?? ''}`.trim();
    }
    return { text, language: first.lang };
  });
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export function discoveryBench(): void {
  const n = Number(process.env.BENCH_DISCOVERY_N ?? 50_000);
  const comments = recombinedComments(n);
  // Baseline: tokenizing and stemming every word, nothing kept.
  let sink = 0;
  const t0 = performance.now();
  for (const c of comments)
    for (const t of tokenize(c.text).tokens)
      if (t.kind === 'word') sink += stem(t.text, c.language === 'en' ? 'en' : 'de').length;
  const baselineMs = performance.now() - t0;
  const rssBaseline = peakRssMb();
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const result = discoverThemes(comments);
  const seconds = (performance.now() - t1) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rssDiscovery = peakRssMb();
  if (sink < 0) console.log(sink);
  report(
    `discovery: ${n} comments grouped (k ${result.k}), seconds`,
    seconds,
    's',
    'tokenize + stem the same comments',
    baselineMs / 1000,
  );
  console.log(
    `discovery: ${result.candidates.length} candidates, ${result.unclustered} unclustered; CPU ${cpuSeconds.toFixed(1)} s (wall clock above: the machine is shared); peak RSS ${rssBaseline.toFixed(0)} MB after the baseline, ${rssDiscovery.toFixed(0)} MB after discovery (target < 60 s) → ${seconds < 60 ? 'ok' : 'SLOW'}`,
  );
  for (const c of result.candidates.slice(0, 5))
    console.log(`  ${c.size.toString().padStart(6)}  ${c.terms.join(', ')}`);
}
