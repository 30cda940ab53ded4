import {
  daysBetween,
  isMunicipalUnitKind,
  occupancyPct,
  pressureLevel as sharedPressureLevel,
  reportingDay,
  worstStaffing,
  type PressureLevel,
  type SituationOrganization,
  type Staffing,
} from '@lagesbild/shared';
import { stockholmHour } from '../../../lib/format';

export type { PressureLevel };

/** After this hour (Stockholm) a municipality without a report today is overdue. */
export const OVERDUE_HOUR = 10;

export interface MunicipalityRow {
  code: string;
  name: string;
  population: number | null;
  units: number;
  reportedUnits: number;
  capacity: number;
  occupied: number;
  free: number;
  surgeCapacity: number;
  occupancyPct: number | null;
  staffing: Staffing | null;
  sickLeavePct: number | null;
  readyForDischarge: number | null;
  lastReportedAt: string | null;
  /** Whole days since the last report's day; 0 today, null if never reported. */
  lastReportAgeDays: number | null;
  overdue: boolean;
  comments: string[];
  level: PressureLevel;
}

export { worstStaffing };

export function pressureLevel(row: Pick<MunicipalityRow, 'reportedUnits' | 'occupancyPct' | 'staffing'>): PressureLevel {
  return sharedPressureLevel(row.reportedUnits, row.occupancyPct, row.staffing);
}

/**
 * One row per municipality from today's reports of its short-term, palliative and reserve units.
 * Figures come only from today's reports: a silent municipality is shown as silent, never as zero.
 */
export function buildMunicipalityRow(organization: SituationOrganization, date: string, now: Date): MunicipalityRow {
  const units = organization.units.filter((unit) => isMunicipalUnitKind(unit.kind));
  const reports = units.flatMap((unit) => (unit.report ? [unit.report] : []));
  const capacity = sum(reports.map((report) => report.capacity));
  const occupied = sum(reports.map((report) => report.occupied));
  const free = sum(reports.map((report) => Math.max(0, report.capacity - report.occupied)));
  const sickLeave = reports.flatMap((report) => (report.sickLeavePct == null ? [] : [report.sickLeavePct]));
  const lastReportDay = organization.lastReportedAt ? reportingDay(new Date(organization.lastReportedAt)) : null;
  const isToday = date === reportingDay(now);
  const partial = {
    reportedUnits: reports.length,
    occupancyPct: reports.length ? occupancyPct(capacity, occupied) : null,
    staffing: worstStaffing(reports.map((report) => report.staffing)),
  };
  return {
    code: organization.code,
    name: organization.name,
    population: organization.population,
    units: units.length,
    ...partial,
    capacity,
    occupied,
    free,
    surgeCapacity: sum(reports.map((report) => report.surgeCapacity ?? report.capacity)),
    sickLeavePct: sickLeave.length ? Math.max(...sickLeave) : null,
    readyForDischarge: organization.flows?.readyForDischarge ?? null,
    lastReportedAt: organization.lastReportedAt,
    lastReportAgeDays: lastReportDay ? Math.max(0, daysBetween(lastReportDay, date)) : null,
    overdue: isToday && reports.length === 0 && stockholmHour(now) >= OVERDUE_HOUR,
    comments: reports.flatMap((report) => (report.comment ? [report.comment] : [])),
    level: pressureLevel(partial),
  };
}

export function buildMunicipalityRows(
  organizations: readonly SituationOrganization[],
  date: string,
  now: Date,
): MunicipalityRow[] {
  return organizations
    .filter((organization) => organization.kind === 'municipality')
    .map((organization) => buildMunicipalityRow(organization, date, now));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
