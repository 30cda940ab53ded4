import { daysBetween, reportingDay, shiftDay } from '@lagesbild/shared';
import { fieldErrors } from './validation.js';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * A period asked for with `from`/`to` (both optional): by default the last `defaultDays` days up
 * to today. A reversed or too long period is a 400 naming `from`.
 */
export function resolveDateRange(
  from: string | undefined,
  to: string | undefined,
  limits: { defaultDays: number; maxDays: number },
): DateRange {
  const end = to ?? reportingDay();
  const start = from ?? shiftDay(end, -(limits.defaultDays - 1));
  if (start > end) throw fieldErrors([{ message: 'validation.periodOrder', path: ['from'] }]);
  if (daysBetween(start, end) >= limits.maxDays) throw fieldErrors([{ message: 'validation.range', path: ['from'] }]);
  return { start, end };
}
