import { describe, expect, it } from 'vitest';
import type { PlaceLoan } from '../api/requests.js';
import type { Report, SituationOrganization, StoredFlowRow } from '../api/types.js';
import { computeTotals } from './totals.js';

const report = (date: string, capacity: number, occupied: number, extra: Partial<Report> = {}): Report => ({
  unitId: 'u',
  date,
  version: 1,
  capacity,
  occupied,
  surgeCapacity: null,
  admissions: 0,
  discharges: 0,
  dischargesByDestination: null,
  staffing: 'normal',
  sickLeavePct: null,
  covidPatients: null,
  closedBeds: null,
  comment: null,
  updatedAt: `${date}T08:00:00.000Z`,
  updatedBy: 'x',
  ...extra,
});

const organization = (
  code: string,
  units: SituationOrganization['units'],
  flows: StoredFlowRow | null = null,
  lastFlows: StoredFlowRow | null = flows,
) => ({ code, units, flows, lastFlows });

describe('computeTotals', () => {
  const today = '2026-11-23';

  it('adds what was reported today and marks silent units, carrying them forward at most 3 days', () => {
    const totals = computeTotals(today, [
      organization('a', [
        { id: 'a1', name: 'A', kind: 'short_term', report: report(today, 10, 12), lastReport: report(today, 10, 12) },
      ]),
      organization('b', [{ id: 'b1', name: 'B', kind: 'short_term', report: null, lastReport: report('2026-11-20', 6, 3) }]),
      organization('c', [{ id: 'c1', name: 'C', kind: 'short_term', report: null, lastReport: report('2026-11-19', 100, 100) }]),
      organization('d', [{ id: 'd1', name: 'D', kind: 'short_term', report: null, lastReport: null }]),
    ]);
    expect(totals.reported.municipal).toEqual({
      capacity: 10,
      occupied: 12,
      free: 0,
      surgeCapacity: 10,
      overcrowding: 2,
      promised: 0,
      onLoan: 0,
    });
    expect(totals.reported.coverage).toEqual({ units: 4, reported: 1, carriedForward: 0, missing: 3 });
    expect(totals.estimated.municipal).toEqual({
      capacity: 16,
      occupied: 15,
      free: 3,
      surgeCapacity: 16,
      overcrowding: 2,
      promised: 0,
      onLoan: 0,
    });
    expect(totals.estimated.coverage).toEqual({ units: 4, reported: 1, carriedForward: 1, missing: 2 });
  });

  it('keeps hospital, ICU and municipal places apart, and counts COVID and closed beds', () => {
    const totals = computeTotals(today, [
      organization('r', [
        {
          id: 'h',
          name: 'H',
          kind: 'hospital',
          report: report(today, 300, 338, { covidPatients: 4, closedBeds: 20 }),
          lastReport: null,
        },
        { id: 'i', name: 'I', kind: 'icu', report: report(today, 12, 10, { covidPatients: 1 }), lastReport: null },
      ]),
      organization('m', [
        { id: 'p', name: 'P', kind: 'palliative', report: report(today, 6, 5, { surgeCapacity: 8 }), lastReport: null },
      ]),
    ]);
    expect(totals.reported.hospital).toEqual({
      capacity: 300,
      occupied: 338,
      overcrowding: 38,
      covidPatients: 4,
      closedBeds: 20,
    });
    expect(totals.reported.icu).toEqual({ capacity: 12, occupied: 10, covidPatients: 1 });
    expect(totals.reported.municipal).toMatchObject({ capacity: 6, occupied: 5, free: 1, surgeCapacity: 8 });
  });

  it('sums ready-for-discharge from today’s flows, and estimates silent ones from their last flows', () => {
    const flows = (date: string, readyForDischarge: number) =>
      ({ municipalityCode: 'x', date, readyForDischarge }) as StoredFlowRow;
    const totals = computeTotals(today, [
      organization('a', [], flows(today, 5)),
      organization('b', [], null, flows('2026-11-22', 7)),
      organization('c', [], null, flows('2026-11-01', 50)),
    ]);
    expect(totals.reported.readyForDischarge).toBe(5);
    expect(totals.estimated.readyForDischarge).toBe(12);
  });

  it('counts lent places once, where they are: promised places leave the lender’s free places, places in use are occupied', () => {
    const loan = (places: number, status: PlaceLoan['status']): PlaceLoan => ({
      offerId: `o-${status}`,
      requestId: 'r',
      requestNumber: 1,
      lenderCode: 'falun',
      unitId: 'lunden',
      borrowerCode: 'avesta',
      unitKind: 'short_term',
      places,
      status,
      from: today,
      to: today,
    });
    const organizations = [
      organization('falun', [
        { id: 'lunden', name: 'Lunden', kind: 'short_term', report: report(today, 34, 25), lastReport: report(today, 34, 25) },
      ]),
      organization('avesta', [
        { id: 'avesta-k', name: 'Avesta', kind: 'short_term', report: report(today, 14, 15), lastReport: null },
      ]),
    ];
    const without = computeTotals(today, organizations);
    const withLoans = computeTotals(today, organizations, [loan(4, 'accepted'), loan(2, 'delivered')]);
    // Capacity and occupancy are what the units report, whoever's patients lie there.
    expect(withLoans.reported.municipal.capacity).toBe(without.reported.municipal.capacity);
    expect(withLoans.reported.municipal.occupied).toBe(without.reported.municipal.occupied);
    expect(without.reported.municipal.free).toBe(9);
    expect(withLoans.reported.municipal).toMatchObject({ free: 5, promised: 4, onLoan: 6 });
    expect(withLoans.estimated.municipal).toMatchObject({ free: 5, promised: 4, onLoan: 6 });
    // More promised than free: none free, never negative.
    expect(computeTotals(today, organizations, [loan(20, 'accepted')]).reported.municipal.free).toBe(0);
  });
});
