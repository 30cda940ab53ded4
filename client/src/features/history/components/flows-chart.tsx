import type { History } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Legend, Tooltip, YAxis } from 'recharts';
import { formatFigure } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { type FlowChartRow, flowSeries, holidayMarks } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, pointLabel, numberTick, numberValue } from '../../../components/charts/axis';
import { ChartFrame } from './chart-frame';
import { DayTable } from './day-table';
import { dayGrid, seriesLine } from '../../../components/charts/series-line';

const DESTINATIONS = [
  { key: 'dischargesHome', colour: CHART_COLOURS.home },
  { key: 'dischargesShortTerm', colour: CHART_COLOURS.shortTerm },
  { key: 'dischargesNursingHome', colour: CHART_COLOURS.nursingHome },
  { key: 'dischargesOther', colour: CHART_COLOURS.other },
] as const;

/** One municipality's hospital flows: admissions, discharges by destination, ready for discharge. */
export function FlowsChart({ history, code }: { history: History; code: string }) {
  const { t } = useTranslation();
  const rows = useMemo(() => flowSeries(history, code), [history, code]);
  const marks = useMemo(() => holidayMarks(history), [history]);
  return (
    <ChartFrame
      holidays
      id="flows"
      title={t('charts.flows.title')}
      description={t('charts.flows.description')}
      chart={
        <ComposedChart data={rows} style={CHART_STYLE} responsive desc={t('charts.flows.description')}>
          {dayGrid(history, marks)}
          <YAxis tickFormatter={numberTick} tick={AXIS_STYLE} width={44} allowDecimals={false} />
          <Tooltip labelFormatter={pointLabel(history, marks)} formatter={numberValue} />
          <Legend />
          {DESTINATIONS.map(({ key, colour }) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="discharges"
              name={t(`charts.flows.${key}`)}
              fill={colour}
              stroke="#FFFFFF"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
          {seriesLine({
            dataKey: 'admissions',
            name: t('charts.flows.admissions'),
            stroke: CHART_COLOURS.admissions,
            dash: '6 3',
          })}
          {seriesLine({
            dataKey: 'readmissions',
            name: t('charts.flows.readmissions'),
            stroke: CHART_COLOURS.readmissions,
            dash: '2 3',
          })}
          {seriesLine({
            dataKey: 'readyForDischarge',
            name: t('charts.flows.readyForDischarge'),
            stroke: CHART_COLOURS.readyForDischarge,
            width: 3,
          })}
        </ComposedChart>
      }
      table={
        <DayTable<FlowChartRow>
          history={history}
          marks={marks}
          caption={t('charts.flows.title')}
          rows={rows}
          columns={[
            {
              key: 'admissions',
              header: t('charts.flows.admissions'),
              numeric: true,
              cell: (row) => formatFigure(row.admissions),
            },
            ...DESTINATIONS.map(({ key }) => ({
              key,
              header: t(`charts.flows.${key}`),
              numeric: true,
              cell: (row: FlowChartRow) => formatFigure(row[key]),
            })),
            {
              key: 'readmissions',
              header: t('charts.flows.readmissions'),
              numeric: true,
              cell: (row) => formatFigure(row.readmissions),
            },
            {
              key: 'ready',
              header: t('charts.flows.readyForDischarge'),
              numeric: true,
              cell: (row) => formatFigure(row.readyForDischarge),
            },
          ]}
        />
      }
    />
  );
}
