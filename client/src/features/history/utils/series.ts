import { flowPoints, isMunicipalUnitKind, occupancyPct, seriesPoints, type History, type HistoryPoint } from '@lagesbild/shared';

// Charts are fed by these pure functions, so what a chart draws and what its table lists are
// the same numbers, and both are tested without a browser.

export interface OccupancyRow {
  date: string;
  /** Municipality code → occupancy in percent, null where nothing was reported that day. */
  [code: string]: number | string | null;
}

interface Sum {
  capacity: number;
  occupied: number;
  surgeCapacity: number;
  units: number;
  closedBeds: number;
}

function addPoint(sums: Map<string, Sum>, point: HistoryPoint): void {
  const sum = sums.get(point.date) ?? { capacity: 0, occupied: 0, surgeCapacity: 0, units: 0, closedBeds: 0 };
  sum.closedBeds += point.closedBeds;
  sum.capacity += point.capacity;
  sum.occupied += point.occupied;
  sum.surgeCapacity += point.surgeCapacity;
  sum.units += point.units;
  sums.set(point.date, sum);
}

/** An organisation's municipal places (short-term, palliative, reserve) summed per day. */
function municipalSums(history: History, code: string): Map<string, Sum> {
  const sums = new Map<string, Sum>();
  for (const series of history.series) {
    if (series.organizationCode !== code || !isMunicipalUnitKind(series.unitKind)) continue;
    for (const point of seriesPoints(history, series)) if (point.units > 0) addPoint(sums, point);
  }
  return sums;
}

export function occupancySeries(history: History, codes: readonly string[]): OccupancyRow[] {
  const byCode = new Map(codes.map((code) => [code, municipalSums(history, code)]));
  return history.days.map((date) => {
    const row: OccupancyRow = { date };
    for (const code of codes) {
      const sum = byCode.get(code)?.get(date);
      row[code] = sum ? occupancyPct(sum.capacity, sum.occupied) : null;
    }
    return row;
  });
}

export interface CapacityRow {
  date: string;
  capacity: number | null;
  occupied: number | null;
  surgeCapacity: number | null;
}

export function municipalCapacitySeries(history: History, code: string): CapacityRow[] {
  const sums = municipalSums(history, code);
  return history.days.map((date) => {
    const sum = sums.get(date);
    return { date, capacity: sum?.capacity ?? null, occupied: sum?.occupied ?? null, surgeCapacity: sum?.surgeCapacity ?? null };
  });
}

export interface HospitalRow {
  date: string;
  capacity: number | null;
  occupied: number | null;
  overcrowding: number | null;
  /** From capacity up to occupied: the band shaded as overcrowding (flat where there is none). */
  overcrowdingBand: [number, number] | null;
  /** Beds closed for lack of staff ("stängda vårdplatser"), 0 where none were reported. */
  closedBeds: number | null;
}

/** The region's hospital beds per day, with the overcrowding above capacity as its own band. */
export function hospitalSeries(history: History): HospitalRow[] {
  const sums = new Map<string, Sum>();
  for (const series of history.series) {
    if (series.unitKind !== 'hospital') continue;
    for (const point of seriesPoints(history, series)) if (point.units > 0) addPoint(sums, point);
  }
  return history.days.map((date) => {
    const sum = sums.get(date);
    if (!sum) return { date, capacity: null, occupied: null, overcrowding: null, overcrowdingBand: null, closedBeds: null };
    return {
      date,
      capacity: sum.capacity,
      occupied: sum.occupied,
      overcrowding: Math.max(0, sum.occupied - sum.capacity),
      overcrowdingBand: [sum.capacity, Math.max(sum.capacity, sum.occupied)],
      closedBeds: sum.closedBeds,
    };
  });
}

export interface FlowChartRow {
  date: string;
  admissions: number | null;
  dischargesHome: number | null;
  dischargesShortTerm: number | null;
  dischargesNursingHome: number | null;
  dischargesOther: number | null;
  readyForDischarge: number | null;
  readmissions: number | null;
}

/** A municipality's hospital flows per day: admissions, discharges by destination, waiting. */
export function flowSeries(history: History, code: string): FlowChartRow[] {
  const flows = history.flows.find((entry) => entry.municipalityCode === code);
  const points = new Map((flows ? flowPoints(history, flows) : []).map((point) => [point.date, point]));
  return history.days.map((date) => {
    const point = points.get(date);
    return {
      date,
      admissions: point?.admissions ?? null,
      dischargesHome: point?.dischargesHome ?? null,
      dischargesShortTerm: point?.dischargesShortTerm ?? null,
      dischargesNursingHome: point?.dischargesNursingHome ?? null,
      dischargesOther: point?.dischargesOther ?? null,
      readyForDischarge: point?.readyForDischarge ?? null,
      readmissions: point?.readmissions ?? null,
    };
  });
}

export function commentsFor(history: History, code: string): History['comments'] {
  return history.comments
    .filter((comment) => comment.organizationCode === code)
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** The municipalities to draw first: those fullest on the last day with data. */
export function fullestCodes(rows: readonly OccupancyRow[], codes: readonly string[], count: number): string[] {
  const latest = (code: string): number => {
    for (let index = rows.length - 1; index >= 0; index -= 1) {
      const value = rows[index]?.[code];
      if (typeof value === 'number') return value;
    }
    return -1;
  };
  return [...codes].sort((a, b) => latest(b) - latest(a)).slice(0, count);
}

/**
 * The red days of the period by the point they fall in (the day itself, or its week), for marking
 * the time axis and naming them in tooltips and tables: point → "Julafton, Juldagen".
 */
export function holidayMarks(history: Pick<History, 'days' | 'holidays'>): Map<string, string> {
  const marks = new Map<string, string[]>();
  let point = 0;
  for (const holiday of history.holidays) {
    while (point + 1 < history.days.length && (history.days[point + 1] ?? '') <= holiday.date) point += 1;
    const day = history.days[point];
    if (day === undefined || day > holiday.date) continue;
    marks.set(day, [...(marks.get(day) ?? []), holiday.name]);
  }
  return new Map([...marks].map(([day, names]) => [day, names.join(', ')]));
}
