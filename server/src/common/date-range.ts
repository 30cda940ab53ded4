import { lastDays, periodProblem, reportingDay } from '@lagesbild/shared';
import { fieldErrors } from './validation.js';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * A period asked for with `from`/`to` (both optional): by default the last `defaultDays` days up
 * to today. A reversed or too long period (the shared period rule) is a 400 naming `from`.
 */
export function resolveDateRange(from: string | undefined, to: string | undefined, defaultDays: number): DateRange {
  const end = to ?? reportingDay();
  const start = from ?? lastDays(defaultDays, end).from;
  const problem = periodProblem(start, end);
  if (problem) throw fieldErrors([{ message: problem, path: ['from'] }]);
  return { start, end };
}
