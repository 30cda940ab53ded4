import type { SeriesForecast } from '@lagesbild/shared';

/** One day of the forecast chart: what was, or what is expected with its interval, and the places. */
export interface ForecastChartRow {
  date: string;
  occupied: number | null;
  expected: number | null;
  /** The 80 % interval, [low, high]; null before the forecast starts. */
  interval: [number, number] | null;
  capacity: number | null;
  surgeCapacity: number | null;
}

/**
 * The recent days as reported, then the forecast days. The expected line and its interval start
 * from the last day with figures, so the forecast is drawn on from where it begins.
 */
export function forecastChartRows(series: SeriesForecast): ForecastChartRow[] {
  const past: ForecastChartRow[] = series.recent.map((day) => ({
    date: day.date,
    occupied: day.occupied,
    expected: null,
    interval: null,
    capacity: day.capacity,
    surgeCapacity: null,
  }));
  if (series.status !== 'ok') return past;
  const last = [...past].reverse().find((row) => row.occupied !== null);
  if (last && last.occupied !== null) {
    last.expected = last.occupied;
    last.interval = [last.occupied, last.occupied];
  }
  const places = new Map(series.capacity.map((day) => [day.date, day]));
  const ahead = series.days.map((day): ForecastChartRow => ({
    date: day.date,
    occupied: null,
    expected: day.expected,
    interval: [day.low, day.high],
    capacity: places.get(day.date)?.capacity ?? null,
    surgeCapacity: places.get(day.date)?.surgeCapacity ?? null,
  }));
  return [...past, ...ahead];
}

/** The most places the coming days need, and when: what the sentence above the chart says. */
export interface NeededSummary {
  /** The highest expected occupancy, in whole places. */
  expected: number;
  /** The highest upper bound, in whole places: enough nine days in ten. */
  needed: number;
  date: string;
  capacity: number;
  surgeCapacity: number;
}

export function neededSummary(series: SeriesForecast): NeededSummary | null {
  if (series.needs.length === 0) return null;
  const peak = series.needs.reduce((a, b) => (b.needed > a.needed ? b : a));
  return {
    expected: Math.max(...series.needs.map((day) => day.expected)),
    needed: peak.needed,
    date: peak.date,
    capacity: peak.capacity,
    surgeCapacity: peak.surgeCapacity,
  };
}

/** The prefilled places request an early warning starts: the most places lacking, from the first day they lack. */
export function placesRequestPath(region: string, warning: NonNullable<SeriesForecast['warning']>): string {
  const query = new URLSearchParams({
    kind: 'places',
    quantity: String(warning.peakExtraPlaces),
    neededBy: warning.date,
    unitKind: 'short_term',
  });
  return `/region/${encodeURIComponent(region)}/requests/new?${query.toString()}`;
}
