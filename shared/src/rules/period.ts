import { daysBetween, shiftDay } from './dates.js';

/**
 * The longest period asked for at once (history, a unit's reports, downloads, audit searches): two
 * years, both ends included. For the largest region that is some 120 000 report rows, which a
 * spreadsheet still opens.
 */
export const MAX_PERIOD_DAYS = 731;

export type PeriodProblem = 'validation.periodOrder' | 'validation.range';

/** What is wrong with the period `from`..`to` (both included, YYYY-MM-DD), or null; the problem is `from`'s. */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (from > to) return 'validation.periodOrder';
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS) return 'validation.range';
  return null;
}

/** The last `days` days up to and including `to`. */
export function lastDays(days: number, to: string): { from: string; to: string } {
  return { from: shiftDay(to, -(days - 1)), to };
}
