import type { SeriesForecast } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, ComposedChart, Legend, ReferenceLine, Tooltip, YAxis } from 'recharts';
import { AXIS_STYLE, CHART_STYLE, dayLabel, numberTick } from '../../../components/charts/axis';
import { dayGrid, seriesLine } from '../../../components/charts/series-line';
import { formatNumber } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { forecastChartRows } from '../utils/forecast-rows';
import { ForecastTable } from './forecast-table';

// A tooltip value: a number, or an interval as "13–16".
const tooltipValue = (value: unknown): string =>
  Array.isArray(value)
    ? `${formatNumber(value[0] as number, 1)}–${formatNumber(value[1] as number, 1)}`
    : formatNumber(value as number, 1);

// Legend words in the text colour: the band's own light colour would be too faint to read.
const legendText = (value: string) => <span className="forecast__legend">{value}</span>;

/**
 * The places occupied lately and forecast, with the 80 % interval as a band, and the places there
 * will be (planned changes included) as steps; its numbers in a table beside it. Nothing animates:
 * a live update redraws it in place.
 */
export default function ForecastChart({ series }: { series: SeriesForecast }) {
  const { t } = useTranslation();
  const rows = useMemo(() => forecastChartRows(series), [series]);
  const id = `forecast-chart-${series.code}`;
  const description = t('forecast.chart.description', { recent: series.recent.length, days: series.capacity.length });
  return (
    <div className="forecast__figure">
      <section className="chart" aria-labelledby={`${id}-title`} data-testid="forecast-chart">
        <h3 id={`${id}-title`} className="chart__title">
          {t('forecast.chart.title', { name: series.name })}
        </h3>
        <p className="chart__description">{description}</p>
        <div className="chart__canvas">
          <ComposedChart data={rows} style={CHART_STYLE} responsive desc={description}>
            {dayGrid()}
            <YAxis tickFormatter={numberTick} tick={AXIS_STYLE} width={44} allowDecimals={false} />
            <Tooltip labelFormatter={dayLabel} formatter={tooltipValue} />
            <Legend formatter={legendText} />
            <Area
              dataKey="interval"
              name={t('forecast.chart.interval')}
              fill={CHART_COLOURS.interval}
              fillOpacity={0.6}
              stroke="none"
              isAnimationActive={false}
              activeDot={false}
            />
            {seriesLine({
              dataKey: 'surgeCapacity',
              name: t('forecast.chart.surgeCapacity'),
              stroke: CHART_COLOURS.surge,
              dash: '2 3',
              step: true,
            })}
            {seriesLine({
              dataKey: 'capacity',
              name: t('forecast.chart.capacity'),
              stroke: CHART_COLOURS.capacity,
              dash: '6 3',
              step: true,
            })}
            {seriesLine({ dataKey: 'occupied', name: t('forecast.chart.occupied'), stroke: CHART_COLOURS.occupied, width: 3 })}
            {seriesLine({
              dataKey: 'expected',
              name: t('forecast.chart.expected'),
              stroke: CHART_COLOURS.expected,
              dash: '8 4',
              width: 3,
            })}
            <ReferenceLine
              x={series.asOf}
              stroke={CHART_COLOURS.capacity}
              label={{ value: t('forecast.chart.asOf'), position: 'insideTopLeft', fontSize: 12 }}
            />
          </ComposedChart>
        </div>
      </section>
      <ForecastTable series={series} />
    </div>
  );
}
