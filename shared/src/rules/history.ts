import { flowRowValuesSchema } from '../schemas/flows.js';
import type { FlowHistorySeries, FlowRow, FlowValueKey, History, HistoryPoint, HistorySeries } from '../api/types.js';

export const HISTORY_VALUE_KEYS = [
  'units',
  'capacity',
  'occupied',
  'surgeCapacity',
  'admissions',
  'discharges',
  'covidPatients',
  'closedBeds',
] as const;
/** Every figure of a flow row (the entered ones and the total of discharges), as history's columns. */
export const FLOW_VALUE_KEYS = Object.keys(flowRowValuesSchema.shape).filter(
  (key): key is FlowValueKey => key !== 'municipalityCode',
);

/** The days with figures of a series, as point objects (for charts and tables). */
export function seriesPoints(history: Pick<History, 'days'>, series: HistorySeries): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  history.days.forEach((date, index) => {
    if (series.units[index] == null) return;
    const point = { date } as HistoryPoint;
    for (const key of HISTORY_VALUE_KEYS) point[key] = series[key][index] ?? 0;
    points.push(point);
  });
  return points;
}

/** The days with flows of a municipality, as rows. */
export function flowPoints(history: Pick<History, 'days'>, flows: FlowHistorySeries): (FlowRow & { date: string })[] {
  const points: (FlowRow & { date: string })[] = [];
  history.days.forEach((date, index) => {
    if (flows.inpatients[index] == null) return;
    const point = { date, municipalityCode: flows.municipalityCode } as FlowRow & { date: string };
    // On a day with flows every required figure is there; an optional one not reported stays null.
    for (const key of FLOW_VALUE_KEYS) (point as Record<FlowValueKey, number | null>)[key] = flows[key][index] ?? null;
    points.push(point);
  });
  return points;
}
