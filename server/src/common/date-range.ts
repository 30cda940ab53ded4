import { lastDays, periodProblem, reportingDay, type PeriodUse } from '@lagesbild/shared';
import { fieldErrors } from './validation.js';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * A period asked for with `from`/`to` (both optional): by default the last `defaultDays` days up
 * to today. A reversed or too long period (the shared period rule: two years of rows, five years of
 * aggregates) is a 400 naming `from`.
 */
export function resolveDateRange(
  from: string | undefined,
  to: string | undefined,
  defaultDays: number,
  use: PeriodUse = 'rows',
): DateRange {
  const end = to ?? reportingDay();
  const start = from ?? lastDays(defaultDays, end).from;
  const problem = periodProblem(start, end, use);
  if (problem) throw fieldErrors([{ message: problem, path: ['from'] }]);
  return { start, end };
}
