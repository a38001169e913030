import type { TCaseShare } from '../../../shared/contracts/cases.js';
import { formatPercent } from '../../lib/format-percent.js';
import { numberFormat, type NumberLocale } from '../../lib/number-locale.js';

/** A share as a whole percentage ("72%", "72 %"); "–" without cases. */
export function formatShareValue(share: TCaseShare, locale: NumberLocale): string {
  return share.percent === null ? '–' : formatPercent(share.percent, locale);
}

/** Its 95 % interval, the unit once at the end ("48–88%", "48–88 %"); "–" without cases. */
export function formatShareInterval(share: TCaseShare, locale: NumberLocale): string {
  if (share.low === null || share.high === null) return '–';
  const low = numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(share.low) || 0);
  return `${low}–${formatPercent(share.high, locale)}`;
}
