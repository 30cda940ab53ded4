import { format, parseISO, subYears } from 'date-fns';
import type { HolidayPeriodKind } from '../schemas/holidays.js';
import { daysBetween, eachDay, shiftDay } from './dates.js';
import { isNonWorkingDay, swedishHolidays } from './holidays.js';

// Which days a holiday period has in a year, and which day of an earlier year matches each of them.
// Imports the holiday calendar (date-holidays): server code and specs only, never eager client code.

/** A period the view shows: a preset in a year, or any dates. */
export type HolidayPeriod =
  { kind: Exclude<HolidayPeriodKind, 'custom'>; year: number } | { kind: 'custom'; from: string; to: string };

function holidayNamed(year: number, name: string): string {
  for (const [day, holiday] of swedishHolidays(year)) if (holiday === name) return day;
  throw new Error(`no ${name} in ${year}`);
}

/**
 * The days of a period, in order:
 * - jul och nyår: 23 December to trettondedag jul (6 January of the next year);
 * - påsk: skärtorsdagen to annandag påsk;
 * - Kristi himmelsfärd: the Thursday to the Sunday (the Friday is a "klämdag");
 * - midsommar: the Thursday before midsommarafton to the Sunday;
 * - röda dagar: every public holiday of the year and midsommarafton, julafton and nyårsafton;
 * - any dates: `from` to `to`.
 */
export function periodDays(period: HolidayPeriod): string[] {
  switch (period.kind) {
    case 'christmas':
      return eachDay(`${period.year}-12-23`, `${period.year + 1}-01-06`);
    case 'easter': {
      const easterDay = holidayNamed(period.year, 'Påskdagen');
      return eachDay(shiftDay(easterDay, -3), shiftDay(easterDay, 1));
    }
    case 'ascension': {
      const ascension = holidayNamed(period.year, 'Kristi himmelsfärdsdag');
      return eachDay(ascension, shiftDay(ascension, 3));
    }
    case 'midsummer': {
      const eve = holidayNamed(period.year, 'Midsommarafton');
      return eachDay(shiftDay(eve, -1), shiftDay(eve, 2));
    }
    case 'redDays':
      return [...swedishHolidays(period.year).keys()].sort();
    case 'custom':
      return eachDay(period.from, period.to);
  }
}

/** The same day a number of years earlier; 29 February becomes the 28th. */
export function yearsBefore(day: string, years: number): string {
  return format(subYears(parseISO(day), years), 'yyyy-MM-dd');
}

/**
 * The period's days as they fell `yearsBack` years earlier, aligned with `periodDays(period)`: a
 * moving holiday with the same holiday (påskdagen with påskdagen), a red day with the red day of the
 * same name, any dates with the same calendar dates. Null where the earlier year has no such day.
 */
export function equivalentDays(period: HolidayPeriod, yearsBack: number): (string | null)[] {
  if (period.kind === 'custom') return periodDays(period).map((day) => yearsBefore(day, yearsBack));
  const earlier = { ...period, year: period.year - yearsBack };
  if (period.kind !== 'redDays') return periodDays(earlier);
  const earlierByName = new Map([...swedishHolidays(earlier.year)].map(([day, name]) => [name, day]));
  const names = swedishHolidays(period.year);
  return periodDays(period).map((day) => earlierByName.get(names.get(day) ?? '') ?? null);
}

/** The year of a preset whose period has not ended by `today`: the coming (or current) one. */
export function upcomingYear(kind: Exclude<HolidayPeriodKind, 'custom'>, today: string): number {
  const year = Number(today.slice(0, 4));
  // Jul och nyår of the year before may still be running in early January.
  for (const candidate of [year - 1, year, year + 1]) {
    const days = periodDays({ kind, year: candidate });
    if ((days.at(-1) ?? '') >= today) return candidate;
  }
  return year + 1;
}

/**
 * The ordinary weekdays (working days: not a weekend, not a red day, not one of the eves) among
 * the `lookback` days before `day`.
 */
export function ordinaryDaysBefore(day: string, lookback: number): string[] {
  return eachDay(shiftDay(day, -lookback), shiftDay(day, -1)).filter((d) => !isNonWorkingDay(d));
}

/** How far before a period its ordinary weekdays are taken: four weeks, the same season. */
export const BASELINE_LOOKBACK_DAYS = 28;
/** How far back this year's ordinary weekday level is taken: eight weeks. */
export const LEVEL_LOOKBACK_DAYS = 56;

/**
 * The ordinary weekdays a period of an earlier year is compared with: those of the four weeks before
 * it, or for the red days of a year, every ordinary weekday of that year.
 */
export function baselineDays(period: HolidayPeriod, yearsBack: number): string[] {
  if (period.kind === 'redDays') {
    const year = period.year - yearsBack;
    return eachDay(`${year}-01-01`, `${year}-12-31`).filter((d) => !isNonWorkingDay(d));
  }
  const first = equivalentDays(period, yearsBack).find((day) => day !== null);
  return first ? ordinaryDaysBefore(first, BASELINE_LOOKBACK_DAYS) : [];
}

/**
 * This year's ordinary weekdays that set the level the earlier years' pattern is scaled to: the
 * eight weeks before the period, or before today when the period (or the year of red days) has begun.
 */
export function levelDays(period: HolidayPeriod, today: string): string[] {
  const days = periodDays(period);
  const start = period.kind === 'redDays' ? `${period.year + 1}-01-01` : (days[0] ?? today);
  return ordinaryDaysBefore(start < today ? start : today, LEVEL_LOOKBACK_DAYS);
}

/** The number of days of a period, both ends included. */
export function periodLength(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}
