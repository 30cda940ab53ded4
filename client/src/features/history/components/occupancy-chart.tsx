import type { History } from '@lagesbild/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Legend, LineChart, ReferenceLine, Tooltip, YAxis } from 'recharts';
import { formatPercent } from '../../../lib/format';
import { CHART_COLOURS, seriesColour, seriesDash } from '../../../lib/palette';
import { fullestCodes, holidayMarks, type OccupancyRow, occupancySeries } from '../utils/series';
import { AXIS_STYLE, CHART_STYLE, pointLabel, percentTick, percentValue } from '../../../components/charts/axis';
import { ChartFrame } from './chart-frame';
import { DayTable } from './day-table';
import { dayGrid, seriesLine } from '../../../components/charts/series-line';

// More lines than this stop being readable; the user picks which municipalities to compare.
const DEFAULT_LINES = 5;

export function OccupancyChart({
  history,
  municipalities,
}: {
  history: History;
  municipalities: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const allCodes = useMemo(() => municipalities.map((m) => m.code), [municipalities]);
  const allRows = useMemo(() => occupancySeries(history, allCodes), [history, allCodes]);
  const marks = useMemo(() => holidayMarks(history), [history]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? fullestCodes(allRows, allCodes, DEFAULT_LINES);
  const nameOf = (code: string): string => municipalities.find((m) => m.code === code)?.name ?? code;
  const toggle = (code: string): void =>
    setChosen(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  return (
    <ChartFrame
      holidays
      id="occupancy"
      title={t('charts.occupancy.title')}
      description={t('charts.occupancy.description', { count: selected.length })}
      chart={
        <>
          <details className="chart__picker">
            <summary>{t('charts.occupancy.choose', { selected: selected.length, total: allCodes.length })}</summary>
            <div className="checkbox-grid">
              {municipalities.map((m) => (
                <label key={m.code} className="choice">
                  <input type="checkbox" checked={selected.includes(m.code)} onChange={() => toggle(m.code)} />
                  <span>{m.name}</span>
                </label>
              ))}
            </div>
          </details>
          <LineChart
            data={allRows}
            style={CHART_STYLE}
            responsive
            desc={t('charts.occupancy.description', { count: selected.length })}
          >
            {dayGrid(history, marks)}
            <YAxis
              tickFormatter={percentTick}
              tick={AXIS_STYLE}
              width={56}
              domain={[0, (max: number) => Math.max(110, Math.ceil(max / 10) * 10)]}
            />
            <ReferenceLine
              y={100}
              stroke={CHART_COLOURS.overcrowding}
              strokeDasharray="4 4"
              label={{ value: t('charts.full'), position: 'insideTopLeft', fill: '#333333', fontSize: 12 }}
            />
            <Tooltip labelFormatter={pointLabel(history, marks)} formatter={percentValue} />
            <Legend />
            {selected.map((code, index) =>
              seriesLine({ dataKey: code, name: nameOf(code), stroke: seriesColour(index), dash: seriesDash(index) }),
            )}
          </LineChart>
        </>
      }
      table={
        <DayTable<OccupancyRow>
          history={history}
          marks={marks}
          caption={t('charts.occupancy.title')}
          rows={allRows}
          columns={[
            ...selected.map((code) => ({
              key: code,
              header: nameOf(code),
              numeric: true,
              cell: (row: OccupancyRow) => formatPercent(typeof row[code] === 'number' ? row[code] : null),
            })),
          ]}
        />
      }
    />
  );
}
