import { useElementSize } from '@mantine/hooks';
import type { MouseEvent } from 'react';
import type { TMetric } from '../../shared/contracts/metrics.js';
import { followLink } from '../router/history.js';
import { useNumberLocale } from './drill-link.js';
import { formatScore } from './format-metric.js';
import {
  axisLabels,
  confidentRuns,
  lineSegments,
  yDomain,
  yTicks,
  type TrendPoint,
} from './trend-geometry.js';

export interface TrendChartPoint extends TrendPoint {
  label: string;
  /** What the point says, for screen readers and the hover title. */
  description: string;
  href: string;
}

const H = 260;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };
const LINE = '#2f53a3';
const BAND = '#b5c6ea';
const AXIS = '#5f666e';
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

  const bandPath = (run: number[]) => {
    const upper = run.map((i) => `${x(i).toFixed(1)},${y(points[i]?.ci?.high ?? 0).toFixed(1)}`);
    const lower = [...run]
      .reverse()
      .map((i) => `${x(i).toFixed(1)},${y(points[i]?.ci?.low ?? 0).toFixed(1)}`);
    // A single confident bucket between thin ones still shows its interval, as a short bar.
    if (run.length === 1) {
      const i = run[0] as number;
      const half = Math.min(10, plotW / Math.max(1, points.length - 1) / 3);
      return `M${(x(i) - half).toFixed(1)},${y(points[i]?.ci?.high ?? 0).toFixed(1)} H${(x(i) + half).toFixed(1)} V${y(points[i]?.ci?.low ?? 0).toFixed(1)} H${(x(i) - half).toFixed(1)} Z`;
    }
    return `M${upper.join(' L')} L${lower.join(' L')} Z`;
  };

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
        {confidentRuns(points).map((run) => (
          <path key={run[0]} d={bandPath(run)} fill={BAND} opacity={0.55} aria-hidden />
        ))}
        {points.map((p, i) =>
          p.isThin && p.ci && p.score !== null ? (
            <line
              key={`w-${p.key}`}
              x1={x(i)}
              x2={x(i)}
              y1={y(p.ci.high)}
              y2={y(p.ci.low)}
              stroke={AXIS}
              strokeWidth={1}
              strokeDasharray="2 3"
              aria-hidden
            />
          ) : null,
        )}
        {lineSegments(points).map((s) => (
          <line
            key={`${s.from}-${s.to}`}
            x1={x(s.from)}
            y1={y(points[s.from]?.score ?? 0)}
            x2={x(s.to)}
            y2={y(points[s.to]?.score ?? 0)}
            stroke={LINE}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '5 4' : undefined}
            opacity={s.dashed ? 0.6 : 1}
            aria-hidden
          />
        ))}
        {points.map((p, i) =>
          p.score === null ? null : (
            <a
              key={p.key}
              href={p.href}
              aria-label={p.description}
              onClick={(e: MouseEvent<HTMLAnchorElement>) => followLink(e, p.href)}
              data-testid={`trend-point-${p.key}`}
            >
              <title>{p.description}</title>
              <circle className="trend-hit" cx={x(i)} cy={y(p.score)} r={11} fill="transparent" />
              <circle
                cx={x(i)}
                cy={y(p.score)}
                r={p.isThin ? 4.5 : 5}
                fill={p.isThin ? '#fff' : LINE}
                stroke={LINE}
                strokeWidth={p.isThin ? 2 : 1.5}
                data-thin={p.isThin || undefined}
              />
            </a>
          ),
        )}
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
