import type { MouseEvent } from 'react';
import { followLink } from '../router/history.js';
import { confidentRuns, lineSegments, type AxisLabel, type TrendPoint } from './trend-geometry.js';

/** A trend's point that links to what it counts. */
export interface LinkedTrendPoint extends TrendPoint {
  /** What the point says, for screen readers and the hover title. */
  description: string;
  href: string;
}

/** The trend charts' colours: the line, its 95 % band, axes and whiskers. */
export const TREND_COLORS = { line: '#2f53a3', band: '#b5c6ea', axis: '#5f666e' } as const;

/**
 * A trend's 95 % band over each run of confident points; a single confident point between thin
 * ones still shows its interval, as a short bar (at most a third of the step between points).
 */
export function TrendBands({
  points,
  x,
  y,
  plotWidth,
  testId,
}: {
  points: readonly TrendPoint[];
  x: (index: number) => number;
  y: (value: number) => number;
  plotWidth: number;
  testId?: string;
}) {
  const at = (i: number, edge: 'low' | 'high') =>
    `${x(i).toFixed(1)},${y(points[i]?.ci?.[edge] ?? 0).toFixed(1)}`;
  const path = (run: number[]) => {
    if (run.length === 1) {
      const i = run[0] as number;
      const half = Math.min(10, plotWidth / Math.max(1, points.length - 1) / 3);
      return `M${(x(i) - half).toFixed(1)},${y(points[i]?.ci?.high ?? 0).toFixed(1)} H${(x(i) + half).toFixed(1)} V${y(points[i]?.ci?.low ?? 0).toFixed(1)} H${(x(i) - half).toFixed(1)} Z`;
    }
    const lower = [...run].reverse().map((i) => at(i, 'low'));
    return `M${run.map((i) => at(i, 'high')).join(' L')} L${lower.join(' L')} Z`;
  };
  return (
    <>
      {confidentRuns(points).map((run) => (
        <path
          key={run[0]}
          d={path(run)}
          fill={TREND_COLORS.band}
          opacity={0.55}
          aria-hidden
          data-testid={testId}
        />
      ))}
    </>
  );
}

/** The labels under a trend's x axis that fit (`axisLabels` chose them), at the chart's foot. */
export function TrendXLabels({
  points,
  labels,
  bottom,
  fontSize,
}: {
  points: readonly (TrendPoint & { label: string })[];
  labels: readonly AxisLabel[];
  bottom: number;
  fontSize: number;
}) {
  return (
    <>
      {labels.map(({ index, start }) => (
        <text
          key={`x-${points[index]?.key}`}
          x={start}
          y={bottom - 8}
          textAnchor="start"
          fontSize={fontSize}
          fill={TREND_COLORS.axis}
          aria-hidden
        >
          {points[index]?.label}
        </text>
      ))}
    </>
  );
}

/**
 * What every trend draws over its band: a dotted whisker for each thin point (too few answers for
 * a band), the line between points (dashed towards a thin one), and each point as a link to its
 * answers — a hollow dot when thin, with a larger invisible target for fingers.
 */
export function TrendMarks({
  points,
  x,
  y,
  radius,
  pointTestId,
}: {
  points: readonly LinkedTrendPoint[];
  x: (index: number) => number;
  y: (value: number) => number;
  /** A confident point's dot; a thin one's is half a pixel smaller. */
  radius: number;
  pointTestId: (point: LinkedTrendPoint) => string;
}) {
  return (
    <>
      {points.map((p, i) =>
        p.isThin && p.ci && p.score !== null ? (
          <line
            key={`w-${p.key}`}
            x1={x(i)}
            x2={x(i)}
            y1={y(p.ci.high)}
            y2={y(p.ci.low)}
            stroke={TREND_COLORS.axis}
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
          stroke={TREND_COLORS.line}
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
            data-testid={pointTestId(p)}
          >
            <title>{p.description}</title>
            <circle className="trend-hit" cx={x(i)} cy={y(p.score)} r={11} fill="transparent" />
            <circle
              cx={x(i)}
              cy={y(p.score)}
              r={p.isThin ? radius - 0.5 : radius}
              fill={p.isThin ? '#fff' : TREND_COLORS.line}
              stroke={TREND_COLORS.line}
              strokeWidth={p.isThin ? 2 : 1.5}
              data-thin={p.isThin || undefined}
            />
          </a>
        ),
      )}
    </>
  );
}
