import { shiftDay, type History, type ReportValues, type UnitKind } from '@lagesbild/shared';

export const RECENT_DAYS = 14;

/**
 * The unit's own last ~14 days, for the outlier check. History is summed per organisation and
 * unit kind, so it is the unit's own series only where the organisation has one unit of that kind;
 * otherwise the check is left to the server (SavedReport.outliers).
 */
export function recentValuesForUnit(
  history: History | undefined,
  organizationCode: string,
  unitKind: UnitKind,
  unitsOfKind: number,
  date: string,
): Partial<ReportValues>[] {
  if (!history || unitsOfKind !== 1) return [];
  const from = shiftDay(date, -RECENT_DAYS);
  const series = history.series.find((entry) => entry.organizationCode === organizationCode && entry.unitKind === unitKind);
  if (!series) return [];
  return series.points
    .filter((point) => point.date >= from && point.date < date && point.units === 1)
    .map((point) => ({
      capacity: point.capacity,
      occupied: point.occupied,
      surgeCapacity: point.surgeCapacity,
      admissions: point.admissions,
      discharges: point.discharges,
      covidPatients: point.covidPatients,
    }));
}
