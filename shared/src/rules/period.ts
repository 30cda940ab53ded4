import { daysBetween, shiftDay } from './dates.js';

/**
 * The longest period asked for row by row (a unit's reports, downloads, audit searches): two years,
 * both ends included. For the largest region that is some 120 000 report rows, which a spreadsheet
 * still opens.
 */
export const MAX_PERIOD_DAYS = 731;

/**
 * The longest period asked for as aggregates (history's charts, the weekday pattern, flow
 * statistics): five years, both ends included (5 × 365 days and two leap days), so the same date
 * five years back always fits. Holiday comparisons need years of history; what one answer carries
 * stays small because a long period is answered week by week (`historyResolution`).
 */
export const MAX_AGGREGATE_PERIOD_DAYS = 1827;

/** What a period is asked for: rows (two years at most) or aggregates (five years at most). */
export type PeriodUse = 'rows' | 'aggregates';

export type PeriodProblem = 'validation.periodOrder' | 'validation.range' | 'validation.rangeFiveYears';

/** What is wrong with the period `from`..`to` (both included, YYYY-MM-DD), or null; the problem is `from`'s. */
export function periodProblem(from: string, to: string, use: PeriodUse = 'rows'): PeriodProblem | null {
  if (from > to) return 'validation.periodOrder';
  const longest = use === 'rows' ? MAX_PERIOD_DAYS : MAX_AGGREGATE_PERIOD_DAYS;
  if (daysBetween(from, to) >= longest) return use === 'rows' ? 'validation.range' : 'validation.rangeFiveYears';
  return null;
}

/** The last `days` days up to and including `to`. */
export function lastDays(days: number, to: string): { from: string; to: string } {
  return { from: shiftDay(to, -(days - 1)), to };
}

/** How finely history answers a period: day by day, or one point per ISO week (Monday to Sunday). */
export type HistoryResolution = 'day' | 'week';

/**
 * Up to a year, day by day. Longer, week by week: two or five years of days would be 730–1 800
 * points per line, more than a chart is wide, and several megabytes for the largest region; a week
 * keeps the holiday weeks (jul, påsk, midsommar) visible as their own points.
 */
export const DAILY_HISTORY_MAX_DAYS = 366;

export function historyResolution(from: string, to: string): HistoryResolution {
  return daysBetween(from, to) < DAILY_HISTORY_MAX_DAYS ? 'day' : 'week';
}

/** The Monday of the ISO week a day falls in. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return shiftDay(day, -((weekday + 6) % 7));
}

/**
 * The first day of each point of a period at a resolution: every day, or each week's Monday (the
 * first week starts at `from` itself when `from` is not a Monday).
 */
export function periodPoints(from: string, to: string, resolution: HistoryResolution): string[] {
  const points: string[] = [];
  if (resolution === 'day') {
    for (let day = from; day <= to; day = shiftDay(day, 1)) points.push(day);
    return points;
  }
  points.push(from);
  for (let monday = shiftDay(weekStart(from), 7); monday <= to; monday = shiftDay(monday, 7)) points.push(monday);
  return points;
}

/** The first day of each month of a period (the first month starts at `from`). */
export function monthPoints(from: string, to: string): string[] {
  const points = [from];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > to) return points;
    points.push(first);
  }
}
