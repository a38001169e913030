import type { Db } from '../../db/client.js';
import { countHit, readLimit } from '../../http/request-limits.repo.js';

/**
 * Mail gateways that open links in a browser often open every link of a mail within seconds of
 * delivery. A person clicks one score; several different scores of one invitation opened in a
 * short burst are a machine. Such an invitation is marked for a while: an answer it then sends
 * only through the page's interaction path is not recorded (the person is asked to press the
 * button instead). The counters live in `request_limits`, so every web node sees the same burst,
 * and the maintenance sweep removes them once their window has ended.
 */
export const BURST_WINDOW_MS = 10_000;
/** Distinct scores of one invitation opened within the window that make a burst. */
export const BURST_SCORES = 3;
/** How long a burst marks the invitation, extended by every further opening of a score link. */
export const SCANNER_MARK_MS = 10 * 60_000;

const linkKey = (invitationId: string, score: number) => `scan-link:${invitationId}:${score}`;
const burstKey = (invitationId: string) => `scan-burst:${invitationId}`;
const markKey = (invitationId: string) => `scan-mark:${invitationId}`;

/**
 * Counts one opening of a score link; returns whether the invitation is (now) marked as opened
 * by a scanner. Opening the same score again within the window is not a new score.
 */
export async function noteScoreLinkOpened(
  db: Db,
  invitationId: string,
  score: number,
  now: Date,
): Promise<boolean> {
  const link = await countHit(db, linkKey(invitationId, score), now, BURST_WINDOW_MS, 'fixed');
  const marked = await readLimit(db, markKey(invitationId), now);
  if (marked) {
    await countHit(db, markKey(invitationId), now, SCANNER_MARK_MS, 'sliding');
    return true;
  }
  if (link.hits > 1) return false;
  const burst = await countHit(db, burstKey(invitationId), now, BURST_WINDOW_MS, 'fixed');
  if (burst.hits < BURST_SCORES) return false;
  await countHit(db, markKey(invitationId), now, SCANNER_MARK_MS, 'sliding');
  return true;
}

/** Whether a burst of score links marked the invitation recently. */
export async function isMarkedAsScanned(db: Db, invitationId: string, now: Date): Promise<boolean> {
  return (await readLimit(db, markKey(invitationId), now)) !== null;
}
