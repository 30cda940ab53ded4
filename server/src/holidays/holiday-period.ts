import {
  daysBetween,
  MAX_CUSTOM_PERIOD_DAYS,
  upcomingYear,
  type HolidayPeriod,
  type HolidayPeriodInput,
} from '@lagesbild/shared';
import { fieldErrors } from '../common/validation.js';

/**
 * The period asked for (`prefix` names where it stands in the request, e.g. `period.` in a body):
 * a preset in its year (by default the coming one), or any dates, first and last day given, at
 * most 92 days. A custom period without both days, reversed or too long is a 400 naming the field.
 */
export function resolvePeriod(input: HolidayPeriodInput, today: string, prefix = ''): HolidayPeriod {
  if (input.kind !== 'custom') return { kind: input.kind, year: input.year ?? upcomingYear(input.kind, today) };
  const { from, to } = input;
  const issues = [
    ...(from ? [] : [{ message: 'validation.customPeriod', path: [`${prefix}from`] }]),
    ...(to ? [] : [{ message: 'validation.customPeriod', path: [`${prefix}to`] }]),
  ];
  if (from && to && (from > to || daysBetween(from, to) >= MAX_CUSTOM_PERIOD_DAYS)) {
    issues.push({ message: from > to ? 'validation.periodOrder' : 'validation.customPeriod', path: [`${prefix}to`] });
  }
  if (issues.length > 0 || !from || !to) throw fieldErrors(issues);
  return { kind: 'custom', from, to };
}
