import {
  eachDay,
  isMunicipalUnitKind,
  occupancyPct,
  seriesPoints,
  shiftDay,
  type History,
  type OrganizationKind,
} from '@lagesbild/shared';

export const TREND_DAYS = 14;

export interface TrendPoint {
  date: string;
  /** Occupancy in percent; null on a day nothing was reported. */
  value: number | null;
}

/** The 14 days up to and including the meeting's day. */
export function trendRange(date: string): { from: string; to: string } {
  return { from: shiftDay(date, -(TREND_DAYS - 1)), to: date };
}

/** Occupancy per day: a municipality's short-term places, or the region's hospital beds. */
export function occupancyTrend(history: History, code: string, kind: OrganizationKind): TrendPoint[] {
  const sums = new Map<string, { capacity: number; occupied: number }>();
  for (const series of history.series) {
    if (series.organizationCode !== code) continue;
    const counts = kind === 'region' ? series.unitKind === 'hospital' : isMunicipalUnitKind(series.unitKind);
    if (!counts) continue;
    for (const point of seriesPoints(history, series)) {
      if (point.units === 0) continue;
      const sum = sums.get(point.date) ?? { capacity: 0, occupied: 0 };
      sum.capacity += point.capacity;
      sum.occupied += point.occupied;
      sums.set(point.date, sum);
    }
  }
  return eachDay(history.from, history.to).map((date) => {
    const sum = sums.get(date);
    return { date, value: sum ? occupancyPct(sum.capacity, sum.occupied) : null };
  });
}

export interface SparklineGeometry {
  /** One polyline per run of days with data; a silent day breaks the line instead of dropping to 0. */
  lines: string[];
  /** Where the last known value sits, to mark it with a dot. */
  last: { x: number; y: number; value: number } | null;
  min: number | null;
  max: number | null;
  /** The y of the 100 % line, when it is inside the drawn range. */
  full: number | null;
}

export function sparklineGeometry(points: readonly TrendPoint[], width: number, height: number, pad = 4): SparklineGeometry {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  if (values.length === 0) return { lines: [], last: null, min: null, max: null, full: null };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A flat fortnight would otherwise fill the box with noise: show at least ten points of range.
  const middle = (min + max) / 2;
  const low = Math.min(min, middle - 5);
  const high = Math.max(max, middle + 5);
  const x = (index: number): number => pad + (points.length === 1 ? 0 : (index * (width - 2 * pad)) / (points.length - 1));
  const y = (value: number): number => pad + ((high - value) * (height - 2 * pad)) / (high - low);
  const lines: string[] = [];
  let run: string[] = [];
  let last: SparklineGeometry['last'] = null;
  points.forEach((point, index) => {
    if (point.value === null) {
      if (run.length > 0) lines.push(run.join(' '));
      run = [];
      return;
    }
    const px = round(x(index));
    const py = round(y(point.value));
    run.push(`${px},${py}`);
    last = { x: px, y: py, value: point.value };
  });
  if (run.length > 0) lines.push(run.join(' '));
  return { lines, last, min, max, full: high >= 100 && low <= 100 ? round(y(100)) : null };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
