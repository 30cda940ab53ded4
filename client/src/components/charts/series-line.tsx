import type { History } from '@lagesbild/shared';
import { CartesianGrid, Line, ReferenceLine, XAxis } from 'recharts';
import { CHART_COLOURS } from '../../lib/palette';
import { AXIS_STYLE, pointTick } from './axis';

/**
 * A series as every chart draws it: a line without dots and without animation (a live update must
 * not set the picture moving), dashed where colour alone must not tell it apart. A function, not a
 * component, so recharts sees its own Line among the chart's children.
 */
export function seriesLine(series: {
  dataKey: string;
  name: string;
  stroke: string;
  dash?: string;
  width?: number;
  /** Places change from a day on: drawn as steps, not slopes. */
  step?: boolean;
  yAxisId?: string;
}) {
  return (
    <Line
      key={series.dataKey}
      {...(series.step ? { type: 'stepAfter' as const } : {})}
      {...(series.yAxisId ? { yAxisId: series.yAxisId } : {})}
      dataKey={series.dataKey}
      name={series.name}
      stroke={series.stroke}
      {...(series.dash ? { strokeDasharray: series.dash } : {})}
      strokeWidth={series.width ?? 2}
      dot={false}
      isAnimationActive={false}
    />
  );
}

const NO_MARKS: ReadonlyMap<string, string> = new Map();

/**
 * The grid and the time axis every history chart has, with the red days marked: a thin dotted
 * line at each day (or week) holding one. The tooltip and the table beside the chart name them.
 * Without arguments (the forecast): day by day, nothing marked.
 */
export function dayGrid(
  history: Pick<History, 'resolution'> = { resolution: 'day' },
  marks: ReadonlyMap<string, string> = NO_MARKS,
) {
  return [
    <CartesianGrid key="grid" stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />,
    <XAxis key="days" dataKey="date" tickFormatter={pointTick(history.resolution)} tick={AXIS_STYLE} minTickGap={24} />,
    ...[...marks.keys()].map((point) => (
      <ReferenceLine key={`holiday-${point}`} x={point} stroke={CHART_COLOURS.holiday} strokeDasharray="1 3" strokeWidth={1.5} />
    )),
  ];
}
