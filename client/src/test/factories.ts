import type {
  HelpRequest,
  PlaceLoan,
  RequestOffer,
  EscalationLevelState,
  FlowRow,
  FlowValueKey,
  History,
  HistoryPoint,
  HistorySeries,
  HistoryValues,
  Meeting,
  Report,
  ReportUpdatedEvent,
  Situation,
  SituationOrganization,
  SituationUnit,
  StoredFlowRow,
} from '@lagesbild/shared';
import { computeTotals, DEFAULT_ESCALATION_SETTINGS, eachDay, FLOW_VALUE_KEYS, HISTORY_VALUE_KEYS } from '@lagesbild/shared';

// Small builders for situations in component and unit tests; every field has a plain default.

export function report(overrides: Partial<Report> = {}): Report {
  return {
    unitId: 'u-falun-1',
    date: '2025-11-24',
    version: 1,
    capacity: 34,
    occupied: 30,
    surgeCapacity: 40,
    admissions: 3,
    discharges: 2,
    dischargesByDestination: null,
    staffing: 'normal',
    sickLeavePct: null,
    covidPatients: null,
    closedBeds: null,
    comment: null,
    updatedAt: '2025-11-24T07:30:00.000Z',
    updatedBy: 'falun',
    ...overrides,
  };
}

export function unit(overrides: Partial<SituationUnit> = {}): SituationUnit {
  return { id: 'u-falun-1', name: 'Lunden', kind: 'short_term', report: null, lastReport: null, ...overrides };
}

export function organization(overrides: Partial<SituationOrganization> = {}): SituationOrganization {
  return {
    code: '2080',
    name: 'Falun',
    kind: 'municipality',
    population: 59945,
    lastReportedAt: null,
    units: [unit()],
    flows: null,
    ...overrides,
    // Today's flows are also the latest ones unless a test says otherwise.
    lastFlows: overrides.lastFlows !== undefined ? overrides.lastFlows : (overrides.flows ?? null),
  };
}

export function flowRow(overrides: Partial<StoredFlowRow> = {}): StoredFlowRow {
  return {
    municipalityCode: '2080',
    date: '2025-11-24',
    version: 1,
    inpatients: 10,
    admissions: 4,
    discharges: 3,
    dischargesHome: 1,
    dischargesShortTerm: 1,
    dischargesNursingHome: 1,
    dischargesOther: 0,
    readyForDischarge: 5,
    readmissions: null,
    updatedAt: '2025-11-24T08:00:00.000Z',
    updatedBy: 'region-dalarna',
    ...overrides,
  };
}

export function situation(organizations: SituationOrganization[], overrides: Partial<Situation> = {}): Situation {
  const date = overrides.date ?? '2025-11-24';
  const { reported, estimated } = computeTotals(date, organizations);
  return {
    region: '20',
    regionName: 'Region Dalarna',
    date,
    seq: 10,
    generatedAt: '2025-11-24T09:00:00.000Z',
    totals: { reported, estimated, carryForwardDays: 3 },
    organizations,
    levels: [],
    reporting: { deadlinesByLevel: DEFAULT_ESCALATION_SETTINGS.deadlines, deadline: null, overdue: [] },
    ...overrides,
  };
}

/** A declared level, as the situation lists it. */
export function level(overrides: Partial<EscalationLevelState> = {}): EscalationLevelState {
  return {
    organizationCode: '20',
    level: 'staff',
    reason: 'Överbeläggningar, ca 20 vårdplatser saknar personal.',
    measures: ['electiveSurgeryStopped'],
    otherMeasures: null,
    since: '2025-11-24T06:40:00.000Z',
    version: 1,
    updatedAt: '2025-11-24T06:40:00.000Z',
    updatedBy: 'chair-dalarna',
    ...overrides,
  };
}

/** A History in the API's column layout, built from readable per-day points. */
export function history(input: {
  from: string;
  to: string;
  series?: { organizationCode: string; unitKind: HistorySeries['unitKind']; points: HistoryPoint[] }[];
  flows?: { municipalityCode: string; points: (FlowRow & { date: string })[] }[];
  comments?: History['comments'];
  holidays?: History['holidays'];
}): History {
  const days = eachDay(input.from, input.to);
  const column = <P extends { date: string }>(points: readonly P[], pick: (point: P) => number | null): (number | null)[] =>
    days.map((day) => {
      const point = points.find((candidate) => candidate.date === day);
      return point ? pick(point) : null;
    });
  return {
    region: '20',
    from: input.from,
    to: input.to,
    resolution: 'day',
    days,
    holidays: input.holidays ?? [],
    series: (input.series ?? []).map(({ organizationCode, unitKind, points }) => ({
      organizationCode,
      unitKind,
      ...(Object.fromEntries(HISTORY_VALUE_KEYS.map((key) => [key, column(points, (point) => point[key])])) as HistoryValues<
        (typeof HISTORY_VALUE_KEYS)[number]
      >),
    })),
    flows: (input.flows ?? []).map(({ municipalityCode, points }) => ({
      municipalityCode,
      ...(Object.fromEntries(
        FLOW_VALUE_KEYS.map((key) => [key, column(points, (point) => point[key])]),
      ) as HistoryValues<FlowValueKey>),
    })),
    comments: input.comments ?? [],
  };
}

/** An open meeting of Region Dalarna with Falun in the round and nothing recorded yet. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    region: '20',
    title: 'Lägesmöte v. 48',
    date: '2025-11-24',
    status: 'open',
    createdBy: 'chair-dalarna',
    createdAt: '2025-11-24T09:00:00Z',
    closedAt: null,
    version: 1,
    participants: ['20', '2080'],
    step: null,
    snapshot: situation([organization()]),
    snapshotAt: '2025-11-24T09:00:00Z',
    previousSnapshot: null,
    notes: [],
    decisions: [],
    actions: [],
    networkId: null,
    networkName: null,
    network: null,
    startTime: null,
    endTime: null,
    place: null,
    link: null,
    firstParagraph: null,
    agenda: [],
    currentItemId: null,
    attendance: { members: [], guests: [] },
    followUp: [],
    previousMeeting: null,
    minutesSends: [],
    ...overrides,
  };
}

/** Falun's Lunden updated live, as the socket sends it. */
export function reportUpdated(seq: number, overrides: Partial<ReportUpdatedEvent> = {}): ReportUpdatedEvent {
  return {
    seq,
    region: '20',
    date: '2025-11-24',
    organizationCode: '2080',
    unitId: 'u-falun-1',
    report: report(),
    ...overrides,
  };
}

/** Falun lends places of Lunden to Avesta: accepted (promised) unless a test says otherwise. */
export function placeLoan(overrides: Partial<PlaceLoan> = {}): PlaceLoan {
  return {
    offerId: 'o1',
    requestId: 'r1',
    requestNumber: 7,
    lenderCode: '2080',
    unitId: 'u-falun-1',
    borrowerCode: '2084',
    unitKind: 'short_term',
    places: 4,
    status: 'accepted',
    from: '2025-11-24',
    to: '2025-12-01',
    ...overrides,
  };
}

export function requestOffer(overrides: Partial<RequestOffer> = {}): RequestOffer {
  return {
    id: 'o1',
    requestId: 'r1',
    lineId: 'l1',
    organizationCode: '2080',
    unitId: 'u-falun-1',
    quantity: 4,
    acceptedQuantity: null,
    status: 'offered',
    comment: null,
    declineReason: null,
    createdAt: '2025-11-24T09:00:00.000Z',
    createdBy: 'falun',
    decidedAt: null,
    decidedBy: null,
    decidedInMeeting: null,
    deliveredAt: null,
    returnedAt: null,
    updatedAt: '2025-11-24T09:00:00.000Z',
    ...overrides,
  };
}

/** Avesta asks for six short-term places for a week, with the offers given. */
export function helpRequest(offers: RequestOffer[] = [], overrides: Partial<HelpRequest> = {}): HelpRequest {
  const accepted = offers
    .filter((offer) => ['accepted', 'delivered', 'returned'].includes(offer.status))
    .reduce((sum, offer) => sum + (offer.acceptedQuantity ?? offer.quantity), 0);
  const offered = offers.filter((offer) => offer.status === 'offered').reduce((sum, offer) => sum + offer.quantity, 0);
  return {
    id: 'r1',
    number: 7,
    region: '20',
    requesterCode: '2084',
    status: accepted === 0 ? 'open' : accepted >= 6 ? 'covered' : 'partly_covered',
    reason: 'Korttidsenheten är full.',
    urgency: 'urgent',
    neededBy: '2025-11-24',
    periodEnd: '2025-12-01',
    createdAt: '2025-11-24T08:00:00.000Z',
    createdBy: 'avesta',
    openedAt: '2025-11-24T08:00:00.000Z',
    endedAt: null,
    endedBy: null,
    updatedAt: '2025-11-24T09:00:00.000Z',
    version: 2 + offers.length,
    lines: [
      {
        id: 'l1',
        position: 1,
        kind: 'places',
        unitKind: 'short_term',
        from: '2025-11-24',
        to: '2025-12-01',
        quantities: { asked: 6, offered, accepted, delivered: 0, returned: 0, open: Math.max(0, 6 - accepted) },
        offers,
      },
    ],
    ...overrides,
  };
}
