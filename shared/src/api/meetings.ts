import type {
  ActionState,
  AgendaItem,
  Attendance,
  DecisionFigureValue,
  FollowUpAction,
  MeetingNetwork,
  MinutesSend,
} from './networks.js';
import type { Situation } from './types.js';

export type MeetingStatus = 'open' | 'closed';

export interface MeetingDecision {
  id: string;
  text: string;
  agendaItemId: string | null;
  organizationCode: string | null;
  figure: DecisionFigureValue | null;
  createdAt: string;
  createdBy: string;
}

export interface MeetingAction {
  id: string;
  who: string;
  what: string;
  due: string | null;
  untilNextMeeting: boolean;
  agendaItemId: string | null;
  ownerOrganizationCode: string | null;
  ownerMemberId: string | null;
  state: ActionState;
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
  networkId: string | null;
  networkName: string | null;
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
  /** The network it is a meeting of; null for a situation meeting on its own (no agenda). */
  network: MeetingNetwork | null;
  /** From the calendar entry it holds: "13:00", "15:00", "Teams". */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  link: string | null;
  /** The § number of the agenda's first item; null where the network does not number (items are 1, 2, …). */
  firstParagraph: number | null;
  agenda: AgendaItem[];
  /** The agenda item on screen, or null. */
  currentItemId: string | null;
  attendance: Attendance;
  /** Open actions of the network's earlier meetings, and those ticked off in this one. */
  followUp: FollowUpAction[];
  /** The network's meeting before this one, whose minutes are put on file. */
  previousMeeting: { id: string; title: string; date: string } | null;
  minutesSends: MinutesSend[];
}

export interface MeetingUpdatedEvent {
  meeting: Meeting;
}
