import type { LiveChangeBase, ReportUpdatedEvent, RequestUpdatedEvent } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import {
  flowRow,
  helpRequest,
  organization,
  placeLoan,
  report,
  reportUpdated,
  requestOffer,
  situation,
  unit,
} from '../../test/factories';
import { INITIAL_LIVE_DATA, stepLive, type LiveData, type LiveInput } from './live-reducer';

/** A change off the socket, of any kind: the registry's or one this build has never heard of. */
function change<T extends LiveChangeBase>(type: string, payload: T): LiveInput {
  return { type: 'change', change: { type, payload } };
}

function start(): LiveData {
  const base = situation([
    organization({ units: [unit({ lastReport: report({ date: '2025-11-23', occupied: 28 }) })] }),
    organization({ code: '2081', name: 'Borlänge', units: [unit({ id: 'u-borlange-1', name: 'Tallen' })] }),
  ]);
  return { situation: base, seq: base.seq };
}

const reportEvent = (seq: number, overrides: Partial<ReportUpdatedEvent> = {}): ReportUpdatedEvent =>
  reportUpdated(seq, { report: report({ occupied: 33, updatedAt: '2025-11-24T09:15:00.000Z' }), ...overrides });

describe('stepLive', () => {
  it('takes a situation as the whole truth, seq included', () => {
    const { situation: fresh } = start();
    const step = stepLive(INITIAL_LIVE_DATA, { type: 'situation', situation: fresh! });
    expect(step.outcome).toBe('applied');
    expect(step.data.seq).toBe(10);
  });

  it('applies the next report: unit report, last report, lastReportedAt and totals', () => {
    const data = start();
    const step = stepLive(data, change('report.updated', reportEvent(11)));
    expect(step.outcome).toBe('applied');
    expect(step.changed).toEqual(['2080']);
    expect(step.data.seq).toBe(11);
    const falun = step.data.situation!.organizations[0]!;
    expect(falun.units[0]!.report?.occupied).toBe(33);
    expect(falun.units[0]!.lastReport?.occupied).toBe(33);
    expect(falun.lastReportedAt).toBe('2025-11-24T09:15:00.000Z');
    expect(step.data.situation!.totals.reported.municipal.occupied).toBe(33);
    expect(step.data.situation!.totals.reported.coverage.reported).toBe(1);
    expect(step.data.situation!.seq).toBe(11);
  });

  it('ignores what it has already seen', () => {
    const data = start();
    const step = stepLive(data, change('report.updated', reportEvent(10)));
    expect(step.outcome).toBe('ignored');
    expect(step.data).toBe(data);
  });

  it('asks for a resync on a gap instead of applying', () => {
    const data = start();
    const step = stepLive(data, change('report.updated', reportEvent(13)));
    expect(step.outcome).toBe('resync');
    expect(step.data).toBe(data);
  });

  it('asks for a resync when a heartbeat is ahead, and not when it matches', () => {
    const data = start();
    expect(stepLive(data, { type: 'region.seq', seq: 11 }).outcome).toBe('resync');
    expect(stepLive(data, { type: 'region.seq', seq: 10 }).outcome).toBe('ignored');
  });

  it('asks for a resync when a change belongs to a later day (midnight passed)', () => {
    const step = stepLive(start(), change('report.updated', reportEvent(11, { date: '2025-11-25' })));
    expect(step.outcome).toBe('resync');
  });

  it('keeps today unchanged for a correction of an older day, but advances seq and lastReport', () => {
    const older = report({ date: '2025-11-23', occupied: 20, version: 2 });
    const step = stepLive(start(), change('report.updated', reportEvent(11, { date: '2025-11-23', report: older })));
    expect(step.outcome).toBe('applied');
    const falunUnit = step.data.situation!.organizations[0]!.units[0]!;
    expect(falunUnit.report).toBeNull();
    expect(falunUnit.lastReport?.occupied).toBe(20);
    expect(step.data.seq).toBe(11);
  });

  it('ignores events before the first situation and from other regions', () => {
    expect(stepLive(INITIAL_LIVE_DATA, change('report.updated', reportEvent(1))).outcome).toBe('ignored');
    expect(stepLive(start(), change('report.updated', reportEvent(11, { region: '10' }))).outcome).toBe('ignored');
  });

  it('replaces flows per row and recomputes ready for discharge', () => {
    const step = stepLive(
      start(),
      change('flows.updated', {
        seq: 11,
        region: '20',
        date: '2025-11-24',
        rows: [flowRow({ readyForDischarge: 7 }), flowRow({ municipalityCode: '2081', readyForDischarge: 2 })],
      }),
    );
    expect(step.outcome).toBe('applied');
    expect(step.changed).toEqual(['2080', '2081']);
    expect(step.data.situation!.organizations.map((org) => org.flows?.readyForDischarge)).toEqual([7, 2]);
    expect(step.data.situation!.totals.reported.readyForDischarge).toBe(9);
  });

  it('a correction of yesterday’s flows feeds the estimate but not today’s reported total', () => {
    const step = stepLive(
      start(),
      change('flows.updated', {
        seq: 11,
        region: '20',
        date: '2025-11-23',
        rows: [flowRow({ date: '2025-11-23', readyForDischarge: 4 })],
      }),
    );
    const falun = step.data.situation!.organizations[0]!;
    expect(falun.flows).toBeNull();
    expect(falun.lastFlows?.readyForDischarge).toBe(4);
    expect(step.data.situation!.totals.reported.readyForDischarge).toBe(0);
    expect(step.data.situation!.totals.estimated.readyForDischarge).toBe(4);
  });

  it('applies a replayed sequence in order', () => {
    let data = start();
    for (const [seq, occupied] of [
      [11, 31],
      [12, 32],
      [13, 29],
    ] as const) {
      data = stepLive(data, change('report.updated', reportEvent(seq, { report: report({ occupied }) }))).data;
    }
    expect(data.seq).toBe(13);
    expect(data.situation!.organizations[0]!.units[0]!.report?.occupied).toBe(29);
  });

  it('takes the seq of a kind it does not apply to the situation, so the next change is no gap', () => {
    const data = start();
    const unknown = stepLive(data, change('request.created', { seq: 11, region: '20', requestId: 'r-1' }));
    expect(unknown.outcome).toBe('applied');
    expect(unknown.changed).toEqual([]);
    expect(unknown.data.seq).toBe(11);
    expect(unknown.data.situation!.seq).toBe(11);
    expect(unknown.data.situation!.organizations).toBe(data.situation!.organizations);
    const next = stepLive(unknown.data, change('report.updated', reportEvent(12)));
    expect(next.outcome).toBe('applied');
    expect(next.data.seq).toBe(12);
  });

  it('treats a kind it does not know like any other: old news ignored, a gap resyncs, a later day resyncs', () => {
    const data = start();
    expect(stepLive(data, change('escalation.declared', { seq: 10, region: '20' })).outcome).toBe('ignored');
    expect(stepLive(data, change('escalation.declared', { seq: 12, region: '20' })).outcome).toBe('resync');
    expect(stepLive(data, change('escalation.declared', { seq: 11, region: '20', date: '2025-11-25' })).outcome).toBe('resync');
    expect(stepLive(data, change('escalation.declared', { seq: 11, region: '10' })).outcome).toBe('ignored');
  });

  it('takes the place loans a request change carries: the lender’s free places and the totals follow, both sides marked', () => {
    const base = situation([
      organization({ units: [unit({ report: report({ capacity: 34, occupied: 25 }) })] }),
      organization({
        code: '2084',
        name: 'Avesta',
        units: [unit({ id: 'u-avesta', report: report({ capacity: 14, occupied: 15 }) })],
      }),
    ]);
    const data: LiveData = { situation: base, seq: base.seq };
    const requestEvent = (seq: number, loans: RequestUpdatedEvent['loans']): RequestUpdatedEvent => ({
      seq,
      region: '20',
      date: '2025-11-24',
      request: helpRequest([requestOffer({ status: 'accepted', acceptedQuantity: 4 })]),
      loans,
    });
    expect(base.totals.reported.municipal.free).toBe(9);

    const accepted = stepLive(data, change('request.updated', requestEvent(11, [placeLoan()])));
    expect(accepted.outcome).toBe('applied');
    expect(accepted.changed.sort()).toEqual(['2080', '2084']);
    expect(accepted.data.situation!.loans).toEqual([placeLoan()]);
    expect(accepted.data.situation!.totals.reported.municipal).toMatchObject({ free: 5, promised: 4, onLoan: 4 });

    // An offer that changes no loan moves the seq and marks nobody.
    const offered = stepLive(accepted.data, change('request.updated', requestEvent(12, [placeLoan()])));
    expect(offered.changed).toEqual([]);
    expect(offered.data.seq).toBe(12);
    const delivered = stepLive(offered.data, change('request.updated', requestEvent(13, [placeLoan({ status: 'delivered' })])));
    expect(delivered.data.situation!.totals.reported.municipal).toMatchObject({ free: 9, promised: 0, onLoan: 4 });
  });
});
