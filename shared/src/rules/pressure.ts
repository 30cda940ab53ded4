import type { SituationOrganization } from '../api/types.js';
import { isMunicipalUnitKind, type Staffing } from '../domain/units.js';
import { occupancyPct } from './capacity.js';

export type PressureLevel = 'critical' | 'strained' | 'normal' | 'not-reported';

// Full (or worse) is critical, nine in ten strained; the worst staffing counts as much.
export const CRITICAL_OCCUPANCY_PCT = 100;
export const STRAINED_OCCUPANCY_PCT = 90;

const STAFFING_RANK: Record<Staffing, number> = { normal: 0, strained: 1, critical: 2 };

export function worstStaffing(values: readonly Staffing[]): Staffing | null {
  return values.reduce<Staffing | null>(
    (worst, value) => (worst === null || STAFFING_RANK[value] > STAFFING_RANK[worst] ? value : worst),
    null,
  );
}

/** How tight an organisation is: the one scale the overview, the meeting and the minutes use. */
export function pressureLevel(reportedUnits: number, occupancyPct: number | null, staffing: Staffing | null): PressureLevel {
  if (reportedUnits === 0) return 'not-reported';
  const occupancy = occupancyPct ?? 0;
  if (occupancy >= CRITICAL_OCCUPANCY_PCT || staffing === 'critical') return 'critical';
  if (occupancy >= STRAINED_OCCUPANCY_PCT || staffing === 'strained') return 'strained';
  return 'normal';
}

/** An organisation's pressure from its municipal places reported that day (the overview's column). */
export function municipalPressure(organization: Pick<SituationOrganization, 'units'>): PressureLevel {
  const reports = organization.units
    .filter((unit) => isMunicipalUnitKind(unit.kind))
    .flatMap((unit) => (unit.report ? [unit.report] : []));
  const capacity = reports.reduce((sum, report) => sum + report.capacity, 0);
  const occupied = reports.reduce((sum, report) => sum + report.occupied, 0);
  return pressureLevel(
    reports.length,
    reports.length > 0 ? occupancyPct(capacity, occupied) : null,
    worstStaffing(reports.map((report) => report.staffing)),
  );
}
