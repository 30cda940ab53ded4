import type { Situation } from './types.js';

export type MeetingStatus = 'open' | 'closed';

export interface MeetingDecision {
  id: string;
  text: string;
  createdAt: string;
  createdBy: string;
}

export interface MeetingAction {
  id: string;
  who: string;
  what: string;
  due: string | null;
  createdAt: string;
  createdBy: string;
}

export interface MeetingNote {
  organizationCode: string;
  text: string;
  updatedAt: string;
  updatedBy: string;
}

export interface MeetingSummary {
  id: string;
  region: string;
  title: string;
  date: string;
  status: MeetingStatus;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

/**
 * A situation meeting. `version` grows by one with every change to the meeting (its own counter,
 * not the region's seq): followers replace their copy with any newer version they receive.
 */
export interface Meeting extends MeetingSummary {
  version: number;
  /** Organisation codes in the order of the round: by default the region first, then the municipalities. */
  participants: string[];
  /** Index into `participants` of the organisation on screen, or null for the overview. */
  step: number | null;
  /** The figures frozen when the meeting started (or when the chair last refreshed them). */
  snapshot: Situation;
  snapshotAt: string;
  /** The previous meeting's frozen figures in this region, for "change since the previous meeting". */
  previousSnapshot: Situation | null;
  notes: MeetingNote[];
  decisions: MeetingDecision[];
  actions: MeetingAction[];
}

export interface MeetingUpdatedEvent {
  meeting: Meeting;
}
