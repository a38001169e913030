import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { openInvitation } from './open-invitation.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import { parseScore } from './parse-score.js';
import type { PublicDeps } from './public-deps.js';
import { noteScoreLinkOpened } from './scan-burst.js';

/**
 * GET /s/:token: shows the clicked score selected. Records nothing: link scanners GET every
 * link, and some render it in a browser; the page records only after a person's interaction.
 * Each opened score is counted towards a burst (see scan-burst.ts).
 */
export async function showScorePage(
  deps: PublicDeps,
  token: string,
  q: { score?: string | undefined; change?: string | undefined },
  nonce: string,
): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isPageOutcome(opened)) return opened;
  const { primary } = headlineQuestions(opened.definition);
  if (!primary) return pageOutcome(410, { page: 'message', model: { ...opened.base, kind: 'closed' } });
  const clicked = parseScore(q.score, opened.definition);
  const isChange = q.change !== undefined;
  if (clicked !== null && !isChange) await noteScoreLinkOpened(deps.db, opened.inv.id, clicked, deps.now());
  return pageOutcome(200, {
    page: 'score',
    model: {
      ...opened.base,
      action: `/s/${token}`,
      question: primary,
      selected: clicked ?? opened.score,
      autoSubmit: !isChange && clicked !== null,
    },
  });
}
