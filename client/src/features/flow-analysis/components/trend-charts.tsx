import {
  WEEKDAY_CATEGORIES,
  type FlowStatistics,
  type FlowStatisticsResponse,
  type WeekdayPatternResponse,
} from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFigure, formatMonthYear } from '../../../lib/format';
import { CHART_COLOURS, seriesColour } from '../../../lib/palette';

const AXIS = { fontSize: 12, fill: '#333333' } as const;
const STYLE = { width: '100%', height: 280 } as const;
const figureValue = (value: unknown) => formatFigure(typeof value === 'number' ? value : null);

type Trend = 'readmissions' | 'ready';
const VALUE: Record<Trend, (s: FlowStatistics) => number | null> = {
  readmissions: (s) => s.readmissionRatePct,
  ready: (s) => s.readyAverage,
};

/**
 * A month-by-month trend of the region and one municipality: readmissions as a percentage of
 * discharges, or patients ready for discharge on an average day. The tables beside it give every
 * municipality's figures as text.
 */
export function MonthlyTrendChart({
  statistics,
  trend,
  code,
}: {
  statistics: FlowStatisticsResponse;
  trend: Trend;
  code: string | null;
}) {
  const { t } = useTranslation();
  const municipality = statistics.municipalities.find((m) => m.code === code) ?? null;
  const rows = statistics.months.map((month, index) => ({
    month,
    region: VALUE[trend](statistics.total.months[index] as FlowStatistics),
    municipality: municipality ? VALUE[trend](municipality.months[index] as FlowStatistics) : null,
  }));
  const description = t(`analysis.${trend}.trend`);
  return (
    <figure className="chart" data-testid={`trend-${trend}`}>
      <figcaption className="chart__description">{description}</figcaption>
      <div className="chart__canvas">
        <LineChart data={rows} style={STYLE} responsive desc={description}>
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="month" tickFormatter={formatMonthYear} tick={AXIS} minTickGap={24} />
          <YAxis tick={AXIS} width={44} />
          <Tooltip
            labelFormatter={(label) => (typeof label === 'string' ? formatMonthYear(label) : '')}
            formatter={figureValue}
          />
          <Legend />
          <Line
            dataKey="region"
            name={t('analysis.regionTotal')}
            stroke={seriesColour(0)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {municipality ? (
            <Line
              dataKey="municipality"
              name={municipality.name}
              stroke={seriesColour(1)}
              strokeDasharray="6 3"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </div>
    </figure>
  );
}

/** Discharges per day by weekday, red days apart: the region and one municipality as bars. */
export function WeekdayChart({ pattern, code }: { pattern: WeekdayPatternResponse; code: string | null }) {
  const { t } = useTranslation();
  const municipality = pattern.municipalities.find((m) => m.code === code) ?? null;
  const perMunicipality = pattern.municipalities.length || 1;
  const rows = WEEKDAY_CATEGORIES.map((category) => ({
    day: t(`analysis.weekday.day${category}`),
    // The region's average municipality, so one municipality's bars compare at the same scale.
    region: (pattern.total.find((day) => day.category === category)?.dischargesPerDay ?? 0) / perMunicipality,
    municipality: municipality?.weekdays.find((day) => day.category === category)?.dischargesPerDay ?? null,
  }));
  const description = t('analysis.weekday.chart');
  return (
    <figure className="chart" data-testid="weekday-chart">
      <figcaption className="chart__description">{description}</figcaption>
      <div className="chart__canvas">
        <BarChart data={rows} style={STYLE} responsive desc={description}>
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={AXIS} />
          <YAxis tick={AXIS} width={44} />
          <Tooltip formatter={figureValue} />
          <Legend />
          <Bar dataKey="region" name={t('analysis.averageMunicipality')} fill={seriesColour(0)} isAnimationActive={false} />
          {municipality ? (
            <Bar dataKey="municipality" name={municipality.name} fill={seriesColour(1)} isAnimationActive={false} />
          ) : null}
        </BarChart>
      </div>
    </figure>
  );
}
