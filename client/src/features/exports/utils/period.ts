import { daysBetween, isIsoDate, shiftDay } from '@lagesbild/shared';

/** The same limits the server applies (at most two years, from not after to), checked before a download. */
export const MAX_EXPORT_DAYS = 731;

export interface PeriodErrors {
  from?: string;
  to?: string;
}

export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: shiftDay(today, -29), to: today };
}

export function checkPeriod(from: string, to: string): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!isIsoDate(from)) errors.from = 'validation.date';
  if (!isIsoDate(to)) errors.to = 'validation.date';
  if (errors.from || errors.to) return errors;
  if (from > to) return { from: 'validation.periodOrder' };
  if (daysBetween(from, to) >= MAX_EXPORT_DAYS) return { from: 'validation.range' };
  return errors;
}

export function exportLinks(region: string, from: string, to: string) {
  const base = `/api/regions/${encodeURIComponent(region)}`;
  const query = `from=${from}&to=${to}`;
  return {
    workbook: `${base}/export.xlsx?${query}`,
    reports: `${base}/export/reports.csv?${query}`,
    flows: `${base}/export/flows.csv?${query}`,
  };
}
