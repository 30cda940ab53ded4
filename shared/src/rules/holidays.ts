import Holidays from 'date-holidays';
import { parseISO } from 'date-fns';

// Swedish holidays come from date-holidays (country SE). A day is non-working when it is a public
// holiday ("röd dag"), one of the eves that work as holidays (midsommarafton, julafton,
// nyårsafton: date-holidays types them 'bank'), or a weekend.
const NON_WORKING_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

// Made on first use, not at import, so a bundle that never asks about holidays leaves the library out.
let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<string, string>>();

/** The non-working holidays of a year in Sweden: YYYY-MM-DD → Swedish name ("Pingstdagen"). */
export function swedishHolidays(year: number): ReadonlyMap<string, string> {
  const cached = byYear.get(year);
  if (cached) return cached;
  calendar ??= new Holidays('SE', { languages: ['sv'], types: ['public', 'bank'] });
  const days = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year, 'sv')) {
    if (!NON_WORKING_TYPES.has(holiday.type)) continue;
    days.set(holiday.date.slice(0, 10), holiday.name.charAt(0).toLocaleUpperCase('sv') + holiday.name.slice(1));
  }
  byYear.set(year, days);
  return days;
}

/** The red days from `from` to `to` (both included), in order, each with its name. */
export function holidaysBetween(from: string, to: string): { date: string; name: string }[] {
  const marks: { date: string; name: string }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const [date, name] of swedishHolidays(year)) if (date >= from && date <= to) marks.push({ date, name });
  }
  return marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The name of the holiday on a day (YYYY-MM-DD), or undefined on an ordinary day or a plain weekend. */
export function holidayName(day: string): string | undefined {
  return swedishHolidays(Number(day.slice(0, 4))).get(day);
}

export function isWeekend(day: string): boolean {
  const weekday = parseISO(day).getDay();
  return weekday === 0 || weekday === 6;
}

/** A day off for most staff: a weekend, a public holiday or midsommarafton, julafton or nyårsafton. */
export function isNonWorkingDay(day: string): boolean {
  return isWeekend(day) || holidayName(day) !== undefined;
}
