import type { TCaseShare } from '../../../shared/contracts/cases.js';
import { FEW_CASES } from './report-links.js';

const clamp = (v: number) => Math.max(0, Math.min(100, v));

/**
 * A share on a 0–100 % scale: the 95 % interval as a whisker, the share as a dot, and where given
 * the overall share as a dashed line. A group of few cases keeps its (wide) interval, drawn
 * lighter with a hollow dot: the uncertainty is shown, never hidden.
 */
export function ShareWhisker({ share, reference }: { share: TCaseShare; reference?: number | null }) {
  const thin = share.n < FEW_CASES;
  return (
    <div className="whisker" aria-hidden data-thin={thin || undefined}>
      <div className="whisker-track" />
      {reference !== null && reference !== undefined ? (
        <div className="whisker-ref" style={{ left: `${clamp(reference)}%` }} />
      ) : null}
      {share.low !== null && share.high !== null ? (
        <div
          className="whisker-range"
          style={{ left: `${clamp(share.low)}%`, width: `${clamp(share.high) - clamp(share.low)}%` }}
        />
      ) : null}
      {share.percent !== null ? (
        <div className="whisker-dot" style={{ left: `${clamp(share.percent)}%` }} />
      ) : null}
    </div>
  );
}
