import {
  computeTotals,
  type EscalationDeclaredEvent,
  type FlowsUpdatedEvent,
  type ReportConfirmedEvent,
  type LiveChangeBase,
  type LiveChangeEvents,
  type LiveChangeKind,
  type PlaceLoan,
  type ReportUpdatedEvent,
  type RequestUpdatedEvent,
  type Situation,
  type SituationOrganization,
} from '@lagesbild/shared';

/** What the client knows: the situation and the seq it is current to (0 before the first situation). */
export interface LiveData {
  situation: Situation | null;
  seq: number;
}

/** A change as it comes off the socket: any kind, known to this screen or not. */
export interface IncomingChange {
  type: string;
  payload: LiveChangeBase;
}

export type LiveInput =
  { type: 'situation'; situation: Situation } | { type: 'change'; change: IncomingChange } | { type: 'region.seq'; seq: number };

/**
 * `applied` changed the data; `ignored` was old news; `resync` means the data can no longer be
 * trusted (a gap in seq, or a new reporting day) and a fresh situation must be asked for.
 */
export interface LiveStep {
  data: LiveData;
  outcome: 'applied' | 'ignored' | 'resync';
  /** Organisations whose figures changed, so the view can mark their rows. */
  changed: string[];
}

export const INITIAL_LIVE_DATA: LiveData = { situation: null, seq: 0 };

type SituationApplier<K extends LiveChangeKind> = (
  situation: Situation,
  event: LiveChangeEvents[K],
) => { situation: Situation; changed: string[] };

/**
 * The kinds that change the situation itself. Every other kind (requests, escalation, …) only
 * moves the seq here, and reaches the feature that shows it through the live feed.
 */
const SITUATION_APPLIERS: { [K in LiveChangeKind]?: SituationApplier<K> } = {
  'report.updated': (situation, event) => ({
    situation: applyReportUpdated(situation, event),
    changed: [event.organizationCode],
  }),
  'flows.updated': (situation, event) => ({
    situation: applyFlowsUpdated(situation, event),
    changed: event.rows.map((row) => row.municipalityCode),
  }),
  'request.updated': (situation, event) => applyRequestUpdated(situation, event),
  'report.confirmed': (situation, event) => ({ situation: applyReportConfirmed(situation, event), changed: [] }),
  'escalation.declared': (situation, event) => ({ situation: applyLevelDeclared(situation, event), changed: [] }),
  'escalation.settings': (situation, event) => ({
    situation: { ...situation, reporting: { ...situation.reporting, deadlinesByLevel: event.deadlinesByLevel } },
    changed: [],
  }),
};

function applierFor(type: string): SituationApplier<LiveChangeKind> | undefined {
  return Object.hasOwn(SITUATION_APPLIERS, type)
    ? (SITUATION_APPLIERS[type as LiveChangeKind] as SituationApplier<LiveChangeKind>)
    : undefined;
}

export function stepLive(data: LiveData, input: LiveInput): LiveStep {
  if (input.type === 'situation') {
    const { situation } = input;
    return { data: { situation, seq: situation.seq }, outcome: 'applied', changed: [] };
  }
  const { situation } = data;
  if (input.type === 'region.seq') {
    return { data, outcome: input.seq > data.seq ? 'resync' : 'ignored', changed: [] };
  }
  const { type, payload: event } = input.change;
  // Nothing to apply a change to yet: the situation that follows the subscribe will include it.
  if (!situation || event.region !== situation.region) return { data, outcome: 'ignored', changed: [] };
  if (event.seq <= data.seq) return { data, outcome: 'ignored', changed: [] };
  if (event.seq > data.seq + 1) return { data, outcome: 'resync', changed: [] };
  // A change for a later day means midnight has passed: today's situation is a different picture.
  if (event.date !== undefined && event.date > situation.date) return { data, outcome: 'resync', changed: [] };

  // Every kind takes its seq, whether or not it touches the situation: skipping one would look
  // like a gap at the next change and send every screen after a fresh situation.
  const applied = applierFor(type)?.(situation, event as LiveChangeEvents[LiveChangeKind]) ?? { situation, changed: [] };
  return {
    data: { situation: { ...applied.situation, seq: event.seq }, seq: event.seq },
    outcome: 'applied',
    changed: applied.changed,
  };
}

export function applyReportUpdated(situation: Situation, event: ReportUpdatedEvent): Situation {
  const { report } = event;
  const organizations = situation.organizations.map((organization): SituationOrganization => {
    if (organization.code !== event.organizationCode) return organization;
    const units = organization.units.map((unit) => {
      if (unit.id !== event.unitId) return unit;
      const isToday = event.date === situation.date;
      // A correction of an older day only matters if it is still the unit's latest report.
      const isLatest = !unit.lastReport || report.date >= unit.lastReport.date;
      return {
        ...unit,
        report: isToday ? report : unit.report,
        lastReport: isLatest ? report : unit.lastReport,
        confirmedAt: isToday ? report.updatedAt : unit.confirmedAt,
      };
    });
    const lastReportedAt =
      organization.lastReportedAt && organization.lastReportedAt > report.updatedAt
        ? organization.lastReportedAt
        : report.updatedAt;
    return { ...organization, units, lastReportedAt };
  });
  return withTotals({ ...situation, organizations });
}

export function applyFlowsUpdated(situation: Situation, event: FlowsUpdatedEvent): Situation {
  // Flows after the situation's day do not belong to it; older ones may still be the latest.
  if (event.date > situation.date) return situation;
  const rows = new Map(event.rows.map((row) => [row.municipalityCode, row]));
  const organizations = situation.organizations.map((organization) => {
    const row = rows.get(organization.code);
    if (!row) return organization;
    const isLatest = !organization.lastFlows || organization.lastFlows.date <= row.date;
    return {
      ...organization,
      flows: row.date === situation.date ? row : organization.flows,
      lastFlows: isLatest ? row : organization.lastFlows,
    };
  });
  return withTotals({ ...situation, organizations });
}

/**
 * A request change carries the region's place loans as they now stand on its day: they replace the
 * situation's, and the organisations on either side of a loan that changed are marked.
 */
export function applyRequestUpdated(
  situation: Situation,
  event: RequestUpdatedEvent,
): { situation: Situation; changed: string[] } {
  if (event.date !== situation.date) return { situation, changed: [] };
  const key = (loan: PlaceLoan) => `${loan.offerId}:${loan.places}:${loan.status}`;
  const before = new Set((situation.loans ?? []).map(key));
  const after = new Set(event.loans.map(key));
  const moved = [...(situation.loans ?? []), ...event.loans].filter((loan) => before.has(key(loan)) !== after.has(key(loan)));
  if (moved.length === 0) return { situation: { ...situation, loans: event.loans }, changed: [] };
  const changed = [...new Set(moved.flatMap((loan) => [loan.lenderCode, loan.borrowerCode]))];
  return { situation: withTotals({ ...situation, loans: event.loans }), changed };
}

/** Figures confirmed unchanged for a later deadline: the unit no longer counts as overdue. */
export function applyReportConfirmed(situation: Situation, event: ReportConfirmedEvent): Situation {
  if (event.date !== situation.date) return situation;
  const organizations = situation.organizations.map((organization) =>
    organization.code !== event.organizationCode
      ? organization
      : {
          ...organization,
          units: organization.units.map((unit) =>
            unit.id === event.unitId && unit.report ? { ...unit, confirmedAt: event.confirmedAt } : unit,
          ),
        },
  );
  return { ...situation, organizations };
}

/** An organisation's new level replaces its old one (the banner and the deadlines follow). */
export function applyLevelDeclared(situation: Situation, event: EscalationDeclaredEvent): Situation {
  const levels = [...situation.levels.filter((level) => level.organizationCode !== event.organizationCode), event.level];
  levels.sort((a, b) => a.organizationCode.localeCompare(b.organizationCode));
  return { ...situation, levels };
}

/** Totals the same way the server makes them, so a live total equals a reloaded one. */
export function withTotals(situation: Situation): Situation {
  const { reported, estimated } = computeTotals(situation.date, situation.organizations, situation.loans);
  return { ...situation, totals: { ...situation.totals, reported, estimated } };
}
