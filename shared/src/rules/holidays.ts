import { addDays, format } from 'date-fns';

// Swedish public holidays ("röda dagar") plus the eves treated as holidays in care planning.
// Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** The first given weekday (0 = Sunday) on or after `from`. */
function weekdayOnOrAfter(from: Date, weekday: number): Date {
  return addDays(from, (weekday - from.getDay() + 7) % 7);
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export function swedishHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const midsummerEve = weekdayOnOrAfter(new Date(year, 5, 19), 5);
  const allSaints = weekdayOnOrAfter(new Date(year, 9, 31), 6);
  return new Map<string, string>([
    [`${year}-01-01`, 'Nyårsdagen'],
    [`${year}-01-06`, 'Trettondedag jul'],
    [iso(addDays(easter, -2)), 'Långfredagen'],
    [iso(easter), 'Påskdagen'],
    [iso(addDays(easter, 1)), 'Annandag påsk'],
    [`${year}-05-01`, 'Första maj'],
    [iso(addDays(easter, 39)), 'Kristi himmelsfärdsdag'],
    [`${year}-06-06`, 'Sveriges nationaldag'],
    [iso(midsummerEve), 'Midsommarafton'],
    [iso(addDays(midsummerEve, 1)), 'Midsommardagen'],
    [iso(allSaints), 'Alla helgons dag'],
    [`${year}-12-24`, 'Julafton'],
    [`${year}-12-25`, 'Juldagen'],
    [`${year}-12-26`, 'Annandag jul'],
    [`${year}-12-31`, 'Nyårsafton'],
  ]);
}

export function holidayName(day: string): string | undefined {
  return swedishHolidays(Number(day.slice(0, 4))).get(day);
}
