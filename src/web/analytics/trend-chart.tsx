import { useElementSize } from '@mantine/hooks';
import type { TMetric } from '../../shared/contracts/metrics.js';
import { useNumberLocale } from './drill-link.js';
import { formatScore } from './format-metric.js';
import { axisLabels, yDomain, yTicks } from './trend-geometry.js';
import { TREND_COLORS, TrendBands, TrendMarks, TrendXLabels, type LinkedTrendPoint } from './trend-marks.js';

export interface TrendChartPoint extends LinkedTrendPoint {
  label: string;
}

const H = 260;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };
const AXIS = TREND_COLORS.axis;
const LABEL_FONT_SIZE = 11;

let measureContext: CanvasRenderingContext2D | null | undefined;
/** A label's width as the browser will draw it (an estimate where no canvas is at hand). */
function labelWidth(text: string): number {
  if (measureContext === undefined)
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * LABEL_FONT_SIZE * 0.62;
  measureContext.font = `${LABEL_FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(measureContext.measureText(text).width);
}

/**
 * The score per bucket as a line over its 95 % band: plain SVG, so every point is a real link
 * to its answers. Thin buckets are hollow, reached by dashed lines and carry only a dotted
 * whisker, not the band.
 */
export function TrendChart({
  metric,
  points,
  label,
}: {
  metric: TMetric;
  points: readonly TrendChartPoint[];
  label: string;
}) {
  const { ref, width: measured } = useElementSize();
  const locale = useNumberLocale();
  const width = Math.max(320, Math.round(measured));
  const plotW = width - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const [min, max] = yDomain(points, metric);
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => PAD.top + ((max - Math.max(min, Math.min(max, v))) / (max - min)) * plotH;
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
        className="trend-chart"
        data-testid="trend-chart"
        style={{ display: 'block' }}
      >
        {yTicks([min, max]).map((tick) => (
          <g key={tick} aria-hidden>
            <line
              x1={PAD.left}
              x2={width - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? '#adb5bd' : '#e9ecef'}
              strokeWidth={1}
            />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={11} fill={AXIS}>
              {formatScore(metric, tick, locale)}
            </text>
          </g>
        ))}
        <TrendBands points={points} x={x} y={y} plotWidth={plotW} />
        <TrendMarks points={points} x={x} y={y} radius={5} pointTestId={(p) => `trend-point-${p.key}`} />
        <TrendXLabels points={points} labels={xLabels} bottom={H} fontSize={LABEL_FONT_SIZE} />
      </svg>
    </div>
  );
}
