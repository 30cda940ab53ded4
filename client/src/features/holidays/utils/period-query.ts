import type { HolidayPeriodInput, HolidayPeriodKind } from '@lagesbild/shared';

/** The period the view is asked for, as the page's state and the API's query. */
export interface PeriodQuery {
  period: HolidayPeriodKind;
  /** A preset's year; left out, the server takes the coming one. */
  year?: number | undefined;
  /** A custom period's first and last day. */
  from?: string | undefined;
  to?: string | undefined;
}

export const PRESETS = [
  'christmas',
  'easter',
  'ascension',
  'midsummer',
  'redDays',
] as const satisfies readonly HolidayPeriodKind[];

/** `period=christmas&year=2026`: only what is set, for the view and the workbook alike. */
export function periodSearch(query: PeriodQuery): string {
  const entries = Object.entries(query).flatMap(([key, value]) =>
    value === undefined || value === '' ? [] : [[key, String(value)] as [string, string]],
  );
  return new URLSearchParams(entries).toString();
}

/** The plan PUT's `period`: the same period, named as the body names it. */
export function planPeriod(query: PeriodQuery, year: number): HolidayPeriodInput {
  return query.period === 'custom' ? { kind: 'custom', from: query.from, to: query.to } : { kind: query.period, year };
}
