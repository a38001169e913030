import type { MouseEvent } from 'react';
import { followLink } from '../router/history.js';
import { lineSegments, type TrendPoint } from './trend-geometry.js';

/** A trend's point that links to what it counts. */
export interface LinkedTrendPoint extends TrendPoint {
  /** What the point says, for screen readers and the hover title. */
  description: string;
  href: string;
}

/** The trend charts' colours: the line, its 95 % band, axes and whiskers. */
export const TREND_COLORS = { line: '#2f53a3', band: '#b5c6ea', axis: '#5f666e' } as const;

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
