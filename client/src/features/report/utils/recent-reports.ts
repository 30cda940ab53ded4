import { shiftDay, type Report, type ReportValues } from '@lagesbild/shared';

export const RECENT_DAYS = 14;

/** The window the server checks outliers against: the 14 days before the reporting day. */
export function recentWindow(date: string): { from: string; to: string } {
  return { from: shiftDay(date, -RECENT_DAYS), to: shiftDay(date, -1) };
}

/**
 * A unit's own reports from the last ~14 days, as values for the outlier check. They come from
 * the unit's own series (GET /api/units/:unitId/reports), so a municipality with two units of
 * one kind (Borlänge) is checked unit by unit, like every other.
 */
export function recentValuesFromReports(reports: readonly Report[] | undefined, date: string): Partial<ReportValues>[] {
  if (!reports) return [];
  const { from } = recentWindow(date);
  return reports
    .filter((report) => report.date >= from && report.date < date)
    .map((report) => ({
      capacity: report.capacity,
      occupied: report.occupied,
      surgeCapacity: report.surgeCapacity,
      admissions: report.admissions,
      discharges: report.discharges,
      covidPatients: report.covidPatients,
    }));
}
