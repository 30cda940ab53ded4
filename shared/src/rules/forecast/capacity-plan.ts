import { daysBetween } from '../dates.js';
import type { ForecastDay } from './forecast-occupancy.js';

// Places needed against the places there will be. A municipality declares dated changes to its
// short-term places ("10 nya korttidsplatser fr.o.m. 1 juni" = add 10; "15 platser ökas till 18
// from 8 december" = set 18); the capacity of each forecast day starts from today's reported
// capacity and applies the changes dated after asOf up to that day. The places that can be
// opened within 48 h (surge) keep their margin above capacity.

export interface PlannedCapacityChange {
  /** First day the change applies. */
  date: string;
  places: number;
  mode: 'set' | 'add';
}

export interface CurrentCapacity {
  capacity: number;
  /** Places that can be opened within 48 h in all; null when none are declared. */
  surgeCapacity: number | null;
}

export interface CapacityDay {
  date: string;
  capacity: number;
  surgeCapacity: number;
}

export function capacityPlan(
  asOf: string,
  current: CurrentCapacity,
  changes: readonly PlannedCapacityChange[],
  dates: readonly string[],
): CapacityDay[] {
  const margin = Math.max(0, (current.surgeCapacity ?? current.capacity) - current.capacity);
  // Changes dated asOf or earlier are already in the reported capacity.
  const upcoming = changes
    .filter((change) => change.date > asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return dates.map((date) => {
    let capacity = current.capacity;
    for (const change of upcoming) {
      if (change.date > date) break;
      capacity = change.mode === 'set' ? change.places : capacity + change.places;
    }
    capacity = Math.max(0, capacity);
    return { date, capacity, surgeCapacity: capacity + margin };
  });
}

export interface PlacesNeededDay {
  date: string;
  /** Places occupied, expected (rounded up to whole places). */
  expected: number;
  /** Places needed to be 90 % sure: the upper end of the 80 % interval, rounded up. */
  needed: number;
  capacity: number;
  surgeCapacity: number;
  /** Places needed beyond capacity (surge would cover these first). */
  aboveCapacity: number;
  /** Places needed beyond capacity with surge: places the municipality does not have. */
  extraPlaces: number;
}

export function placesNeeded(days: readonly ForecastDay[], plan: readonly CapacityDay[]): PlacesNeededDay[] {
  const byDate = new Map(plan.map((day) => [day.date, day]));
  return days.flatMap((day) => {
    const capacity = byDate.get(day.date);
    if (!capacity) return [];
    const needed = Math.ceil(day.high);
    return [
      {
        date: day.date,
        expected: Math.ceil(day.expected),
        needed,
        capacity: capacity.capacity,
        surgeCapacity: capacity.surgeCapacity,
        aboveCapacity: Math.max(0, needed - capacity.capacity),
        extraPlaces: Math.max(0, needed - capacity.surgeCapacity),
      },
    ];
  });
}

export interface EarlyWarning {
  /** First day within the window when the upper bound exceeds capacity with surge. */
  date: string;
  daysAhead: number;
  extraPlaces: number;
  /** The largest shortfall within the window and its first day. */
  peakExtraPlaces: number;
  peakDate: string;
}

/** "Avesta kan behöva 3 platser till om 5 dagar": the first day within `withinDays` that lacks places, or null. */
export function earlyWarning(asOf: string, needs: readonly PlacesNeededDay[], withinDays = 7): EarlyWarning | null {
  const window = needs.filter((day) => {
    const ahead = daysBetween(asOf, day.date);
    return ahead >= 1 && ahead <= withinDays;
  });
  const first = window.find((day) => day.extraPlaces > 0);
  if (!first) return null;
  const peak = window.reduce((a, b) => (b.extraPlaces > a.extraPlaces ? b : a));
  return {
    date: first.date,
    daysAhead: daysBetween(asOf, first.date),
    extraPlaces: first.extraPlaces,
    peakExtraPlaces: peak.extraPlaces,
    peakDate: peak.date,
  };
}
