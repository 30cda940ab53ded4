import type { History } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, ComposedChart, Legend, Tooltip, YAxis } from 'recharts';
import { formatFigure } from '../../../lib/format';
import { CHART_COLOURS } from '../../../lib/palette';
import { holidayMarks, type HospitalRow, hospitalSeries } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, pointLabel, numberTick, numberValue } from '../../../components/charts/axis';
import { ChartFrame } from './chart-frame';
import { DayTable } from './day-table';
import { dayGrid, seriesLine } from '../../../components/charts/series-line';

/**
 * The region's hospital beds: occupied against capacity, with overcrowding shaded above it, and the
 * beds closed for lack of staff on an axis of their own from zero (tens against hundreds).
 */
export function HospitalChart({ history }: { history: History }) {
  const { t } = useTranslation();
  const rows = useMemo(() => hospitalSeries(history), [history]);
  const marks = useMemo(() => holidayMarks(history), [history]);
  return (
    <ChartFrame
      holidays
      id="hospital"
      title={t('charts.hospital.title')}
      description={t('charts.hospital.description')}
      chart={
        <ComposedChart data={rows} style={CHART_STYLE} responsive desc={t('charts.hospital.description')}>
          <defs>
            {/* Hatching, so overcrowding is visible without telling red from anything. */}
            <pattern id="overcrowding-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#FBE3D6" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLOURS.overcrowding} strokeWidth="3" />
            </pattern>
          </defs>
          {dayGrid(history, marks)}
          {/* Beds hover near capacity; starting the axis at zero would flatten every change. */}
          <YAxis
            tickFormatter={numberTick}
            tick={AXIS_STYLE}
            width={56}
            domain={[(min: number) => Math.max(0, Math.floor((min * 0.85) / 50) * 50), 'auto']}
            allowDataOverflow
          />
          <YAxis
            yAxisId="closed"
            orientation="right"
            tickFormatter={numberTick}
            tick={AXIS_STYLE}
            width={40}
            allowDecimals={false}
          />
          <Tooltip labelFormatter={pointLabel(history, marks)} formatter={numberValue} />
          <Legend />
          <Area
            dataKey="overcrowdingBand"
            name={t('charts.hospital.overcrowding')}
            fill="url(#overcrowding-hatch)"
            stroke={CHART_COLOURS.overcrowding}
            isAnimationActive={false}
            tooltipType="none"
          />
          {seriesLine({ dataKey: 'capacity', name: t('charts.hospital.capacity'), stroke: CHART_COLOURS.capacity, dash: '6 3' })}
          {seriesLine({ dataKey: 'occupied', name: t('charts.hospital.occupied'), stroke: CHART_COLOURS.occupied })}
          {seriesLine({
            dataKey: 'closedBeds',
            name: t('charts.hospital.closedBeds'),
            stroke: CHART_COLOURS.closedBeds,
            dash: '2 3',
            yAxisId: 'closed',
          })}
        </ComposedChart>
      }
      table={
        <DayTable<HospitalRow>
          history={history}
          marks={marks}
          caption={t('charts.hospital.title')}
          rows={rows}
          columns={[
            { key: 'capacity', header: t('charts.hospital.capacity'), numeric: true, cell: (row) => formatFigure(row.capacity) },
            { key: 'occupied', header: t('charts.hospital.occupied'), numeric: true, cell: (row) => formatFigure(row.occupied) },
            {
              key: 'overcrowding',
              header: t('charts.hospital.overcrowding'),
              numeric: true,
              cell: (row) => formatFigure(row.overcrowding),
            },
            {
              key: 'closedBeds',
              header: t('charts.hospital.closedBeds'),
              numeric: true,
              cell: (row) => formatFigure(row.closedBeds),
            },
          ]}
        />
      }
    />
  );
}
