import { useId } from 'react';
import { axisRange } from './compare-periods.js';

export interface AxisInterval {
  key: string;
  /** Short label drawn left of the row (the legend names it in full). */
  label: string;
  estimate: number;
  low: number;
  high: number;
  color: string;
}

const WIDTH = 640;
const ROW = 34;
const LEFT = 36;
const RIGHT = 16;
const TOP = 8;

/**
 * Intervals on one NPS axis, one row each, with the point estimate as a dot: overlapping bars
 * are the picture of "cannot tell". Plain SVG, with a text description for screen readers.
 */
export function IntervalAxisChart({
  intervals,
  description,
}: {
  intervals: readonly AxisInterval[];
  description: string;
}) {
  const id = useId();
  const { min, max } = axisRange(intervals);
  const height = TOP + intervals.length * ROW + 28;
  const x = (v: number) => LEFT + ((v - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  const ticks: number[] = [];
  const step = max - min > 100 ? 50 : max - min > 40 ? 20 : 10;
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) ticks.push(v);

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-desc`}
      style={{ maxWidth: WIDTH, display: 'block' }}
      data-testid="compare-chart"
    >
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((v) => (
        <g key={v}>
          <line
            x1={x(v)}
            x2={x(v)}
            y1={TOP}
            y2={height - 22}
            stroke={v === 0 ? '#868e96' : '#e9ecef'}
            strokeWidth={v === 0 ? 1.5 : 1}
          />
          <text x={x(v)} y={height - 6} textAnchor="middle" fontSize={12} fill="#495057">
            {v}
          </text>
        </g>
      ))}
      {intervals.map((iv, i) => {
        const y = TOP + i * ROW + ROW / 2;
        return (
          <g key={iv.key} data-testid={`compare-chart-${iv.key}`}>
            <text x={LEFT - 10} y={y + 4} textAnchor="end" fontSize={13} fontWeight={600} fill="#212529">
              {iv.label}
            </text>
            <line
              x1={x(iv.low)}
              x2={x(iv.high)}
              y1={y}
              y2={y}
              stroke={iv.color}
              strokeWidth={6}
              strokeLinecap="round"
              opacity={0.45}
            />
            <circle cx={x(iv.estimate)} cy={y} r={6} fill={iv.color} stroke="#fff" strokeWidth={2} />
          </g>
        );
      })}
    </svg>
  );
}
