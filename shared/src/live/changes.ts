import type { EquipmentItem, HelpRequest, PlaceLoan } from '../api/requests.js';
import type { PlannedCapacityEntry } from '../api/forecast.js';
import type { EscalationSuggestion } from '../api/escalation.js';
import type { Report, StoredFlowRow } from '../api/types.js';
import type { StoredPlanDay } from '../schemas/holidays.js';
import type { EscalationLevelState, EscalationSettingsValues } from '../schemas/escalation.js';

/**
 * What every kind of live change carries: the region's `seq` it took (gapless, one per change in
 * the region) and the region. `date` is the reporting day it belongs to, where it belongs to one:
 * a change for a later day tells a client that midnight has passed.
 */
export interface LiveChangeBase {
  seq: number;
  region: string;
  date?: string;
}

export interface ReportUpdatedEvent extends LiveChangeBase {
  date: string;
  organizationCode: string;
  unitId: string;
  report: Report;
}

export interface FlowsUpdatedEvent extends LiveChangeBase {
  date: string;
  rows: StoredFlowRow[];
}

/** A municipality saved days of its holiday staffing plan: the days as now stored. */
export interface HolidayPlanUpdatedEvent extends LiveChangeBase {
  municipalityCode: string;
  days: StoredPlanDay[];
}

/** A planned change to a short-term unit's places was made, changed or withdrawn (no `date`: it is not a reporting day's). */
export interface PlannedCapacityUpdatedEvent extends LiveChangeBase {
  organizationCode: string;
  change: PlannedCapacityEntry;
}
/** An identical resubmission confirmed a unit's figures for a later deadline (no new version). */
export interface ReportConfirmedEvent extends LiveChangeBase {
  date: string;
  organizationCode: string;
  unitId: string;
  confirmedAt: string;
}

/** An organisation declared a level (or changed its reason or measures). */
export interface EscalationDeclaredEvent extends LiveChangeBase {
  organizationCode: string;
  level: EscalationLevelState;
}

/** The region's administrator changed its deadlines or triggers. */
export interface EscalationSettingsEvent extends LiveChangeBase {
  deadlinesByLevel: EscalationSettingsValues['deadlines'];
}

/** A suggestion was made, confirmed, dismissed or superseded. */
export interface EscalationSuggestionEvent extends LiveChangeBase {
  suggestion: EscalationSuggestion;
}

/**
 * A request or one of its offers changed. Carries the whole request (a screen replaces its copy,
 * `version` orders them) and the region's place loans as they now stand on `date`, so a dashboard
 * applies the loans to its situation without asking. (Whom the news is for gets it in their inbox.)
 */
export interface RequestUpdatedEvent extends LiveChangeBase {
  date: string;
  request: HelpRequest;
  loans: PlaceLoan[];
}

/** An item type of the region's equipment inventory was added or changed. */
export interface EquipmentUpdatedEvent extends LiveChangeBase {
  item: EquipmentItem;
}

/**
 * New notices for these users (server/src/notifications). It carries no content: each listed user's
 * client fetches its own inbox, where only the recipient can read a notice.
 */
export interface NotificationsCreatedEvent extends LiveChangeBase {
  usernames: string[];
}

/**
 * THE registry of the kinds of live change: the socket event name and its payload. Each goes
 * through the region's `seq` and the `changes` log, is replayed to a reconnecting client, and is
 * sent as its own socket event. Adding a kind is one line here plus one in LIVE_CHANGE_KINDS
 * (the compiler holds the two together); see docs/architecture.md, "Adding a kind of live change".
 */
export interface LiveChangeEvents {
  'report.updated': ReportUpdatedEvent;
  'flows.updated': FlowsUpdatedEvent;
  'notifications.created': NotificationsCreatedEvent;
  'holidayPlan.updated': HolidayPlanUpdatedEvent;
  'request.updated': RequestUpdatedEvent;
  'equipment.updated': EquipmentUpdatedEvent;
  'plannedCapacity.updated': PlannedCapacityUpdatedEvent;
  'report.confirmed': ReportConfirmedEvent;
  'escalation.declared': EscalationDeclaredEvent;
  'escalation.settings': EscalationSettingsEvent;
  'escalation.suggestion': EscalationSuggestionEvent;
}

export type LiveChangeKind = keyof LiveChangeEvents;

// Every payload must be a LiveChangeBase: a kind without `seq` and `region` fails to compile here.
type EveryPayloadHasSeq<T extends { [K in keyof T]: LiveChangeBase }> = T;
export type CheckedLiveChangeEvents = EveryPayloadHasSeq<LiveChangeEvents>;

const KINDS: { [K in LiveChangeKind]: true } = {
  'report.updated': true,
  'flows.updated': true,
  'notifications.created': true,
  'holidayPlan.updated': true,
  'request.updated': true,
  'equipment.updated': true,
  'plannedCapacity.updated': true,
  'report.confirmed': true,
  'escalation.declared': true,
  'escalation.settings': true,
  'escalation.suggestion': true,
};

/** Every kind, for those that listen to all of them (the client's live store, the test client). */
export const LIVE_CHANGE_KINDS = Object.keys(KINDS) as readonly LiveChangeKind[];

export function isLiveChangeKind(value: unknown): value is LiveChangeKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** One logged change, as the change log stores and replays it. */
export type LiveChange = { [K in LiveChangeKind]: { type: K; payload: LiveChangeEvents[K] } }[LiveChangeKind];
export type LiveChangeOf<K extends LiveChangeKind> = Extract<LiveChange, { type: K }>;

/**
 * How far behind a reconnecting client may be and still be sent the changes it missed; beyond it
 * gets a fresh situation (one shared read) instead of a long replay of its own.
 */
export const MAX_REPLAY = 100;
