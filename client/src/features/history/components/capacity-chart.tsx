import type { History } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Legend, LineChart, Tooltip, YAxis } from 'recharts';
import { formatFigure } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { type CapacityRow, holidayMarks, municipalCapacitySeries } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, pointLabel, numberTick, numberValue } from '../../../components/charts/axis';
import { ChartFrame } from './chart-frame';
import { DayTable } from './day-table';
import { dayGrid, seriesLine } from '../../../components/charts/series-line';

/** One municipality's short-term places over time: occupied, available, and what could open. */
export function CapacityChart({ history, code }: { history: History; code: string }) {
  const { t } = useTranslation();
  const rows = useMemo(() => municipalCapacitySeries(history, code), [history, code]);
  const marks = useMemo(() => holidayMarks(history), [history]);
  return (
    <ChartFrame
      holidays
      id="capacity"
      title={t('charts.capacity.title')}
      description={t('charts.capacity.description')}
      chart={
        <LineChart data={rows} style={CHART_STYLE} responsive desc={t('charts.capacity.description')}>
          {dayGrid(history, marks)}
          <YAxis tickFormatter={numberTick} tick={AXIS_STYLE} width={44} allowDecimals={false} />
          <Tooltip labelFormatter={pointLabel(history, marks)} formatter={numberValue} />
          <Legend />
          {seriesLine({ dataKey: 'surgeCapacity', name: t('form.surgeCapacity'), stroke: CHART_COLOURS.surge, dash: '2 3' })}
          {seriesLine({ dataKey: 'capacity', name: t('form.capacity'), stroke: CHART_COLOURS.capacity, dash: '6 3' })}
          {seriesLine({ dataKey: 'occupied', name: t('form.occupied'), stroke: CHART_COLOURS.occupied })}
        </LineChart>
      }
      table={
        <DayTable<CapacityRow>
          history={history}
          marks={marks}
          caption={t('charts.capacity.title')}
          rows={rows}
          columns={[
            { key: 'capacity', header: t('form.capacity'), numeric: true, cell: (row) => formatFigure(row.capacity) },
            { key: 'occupied', header: t('form.occupied'), numeric: true, cell: (row) => formatFigure(row.occupied) },
            { key: 'surge', header: t('form.surgeCapacity'), numeric: true, cell: (row) => formatFigure(row.surgeCapacity) },
          ]}
        />
      }
    />
  );
}
