import type { History } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { flowSeries, type FlowChartRow } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, dayLabel, dayTick, numberTick, numberValue } from './axis';
import { ChartFrame } from './chart-frame';
import { DayTable } from './day-table';

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
  return (
    <ChartFrame
      id="flows"
      title={t('charts.flows.title')}
      description={t('charts.flows.description')}
      chart={
        <ComposedChart data={rows} style={CHART_STYLE} responsive desc={t('charts.flows.description')}>
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={dayTick} tick={AXIS_STYLE} minTickGap={24} />
          <YAxis tickFormatter={numberTick} tick={AXIS_STYLE} width={44} allowDecimals={false} />
          <Tooltip labelFormatter={dayLabel} formatter={numberValue} />
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
          <Line
            dataKey="admissions"
            name={t('charts.flows.admissions')}
            stroke={CHART_COLOURS.admissions}
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="readyForDischarge"
            name={t('charts.flows.readyForDischarge')}
            stroke={CHART_COLOURS.readyForDischarge}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      }
      table={
        <DayTable<FlowChartRow>
          caption={t('charts.flows.title')}
          rows={rows}
          columns={[
            {
              key: 'admissions',
              header: t('charts.flows.admissions'),
              numeric: true,
              cell: (row) => formatNumber(row.admissions),
            },
            ...DESTINATIONS.map(({ key }) => ({
              key,
              header: t(`charts.flows.${key}`),
              numeric: true,
              cell: (row: FlowChartRow) => formatNumber(row[key]),
            })),
            {
              key: 'ready',
              header: t('charts.flows.readyForDischarge'),
              numeric: true,
              cell: (row) => formatNumber(row.readyForDischarge),
            },
          ]}
        />
      }
    />
  );
}
