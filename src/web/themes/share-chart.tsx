import { useElementSize } from '@mantine/hooks';
import { useNumberLocale } from '../analytics/drill-link.js';
import { axisLabels } from '../analytics/trend-geometry.js';
import {
  TREND_COLORS,
  TrendBands,
  TrendMarks,
  TrendXLabels,
  type LinkedTrendPoint,
} from '../analytics/trend-marks.js';
import { formatPercent } from '../lib/format-percent.js';
import { shareAxis } from './share-axis.js';

export interface ShareChartPoint extends LinkedTrendPoint {
  label: string;
}

const H = 240;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };
const AXIS = TREND_COLORS.axis;
const LABEL_FONT_SIZE = 11;
/** Labels are measured roughly: dates and week numbers are short and of similar width. */
const labelWidth = (text: string) => Math.ceil(text.length * LABEL_FONT_SIZE * 0.62);

/**
 * A theme's share of the comments per bucket as a line over its 95 % band — drawn like the
 * dashboard's score trend (plain SVG and its geometry, so every point is a real link to its
 * answers), on a percent axis from 0 that fits the share. Thin buckets are hollow, reached by
 * dashed lines and carry a dotted whisker instead of the band; buckets without comments are gaps.
 */
export function ShareChart({ points, label }: { points: readonly ShareChartPoint[]; label: string }) {
  const { ref, width: measured } = useElementSize();
  const locale = useNumberLocale();
  const width = Math.max(300, Math.round(measured));
  const plotW = width - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const { max, ticks } = shareAxis(points);
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => PAD.top + ((max - Math.max(0, Math.min(max, v))) / max) * plotH;
  const xLabels = axisLabels(
    points.map((_, i) => x(i)),
    points.map((p) => labelWidth(p.label)),
    [PAD.left - 8, width - 4],
    14,
  );
  return (
    <div ref={ref} style={{ width: '100%' }}>
      <svg
        width={width}
        height={H}
        viewBox={`0 0 ${width} ${H}`}
        role="group"
        aria-label={label}
        data-testid="theme-share-chart"
        style={{ display: 'block' }}
      >
        {ticks.map((tick) => (
          <g key={tick} aria-hidden>
            <line
              x1={PAD.left}
              x2={width - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? '#adb5bd' : '#e9ecef'}
              strokeWidth={1}
            />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={LABEL_FONT_SIZE} fill={AXIS}>
              {formatPercent(tick, locale)}
            </text>
          </g>
        ))}
        <TrendBands points={points} x={x} y={y} plotWidth={plotW} testId="theme-share-band" />
        <TrendMarks points={points} x={x} y={y} radius={4.5} pointTestId={() => 'theme-share-point'} />
        <TrendXLabels points={points} labels={xLabels} bottom={H} fontSize={LABEL_FONT_SIZE} />
      </svg>
    </div>
  );
}
