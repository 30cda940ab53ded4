import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getISOWeek, parseISO } from 'date-fns';

export const REPORTING_TIME_ZONE = 'Europe/Stockholm';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reporting day: the calendar day in Europe/Stockholm at the given instant. */
export function reportingDay(at: Date = new Date()): string {
  return format(new TZDate(at.getTime(), REPORTING_TIME_ZONE), 'yyyy-MM-dd');
}

/** The instant of a time of day (minutes after midnight) on a day, as a clock in Europe/Stockholm shows it. */
export function reportingDayTime(day: string, minutesAfterMidnight: number): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const at = new TZDate(
    year,
    month - 1,
    date,
    Math.floor(minutesAfterMidnight / 60),
    minutesAfterMidnight % 60,
    REPORTING_TIME_ZONE,
  );
  return new Date(at.getTime());
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parseISO(value);
  return !Number.isNaN(parsed.getTime()) && format(parsed, 'yyyy-MM-dd') === value;
}

export function shiftDay(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

/** Whole calendar days from `earlier` to `later` (both YYYY-MM-DD). */
export function daysBetween(earlier: string, later: string): number {
  return differenceInCalendarDays(parseISO(later), parseISO(earlier));
}

export function isoWeek(day: string): number {
  return getISOWeek(parseISO(day));
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDay(day, 1)) days.push(day);
  return days;
}
