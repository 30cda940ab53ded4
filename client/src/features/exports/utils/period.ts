import { isIsoDate, lastDays, periodProblem } from '@lagesbild/shared';

export interface PeriodErrors {
  from?: string;
  to?: string;
}

/** The period a download starts with: the last 30 days including today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return lastDays(30, today);
}

/** The server's own rule (shared): both dates valid, from not after to, at most two years. */
export function checkPeriod(from: string, to: string): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!isIsoDate(from)) errors.from = 'validation.date';
  if (!isIsoDate(to)) errors.to = 'validation.date';
  if (errors.from || errors.to) return errors;
  const problem = periodProblem(from, to);
  return problem ? { from: problem } : errors;
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
