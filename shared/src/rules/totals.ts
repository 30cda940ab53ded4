import type { PlaceLoan } from '../api/requests.js';
import type { Report, SituationOrganization, TotalsBlock } from '../api/types.js';
import type { UnitKind } from '../domain/units.js';
import { freePlaces, overcrowding } from './capacity.js';
import { daysBetween } from './dates.js';

/** How long a silent unit's last report may stand in for today in the estimate. */
export const CARRY_FORWARD_DAYS = 3;

function emptyBlock(): TotalsBlock {
  return {
    municipal: { capacity: 0, occupied: 0, free: 0, surgeCapacity: 0, overcrowding: 0, promised: 0, onLoan: 0 },
    hospital: { capacity: 0, occupied: 0, overcrowding: 0, covidPatients: 0, closedBeds: 0 },
    icu: { capacity: 0, occupied: 0, covidPatients: 0 },
    readyForDischarge: 0,
    coverage: { units: 0, reported: 0, carriedForward: 0, missing: 0 },
  };
}

function addReport(block: TotalsBlock, kind: UnitKind, report: Report, promised: number): void {
  switch (kind) {
    case 'short_term':
    case 'palliative':
    case 'nursing_home_reserve': {
      const m = block.municipal;
      m.capacity += report.capacity;
      m.occupied += report.occupied;
      m.free += freeToOthers(report, promised);
      m.promised += promised;
      m.surgeCapacity += report.surgeCapacity ?? report.capacity;
      m.overcrowding += overcrowding(report.capacity, report.occupied);
      return;
    }
    case 'hospital': {
      const h = block.hospital;
      h.capacity += report.capacity;
      h.occupied += report.occupied;
      h.overcrowding += overcrowding(report.capacity, report.occupied);
      h.covidPatients += report.covidPatients ?? 0;
      h.closedBeds += report.closedBeds ?? 0;
      return;
    }
    case 'icu': {
      block.icu.capacity += report.capacity;
      block.icu.occupied += report.occupied;
      block.icu.covidPatients += report.covidPatients ?? 0;
      return;
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown unit kind ${String(unreachable)}`);
    }
  }
}

/**
 * A unit's free places as others see them: what it reports free, less the places it has promised
 * to a borrower that are not yet in use (once in use they are in its occupied count).
 */
export function freeToOthers(report: Pick<Report, 'capacity' | 'occupied'>, promised: number): number {
  return Math.max(0, freePlaces(report.capacity, report.occupied) - promised);
}

/** Places each unit has promised (accepted, not yet delivered), by unit id. */
export function promisedByUnit(loans: readonly PlaceLoan[] = []): Map<string, number> {
  const promised = new Map<string, number>();
  for (const loan of loans) {
    if (loan.status === 'accepted') promised.set(loan.unitId, (promised.get(loan.unitId) ?? 0) + loan.places);
  }
  return promised;
}

function isRecentEnough(date: string, candidate: { date: string } | null): boolean {
  if (!candidate) return false;
  const age = daysBetween(candidate.date, date);
  return age >= 0 && age <= CARRY_FORWARD_DAYS;
}

/**
 * Totals for a region on `date`, two ways: what was reported that day, and an estimate that
 * carries each silent unit's last report forward (at most CARRY_FORWARD_DAYS), marked as such.
 * A silent municipality's ready-for-discharge is estimated from its `lastFlows` the same way.
 * Places lent between organisations are counted once, where they are (the lender's unit): its
 * free places shrink by what it has promised, and `onLoan` says how many are lent.
 */
export function computeTotals(
  date: string,
  organizations: readonly Pick<SituationOrganization, 'code' | 'units' | 'flows' | 'lastFlows'>[],
  loans: readonly PlaceLoan[] = [],
): { reported: TotalsBlock; estimated: TotalsBlock } {
  const reported = emptyBlock();
  const estimated = emptyBlock();
  const promised = promisedByUnit(loans);
  const onLoan = loans.reduce((sum, loan) => sum + loan.places, 0);
  reported.municipal.onLoan = onLoan;
  estimated.municipal.onLoan = onLoan;
  for (const organization of organizations) {
    for (const unit of organization.units) {
      reported.coverage.units += 1;
      estimated.coverage.units += 1;
      const unitPromised = promised.get(unit.id) ?? 0;
      if (unit.report) {
        addReport(reported, unit.kind, unit.report, unitPromised);
        addReport(estimated, unit.kind, unit.report, unitPromised);
        reported.coverage.reported += 1;
        estimated.coverage.reported += 1;
      } else if (isRecentEnough(date, unit.lastReport) && unit.lastReport) {
        addReport(estimated, unit.kind, unit.lastReport, unitPromised);
        estimated.coverage.carriedForward += 1;
        reported.coverage.missing += 1;
      } else {
        reported.coverage.missing += 1;
        estimated.coverage.missing += 1;
      }
    }
    if (organization.flows) {
      reported.readyForDischarge += organization.flows.readyForDischarge;
      estimated.readyForDischarge += organization.flows.readyForDischarge;
    } else {
      const last = organization.lastFlows;
      if (last && isRecentEnough(date, last)) estimated.readyForDischarge += last.readyForDischarge;
    }
  }
  return { reported, estimated };
}
