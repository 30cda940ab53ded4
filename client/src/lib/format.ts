import { isoWeek } from '@lagesbild/shared';
import { currentLanguage } from './i18n';

// Every time is shown as it is in Sweden, whatever the viewer's computer says: the reporting
// day and the reporting deadlines are Stockholm rules.
const TIME_ZONE = 'Europe/Stockholm';

function locale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'sv-SE';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale()}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale(), options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale()}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), { timeZone: TIME_ZONE, ...options });
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value == null || Number.isNaN(value)) return '–';
  return numberFormat({ maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}

/** A figure that may be an average (a week's): whole numbers as they are, others with one decimal. */
export function formatFigure(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '–';
  return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number | null | undefined): string {
  if (value == null) return '–';
  return `${formatNumber(value, 0)} %`;
}

/** A signed change, "+3" / "−2" / "±0", for "since yesterday". */
export function formatChange(value: number, fractionDigits = 0): string {
  if (value === 0) return '±0';
  return numberFormat({ signDisplay: 'always', maximumFractionDigits: fractionDigits }).format(value);
}

/** "10:42" in Stockholm time. */
export function formatTime(iso: string | Date): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "24 nov. 10:42" */
export function formatDateTime(iso: string | Date): string {
  return dateFormat({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

// A reporting day (YYYY-MM-DD) is a calendar date, not an instant: format it at noon UTC so no
// time zone can move it to the neighbouring day.
function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "måndag 24 november 2025" */
export function formatLongDay(day: string): string {
  return dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayToDate(day));
}

/** "tis": the short weekday of a day. */
export function formatWeekday(day: string): string {
  return dateFormat({ weekday: 'short' }).format(dayToDate(day));
}

/** "24 nov." */
export function formatShortDay(day: string): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(dayToDate(day));
}

/** "nov. 2025": a month on a time axis that spans years. */
export function formatMonthYear(day: string): string {
  return dateFormat({ month: 'short', year: 'numeric' }).format(dayToDate(day));
}

/** "24 november": how the networks name their meetings ("LSVO 10 december"). */
export function formatDayMonth(day: string): string {
  return dateFormat({ day: 'numeric', month: 'long' }).format(dayToDate(day));
}

/** "v. 48" in Swedish, "wk 48" in English: ISO week, as Swedish calendars count. */
export function formatWeek(day: string): string {
  return currentLanguage() === 'en' ? `wk ${isoWeek(day)}` : `v. ${isoWeek(day)}`;
}
