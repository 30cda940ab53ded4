import {
  freePlaces,
  isMunicipalUnitKind,
  occupancyPct,
  overcrowding,
  pressureLevel,
  worstStaffing,
  type PressureLevel,
  type Report,
  type Situation,
  type SituationOrganization,
  type Staffing,
} from '@lagesbild/shared';

/** The figures a meeting talks about, per organisation: the municipalities' places, the region's beds. */
export type FigureId =
  | 'occupied'
  | 'capacity'
  | 'occupancyPct'
  | 'free'
  | 'surgeCapacity'
  | 'overcrowding'
  | 'icuOccupied'
  | 'icuCapacity'
  | 'covidPatients'
  | 'staffing'
  | 'sickLeavePct'
  | 'readyForDischarge';

export type FigureValue = number | Staffing | null;
export type Pressure = PressureLevel;

export interface OrganizationFigures {
  code: string;
  name: string;
  kind: SituationOrganization['kind'];
  /** Units counted (municipal places, or the region's hospital wards) and how many reported. */
  units: number;
  reportedUnits: number;
  values: Record<FigureId, FigureValue>;
  comments: { unit: string; text: string }[];
  lastReportedAt: string | null;
  pressure: Pressure;
}

export const MUNICIPAL_FIGURES: readonly FigureId[] = [
  'occupied',
  'occupancyPct',
  'free',
  'surgeCapacity',
  'staffing',
  'sickLeavePct',
  'readyForDischarge',
];
export const REGION_FIGURES: readonly FigureId[] = [
  'occupied',
  'occupancyPct',
  'overcrowding',
  'icuOccupied',
  'covidPatients',
  'staffing',
  'sickLeavePct',
  'readyForDischarge',
];

/** Whether a rise is bad news, so a change can say "worse" or "better" in words. */
export const HIGHER_IS_WORSE: Readonly<Record<FigureId, boolean>> = {
  occupied: true,
  capacity: false,
  occupancyPct: true,
  free: false,
  surgeCapacity: false,
  overcrowding: true,
  icuOccupied: true,
  icuCapacity: false,
  covidPatients: true,
  staffing: true,
  sickLeavePct: true,
  readyForDischarge: true,
};

// The same scale as the overview.
const pressureOf = pressureLevel;

function sum(reports: readonly Report[], pick: (report: Report) => number): number {
  return reports.reduce((total, report) => total + pick(report), 0);
}

function worst(reports: readonly Report[]): Staffing | null {
  return worstStaffing(reports.map((report) => report.staffing));
}

/**
 * One organisation's figures for the day of the situation, from that day's reports only: a silent
 * organisation is "not reported", never zero. The region's places are its hospital wards; its
 * ready-for-discharge is the region's total.
 */
export function organizationFigures(organization: SituationOrganization, situation: Situation): OrganizationFigures {
  const isRegion = organization.kind === 'region';
  const placeUnits = organization.units.filter((unit) => (isRegion ? unit.kind === 'hospital' : isMunicipalUnitKind(unit.kind)));
  const reports = placeUnits.flatMap((unit) => (unit.report ? [unit.report] : []));
  const icu = organization.units.filter((unit) => unit.kind === 'icu').flatMap((unit) => (unit.report ? [unit.report] : []));
  const allReports = [...reports, ...icu];
  const known = reports.length > 0;
  const capacity = known ? sum(reports, (r) => r.capacity) : null;
  const occupied = known ? sum(reports, (r) => r.occupied) : null;
  const occupancy = capacity !== null && occupied !== null ? occupancyPct(capacity, occupied) : null;
  const sickLeave = allReports.flatMap((report) => (report.sickLeavePct == null ? [] : [report.sickLeavePct]));
  const staffing = worst(allReports);
  const readyForDischarge = isRegion
    ? situation.totals.reported.readyForDischarge
    : (organization.flows?.readyForDischarge ?? null);
  const values: Record<FigureId, FigureValue> = {
    occupied,
    capacity,
    occupancyPct: occupancy,
    free: known ? sum(reports, (r) => freePlaces(r.capacity, r.occupied)) : null,
    surgeCapacity: known ? sum(reports, (r) => r.surgeCapacity ?? r.capacity) : null,
    overcrowding: known ? sum(reports, (r) => overcrowding(r.capacity, r.occupied)) : null,
    icuOccupied: icu.length > 0 ? sum(icu, (r) => r.occupied) : null,
    icuCapacity: icu.length > 0 ? sum(icu, (r) => r.capacity) : null,
    covidPatients: isRegion && allReports.length > 0 ? sum(allReports, (r) => r.covidPatients ?? 0) : null,
    staffing,
    sickLeavePct: sickLeave.length > 0 ? Math.max(...sickLeave) : null,
    readyForDischarge,
  };
  return {
    code: organization.code,
    name: organization.name,
    kind: organization.kind,
    units: placeUnits.length,
    reportedUnits: reports.length,
    values,
    comments: organization.units.flatMap((unit) =>
      unit.report?.comment ? [{ unit: unit.name, text: unit.report.comment }] : [],
    ),
    lastReportedAt: organization.lastReportedAt,
    pressure: pressureOf(reports.length, occupancy, staffing),
  };
}

/** Figures for an organisation code, or null when the situation does not have it. */
export function figuresFor(situation: Situation | null | undefined, code: string): OrganizationFigures | null {
  const organization = situation?.organizations.find((org) => org.code === code);
  return organization && situation ? organizationFigures(organization, situation) : null;
}
