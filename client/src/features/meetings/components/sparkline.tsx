import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatShortDay } from '../../../lib/format';
import { sparklineGeometry, TREND_DAYS, type TrendPoint } from '../utils/trend';

const WIDTH = 600;
const HEIGHT = 100;

/** Fourteen days of occupancy as a line, with the same story in words beside it. */
export function Sparkline({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const geometry = sparklineGeometry(points, WIDTH, HEIGHT);
  const lastPoint = [...points].reverse().find((point) => point.value !== null);
  const summary =
    geometry.min === null || !lastPoint
      ? t('meetings.trend.none', { count: TREND_DAYS })
      : t('meetings.trend.summary', {
          min: formatPercent(geometry.min),
          max: formatPercent(geometry.max),
          last: formatPercent(lastPoint.value),
          day: formatShortDay(lastPoint.date),
        });
  return (
    <figure className="sparkline" data-testid="sparkline">
      <figcaption id={titleId} className="sparkline__title">
        {label}
      </figcaption>
      <svg
        className="sparkline__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-summary`}
      >
        {geometry.full !== null ? (
          <line className="sparkline__full" x1={0} x2={WIDTH} y1={geometry.full} y2={geometry.full} />
        ) : null}
        {geometry.lines.map((line) => (
          <polyline key={line} className="sparkline__line" points={line} vectorEffect="non-scaling-stroke" />
        ))}
        {geometry.last ? <circle className="sparkline__dot" cx={geometry.last.x} cy={geometry.last.y} r={4} /> : null}
      </svg>
      <p id={`${titleId}-summary`} className="sparkline__summary">
        {summary}
      </p>
    </figure>
  );
}
