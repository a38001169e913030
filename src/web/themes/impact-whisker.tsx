/**
 * A theme's NPS impact on a scale centred on 0 (± `reach` points): the 95 % interval as a
 * whisker, the impact as a dot, the zero line marked. An interval that crosses zero says the
 * theme's effect is not told apart from none.
 */
export function ImpactWhisker({
  impact,
  low,
  high,
  reach,
  thin,
}: {
  impact: number;
  low: number;
  high: number;
  reach: number;
  thin: boolean;
}) {
  const at = (v: number) => 50 + (Math.max(-reach, Math.min(reach, v)) / reach) * 50;
  return (
    <div className="whisker" aria-hidden data-thin={thin || undefined} data-sign={impact < 0 ? 'down' : 'up'}>
      <div className="whisker-track" />
      <div className="whisker-ref" style={{ left: '50%' }} />
      <div className="whisker-range" style={{ left: `${at(low)}%`, width: `${at(high) - at(low)}%` }} />
      <div className="whisker-dot" style={{ left: `${at(impact)}%` }} />
    </div>
  );
}
