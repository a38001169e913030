import type { TTextAnalysis } from '../../../shared/contracts/text-analysis.js';
import type { TSentimentVerdictBody, TThemeVerdictBody } from '../../../shared/contracts/tag-verdicts.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { analysisDto } from './analysis-dto.js';
import type { FeedbackAnalysis } from './item-analysis.repo.js';
import * as repo from './tag-verdicts.repo.js';

export interface JudgeDeps {
  db: Db;
  now: () => Date;
}

/** Who judges: the person, or null for an API key (which acts for the organization). */
interface Judge {
  organizationId: string;
  userId: string | null;
}

/**
 * Runs one verdict change in a transaction with the item locked, then answers with the item's
 * analysis as it now reads. 404 for an item the organization does not have or has not analysed.
 */
async function withItem(
  deps: JudgeDeps,
  judge: Judge,
  itemId: string,
  change: (tx: Db, analysis: FeedbackAnalysis) => Promise<void>,
): Promise<TTextAnalysis> {
  await deps.db.transaction(async (tx) => {
    const item = await repo.lockItemAnalysis(tx, judge.organizationId, itemId);
    if (!item) throw notFound('Feedback item');
    if (!item.analysis?.sentimentLabel) throw notFound('Analysis of the feedback item');
    await change(tx, item.analysis);
  });
  return currentAnalysis(deps.db, judge.organizationId, itemId);
}

async function currentAnalysis(db: Db, organizationId: string, itemId: string): Promise<TTextAnalysis> {
  const [item, verdicts] = await Promise.all([
    repo.itemAnalysis(db, organizationId, itemId),
    repo.verdictsOf(db, organizationId, [itemId]),
  ]);
  const dto = analysisDto(item, verdicts.get(itemId));
  if (!dto) throw notFound('Analysis of the feedback item');
  return dto;
}

/** The theme as the analyser tagged it in the item, or 404: only a found theme can be judged. */
function requireTheme(analysis: FeedbackAnalysis, themeId: string) {
  if (!(analysis.themeDetails ?? []).some((t) => t.id === themeId))
    throw notFound('Theme of the feedback item');
}

/** `PUT …/analysis/themes/{themeId}`: agree or disagree that the comment is about the theme. */
export function putThemeVerdict(
  deps: JudgeDeps,
  judge: Judge,
  itemId: string,
  themeId: string,
  body: TThemeVerdictBody,
): Promise<TTextAnalysis> {
  return withItem(deps, judge, itemId, async (tx, analysis) => {
    requireTheme(analysis, themeId);
    await repo.putThemeVerdict(tx, judge.organizationId, {
      itemId,
      themeId,
      verdict: body.verdict,
      analyser: analysis.analyser ?? null,
      byUserId: judge.userId,
      at: deps.now(),
    });
  });
}

/** `DELETE …/analysis/themes/{themeId}`: the verdict taken back; the theme counts as found. */
export function deleteThemeVerdict(
  deps: JudgeDeps,
  judge: Judge,
  itemId: string,
  themeId: string,
): Promise<TTextAnalysis> {
  return withItem(deps, judge, itemId, async (tx, analysis) => {
    requireTheme(analysis, themeId);
    await repo.deleteThemeVerdict(tx, judge.organizationId, itemId, themeId);
  });
}

/** `PUT …/analysis/sentiment`: agree with the analyser's label, or say which label is right. */
export function putSentimentVerdict(
  deps: JudgeDeps,
  judge: Judge,
  itemId: string,
  body: TSentimentVerdictBody,
): Promise<TTextAnalysis> {
  return withItem(deps, judge, itemId, async (tx, analysis) => {
    const analyserLabel = analysis.analyserSentimentLabel ?? analysis.sentimentLabel ?? 'neutral';
    const label = body.label ?? analyserLabel;
    await repo.putSentimentVerdict(tx, judge.organizationId, {
      itemId,
      // Naming the analyser's own label is agreeing with it.
      verdict: label === analyserLabel ? 'agree' : 'correct',
      label,
      analyserLabel,
      analyser: analysis.analyser ?? null,
      byUserId: judge.userId,
      at: deps.now(),
    });
  });
}

/** `DELETE …/analysis/sentiment`: the verdict taken back; the analyser's label counts again. */
export function deleteSentimentVerdict(
  deps: JudgeDeps,
  judge: Judge,
  itemId: string,
): Promise<TTextAnalysis> {
  return withItem(deps, judge, itemId, (tx) => repo.deleteSentimentVerdict(tx, judge.organizationId, itemId));
}
