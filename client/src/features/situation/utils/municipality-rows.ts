import {
  daysBetween,
  freeToOthers,
  isMunicipalUnitKind,
  occupancyPct,
  overdueAt,
  pressureLevel as sharedPressureLevel,
  promisedByUnit,
  reportingDay,
  worstStaffing,
  type PlaceLoan,
  type PressureLevel,
  type SituationOrganization,
  type Staffing,
} from '@lagesbild/shared';

export type { PressureLevel };

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
  /** Units not reported for the region's latest passed deadline today (a partly reported municipality too). */
  overdue: boolean;
  comments: string[];
  level: PressureLevel;
  /** Places it lends to others (promised or in use), per borrower. */
  lent: LoanSide[];
  /** Places it borrows from others, per lender. */
  borrowed: LoanSide[];
}

/** One side of the places lent between two organisations: the other one, and how many. */
export interface LoanSide {
  code: string;
  name: string;
  places: number;
}

/** Places lent by (`lenderCode`) or to (`borrowerCode`) an organisation, summed per other organisation. */
export function loanSides(
  loans: readonly PlaceLoan[],
  code: string,
  side: 'lent' | 'borrowed',
  nameOf: (code: string) => string,
): LoanSide[] {
  const sums = new Map<string, number>();
  for (const loan of loans) {
    const [mine, other] = side === 'lent' ? [loan.lenderCode, loan.borrowerCode] : [loan.borrowerCode, loan.lenderCode];
    if (mine === code) sums.set(other, (sums.get(other) ?? 0) + loan.places);
  }
  return [...sums].map(([other, places]) => ({ code: other, name: nameOf(other), places }));
}

export { worstStaffing };

export function pressureLevel(row: Pick<MunicipalityRow, 'reportedUnits' | 'occupancyPct' | 'staffing'>): PressureLevel {
  return sharedPressureLevel(row.reportedUnits, row.occupancyPct, row.staffing);
}

/**
 * One row per municipality from today's reports of its short-term, palliative and reserve units.
 * Figures come only from today's reports: a silent municipality is shown as silent, never as zero.
 * Free places are those others may still ask for: what the units report free, less what they have
 * promised to a borrower (the shared totals rule); places lent and borrowed are named both ways.
 * Overdue by the region's deadlines (the server's rule, run here so it turns at the deadline itself).
 */
export function buildMunicipalityRow(
  organization: SituationOrganization,
  date: string,
  now: Date,
  deadlines: readonly string[],
  loans: readonly PlaceLoan[] = [],
  nameOf: (code: string) => string = (code) => code,
): MunicipalityRow {
  const units = organization.units.filter((unit) => isMunicipalUnitKind(unit.kind));
  const reported = units.flatMap((unit) => (unit.report ? [{ unit, report: unit.report }] : []));
  const reports = reported.map(({ report }) => report);
  const promised = promisedByUnit(loans);
  const capacity = sum(reports.map((report) => report.capacity));
  const occupied = sum(reports.map((report) => report.occupied));
  const free = sum(reported.map(({ unit, report }) => freeToOthers(report, promised.get(unit.id) ?? 0)));
  const sickLeave = reports.flatMap((report) => (report.sickLeavePct == null ? [] : [report.sickLeavePct]));
  const lastReportDay = organization.lastReportedAt ? reportingDay(new Date(organization.lastReportedAt)) : null;
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
    overdue: overdueAt({ date, organizations: [organization] }, deadlines, now).organizations.length > 0,
    comments: reports.flatMap((report) => (report.comment ? [report.comment] : [])),
    level: pressureLevel(partial),
    lent: loanSides(loans, organization.code, 'lent', nameOf),
    borrowed: loanSides(loans, organization.code, 'borrowed', nameOf),
  };
}

export function buildMunicipalityRows(
  organizations: readonly SituationOrganization[],
  date: string,
  now: Date,
  deadlines: readonly string[],
  loans: readonly PlaceLoan[] = [],
): MunicipalityRow[] {
  const nameOf = namesOf(organizations);
  return organizations
    .filter((organization) => organization.kind === 'municipality')
    .map((organization) => buildMunicipalityRow(organization, date, now, deadlines, loans, nameOf));
}

export function namesOf(organizations: readonly SituationOrganization[]): (code: string) => string {
  const names = new Map(organizations.map((organization) => [organization.code, organization.name]));
  return (code) => names.get(code) ?? code;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
