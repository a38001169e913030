import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format.js';
import { NPS_COLORS, npsCategory, type NpsPoint } from './nps.js';

const W = 360;
const H = 140;
const PAD = { left: 26, right: 10, top: 8, bottom: 22 };
const TICKS = [0, 2, 4, 6, 8, 10];
/** Category bands on the 0–10 scale (the boundaries sit between whole scores). */
const BANDS = [
  { from: 0, to: 6.5, color: NPS_COLORS.detractor.tint },
  { from: 6.5, to: 8.5, color: NPS_COLORS.passive.tint },
  { from: 8.5, to: 10, color: NPS_COLORS.promoter.tint },
];

const y = (score: number) => PAD.top + ((10 - score) / 10) * (H - PAD.top - PAD.bottom);

/** A small inline chart of NPS answers over time: the 0–10 scale, category bands, one dot per answer. */
export function ScoreHistoryChart({ points }: { points: readonly NpsPoint[] }) {
  const { t } = useTranslation();
  const innerW = W - PAD.left - PAD.right;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const recent = points.slice(-20);
  const label = t('contacts.profile.npsChartLabel', {
    points: recent.map((p) => `${formatDate(p.at)}: ${p.score}`).join(', '),
  });
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`)
    .join(' ');
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="customer-nps-chart"
      style={{ display: 'block', maxWidth: W }}
    >
      {BANDS.map((b) => (
        <rect
          key={b.from}
          x={PAD.left}
          width={innerW}
          y={y(b.to)}
          height={y(b.from) - y(b.to)}
          fill={b.color}
          opacity={0.7}
        />
      ))}
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="#dee2e6"
            strokeWidth={tick === 0 ? 1 : 0.5}
          />
          <text x={PAD.left - 6} y={y(tick) + 3.5} textAnchor="end" fontSize={10} fill="#5f666e">
            {tick}
          </text>
        </g>
      ))}
      {points.length > 1 ? <path d={path} fill="none" stroke="#868e96" strokeWidth={1.5} /> : null}
      {points.map((p, i) => (
        <circle
          key={`${p.at}-${i}`}
          cx={x(i)}
          cy={y(p.score)}
          r={4.5}
          fill={NPS_COLORS[npsCategory(p.score)].dot}
          stroke="#fff"
          strokeWidth={1.5}
        >
          <title>{`${formatDate(p.at)}: ${p.score}`}</title>
        </circle>
      ))}
      {first ? (
        <text x={PAD.left} y={H - 6} fontSize={10} fill="#5f666e">
          {formatDate(first.at)}
        </text>
      ) : null}
      {last && points.length > 1 ? (
        <text x={W - PAD.right} y={H - 6} fontSize={10} fill="#5f666e" textAnchor="end">
          {formatDate(last.at)}
        </text>
      ) : null}
    </svg>
  );
}
