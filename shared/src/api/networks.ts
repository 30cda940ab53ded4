import type { ActionStatus, AgendaContent, AgendaItemType, AttendanceStatus, DecisionFigure } from '../domain/meetings.js';

/** A person in a network: not necessarily a user of Lägesbild. */
export interface NetworkMember {
  id: string;
  name: string;
  organizationCode: string | null;
  role: string | null;
  email: string | null;
  username: string | null;
  /** A deputy (ersättare) names the member they stand in for. */
  deputyFor: string | null;
}

/** One coming (or past) meeting in a network's calendar. */
export interface CalendarEntry {
  id: string;
  date: string;
  startTime: string;
  endTime: string | null;
  place: string | null;
  link: string | null;
  title: string | null;
  /** The meeting held at this time, once it has been started. */
  meetingId: string | null;
}

export interface NetworkSummary {
  id: string;
  region: string;
  name: string;
  decisionPhrase: string;
  description: string | null;
  nextParagraph: number | null;
  extraRecipients: string[];
  /** The next calendar entry from today on, if any. */
  next: CalendarEntry | null;
  /** The meeting of this network in progress, if any. */
  openMeetingId: string | null;
}

export interface Network extends NetworkSummary {
  members: NetworkMember[];
  calendar: CalendarEntry[];
  /**
   * Path of the network's calendar feed (`/api/calendar/<token>.ics`): a secret address calendar
   * apps subscribe to without logging in. Rotating it ends every old subscription.
   */
  feedPath: string;
}

/** What a meeting carries of its network, so the meeting page needs nothing else. */
export interface MeetingNetwork {
  id: string;
  name: string;
  decisionPhrase: string;
  members: NetworkMember[];
  extraRecipients: string[];
}

export interface AgendaLink {
  label: string | null;
  url: string;
}

export interface AgendaItem {
  id: string;
  /** The § number where the network numbers its items, else the position (1, 2, …). */
  number: number;
  type: AgendaItemType;
  content: AgendaContent;
  title: string;
  presenter: string | null;
  proposal: string | null;
  text: string | null;
  links: AgendaLink[];
}

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
  substituteId: string | null;
}

export interface Guest {
  name: string;
  organization: string | null;
  role: string | null;
}

export interface Attendance {
  members: AttendanceEntry[];
  guests: Guest[];
}

export interface DecisionFigureValue {
  kind: DecisionFigure;
  /** As the minutes print it: "Avesta 15 av 14 platser". */
  text: string;
}

export interface ActionState {
  status: ActionStatus;
  /** Who set the status and when, and in which meeting; null while it is as created. */
  changedAt: string | null;
  changedBy: string | null;
  changedInMeetingId: string | null;
  changedInMeetingDate: string | null;
}

/** An action of an earlier meeting, as the follow-up of this one shows it. */
export interface FollowUpAction {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  who: string;
  what: string;
  due: string | null;
  untilNextMeeting: boolean;
  ownerOrganizationCode: string | null;
  ownerMemberId: string | null;
  state: ActionState;
  /** Past its date (or "till nästa möte" and a meeting has passed) and not done. */
  overdue: boolean;
}

export interface MinutesSend {
  id: string;
  requestedAt: string;
  requestedBy: string;
  recipients: number;
  sent: number;
  failed: number;
  /** queued until the job has tried everyone; then sent, partly (some failed) or failed. */
  status: 'queued' | 'sent' | 'partly' | 'failed';
}

/** An open action the caller owns (as a named member) or their organisation owns. */
export interface MyAction {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  networkName: string | null;
  who: string;
  what: string;
  due: string | null;
  untilNextMeeting: boolean;
  overdue: boolean;
  /** person: the caller is the named owner; organization: the caller's organisation is. */
  owner: 'person' | 'organization';
}

export interface MeetingSearchHit {
  id: string;
  title: string;
  date: string;
  status: 'open' | 'closed';
  networkName: string | null;
  /** The best passage, with matches between \uE000 and \uE001 (plain text otherwise). */
  headline: string;
}
