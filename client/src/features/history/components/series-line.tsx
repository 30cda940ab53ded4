import { CartesianGrid, Line, XAxis } from 'recharts';
import { CHART_COLOURS } from '../../../lib/palette';
import { AXIS_STYLE, dayTick } from './axis';

/**
 * A series as every chart draws it: a line without dots and without animation (a live update must
 * not set the picture moving), dashed where colour alone must not tell it apart. A function, not a
 * component, so recharts sees its own Line among the chart's children.
 */
export function seriesLine(series: { dataKey: string; name: string; stroke: string; dash?: string; width?: number }) {
  return (
    <Line
      key={series.dataKey}
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

/** The grid and the day axis every history chart has. */
export function dayGrid() {
  return [
    <CartesianGrid key="grid" stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />,
    <XAxis key="days" dataKey="date" tickFormatter={dayTick} tick={AXIS_STYLE} minTickGap={24} />,
  ];
}
