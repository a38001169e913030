import { useElementSize } from '@mantine/hooks';
import { useNumberLocale } from '../analytics/drill-link.js';
import { axisLabels, confidentRuns } from '../analytics/trend-geometry.js';
import { TREND_COLORS, TrendMarks, type LinkedTrendPoint } from '../analytics/trend-marks.js';
import { formatPercent } from '../lib/format-percent.js';
import { shareAxis } from './share-axis.js';

export interface ShareChartPoint extends LinkedTrendPoint {
  label: string;
}

const H = 240;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };
const BAND = TREND_COLORS.band;
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
  const band = (run: number[]) => {
    const at = (i: number, edge: 'low' | 'high') =>
      `${x(i).toFixed(1)},${y(points[i]?.ci?.[edge] ?? 0).toFixed(1)}`;
    if (run.length === 1) {
      const i = run[0] as number;
      const half = Math.min(10, plotW / Math.max(1, points.length - 1) / 3);
      return `M${(x(i) - half).toFixed(1)},${y(points[i]?.ci?.high ?? 0).toFixed(1)} H${(x(i) + half).toFixed(1)} V${y(points[i]?.ci?.low ?? 0).toFixed(1)} H${(x(i) - half).toFixed(1)} Z`;
    }
    return `M${run.map((i) => at(i, 'high')).join(' L')} L${[...run]
      .reverse()
      .map((i) => at(i, 'low'))
      .join(' L')} Z`;
  };

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
        {confidentRuns(points).map((run) => (
          <path
            key={run[0]}
            d={band(run)}
            fill={BAND}
            opacity={0.55}
            aria-hidden
            data-testid="theme-share-band"
          />
        ))}
        <TrendMarks points={points} x={x} y={y} radius={4.5} pointTestId={() => 'theme-share-point'} />
        {xLabels.map(({ index, start }) => (
          <text
            key={`x-${points[index]?.key}`}
            x={start}
            y={H - 8}
            textAnchor="start"
            fontSize={LABEL_FONT_SIZE}
            fill={AXIS}
            aria-hidden
          >
            {points[index]?.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
