import type { CalendarEntry, NetworkMember, NetworkSummary } from '@lagesbild/shared';

export interface NetworkRow {
  id: string;
  region_code: string;
  name: string;
  decision_phrase: string;
  description: string | null;
  next_paragraph: number | null;
  extra_recipients: string[];
  feed_token: string;
}

export const NETWORK_COLUMNS =
  'n.id, n.region_code, n.name, n.decision_phrase, n.description, n.next_paragraph, n.extra_recipients, n.feed_token';

export interface MemberRow {
  id: string;
  network_id: string;
  name: string;
  organization_code: string | null;
  role: string | null;
  email: string | null;
  username: string | null;
  deputy_for: string | null;
}

export const MEMBER_COLUMNS = 'id, network_id, name, organization_code, role, email, username, deputy_for';

export function toMember(row: MemberRow): NetworkMember {
  return {
    id: row.id,
    name: row.name,
    organizationCode: row.organization_code,
    role: row.role,
    email: row.email,
    username: row.username,
    deputyFor: row.deputy_for,
  };
}

export interface CalendarRow {
  id: string;
  network_id: string;
  meeting_date: string;
  start_time: string;
  end_time: string | null;
  place: string | null;
  link: string | null;
  title: string | null;
  sequence: number;
  updated_at: Date;
  meeting_id: string | null;
}

export const CALENDAR_COLUMNS = `c.id, c.network_id, to_char(c.meeting_date, 'YYYY-MM-DD') AS meeting_date,
  to_char(c.start_time, 'HH24:MI') AS start_time, to_char(c.end_time, 'HH24:MI') AS end_time, c.place, c.link, c.title,
  c.sequence, c.updated_at, (SELECT m.id FROM meetings m WHERE m.calendar_entry_id = c.id) AS meeting_id`;

export function toCalendarEntry(row: CalendarRow): CalendarEntry {
  return {
    id: row.id,
    date: row.meeting_date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    link: row.link,
    title: row.title,
    meetingId: row.meeting_id,
  };
}

export function toNetworkSummary(
  row: NetworkRow,
  parts: { next: CalendarEntry | null; openMeetingId: string | null },
): NetworkSummary {
  return {
    id: row.id,
    region: row.region_code,
    name: row.name,
    decisionPhrase: row.decision_phrase,
    description: row.description,
    nextParagraph: row.next_paragraph,
    extraRecipients: row.extra_recipients,
    ...parts,
  };
}

export const feedPath = (token: string): string => `/api/calendar/${token}.ics`;
