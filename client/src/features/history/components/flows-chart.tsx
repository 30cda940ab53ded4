import type { History } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { SimpleTable } from '../../../components/simple-table';
import { formatNumber, formatShortDay } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { flowSeries, type FlowChartRow } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, dayLabel, dayTick, numberTick } from './axis';
import { ChartFrame } from './chart-frame';

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
  const tooltipValue = (value: unknown): string => formatNumber(typeof value === 'number' ? value : null);
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
          <Tooltip labelFormatter={dayLabel} formatter={tooltipValue} />
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
        <SimpleTable<FlowChartRow>
          caption={t('charts.flows.title')}
          rows={[...rows].reverse()}
          rowKey={(row) => row.date}
          rowHeader={(row) => formatShortDay(row.date)}
          columns={[
            { key: 'date', header: t('charts.date'), cell: (row) => formatShortDay(row.date) },
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
