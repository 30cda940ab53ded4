import type { Meeting, MeetingSummary, Situation } from '@lagesbild/shared';

export interface MeetingRow {
  id: string;
  region_code: string;
  title: string;
  meeting_date: string;
  status: 'open' | 'closed';
  version: number;
  participants: string[];
  step: number | null;
  snapshot: Situation;
  snapshot_at: Date;
  created_by: string;
  created_at: Date;
  closed_at: Date | null;
  network_id: string | null;
  network_name: string | null;
  first_paragraph: number | null;
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  link: string | null;
  current_item_id: string | null;
}

/** Selected from `meetings m`. */
export const MEETING_COLUMNS = `m.id, m.region_code, m.title, m.meeting_date, m.status, m.version, m.participants, m.step,
  m.snapshot, m.snapshot_at, m.created_by, m.created_at, m.closed_at, m.network_id,
  (SELECT n.name FROM networks n WHERE n.id = m.network_id) AS network_name, m.first_paragraph,
  to_char(m.start_time, 'HH24:MI') AS start_time, to_char(m.end_time, 'HH24:MI') AS end_time, m.place, m.link,
  m.current_item_id`;

/** The columns a summary needs (no snapshot: a list of 200 meetings stays small). */
export const SUMMARY_COLUMNS = `m.id, m.region_code, m.title, m.meeting_date, m.status, m.created_by, m.created_at,
  m.closed_at, m.network_id, (SELECT n.name FROM networks n WHERE n.id = m.network_id) AS network_name`;

type SummaryRow = Pick<
  MeetingRow,
  | 'id'
  | 'region_code'
  | 'title'
  | 'meeting_date'
  | 'status'
  | 'created_by'
  | 'created_at'
  | 'closed_at'
  | 'network_id'
  | 'network_name'
>;

export function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    region: row.region_code,
    title: row.title,
    date: row.meeting_date,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    networkId: row.network_id,
    networkName: row.network_name,
  };
}

type MeetingParts = Omit<
  Meeting,
  | keyof MeetingSummary
  | 'version'
  | 'participants'
  | 'step'
  | 'snapshot'
  | 'snapshotAt'
  | 'startTime'
  | 'endTime'
  | 'place'
  | 'link'
  | 'currentItemId'
  | 'firstParagraph'
>;

export function toMeeting(row: MeetingRow, parts: MeetingParts): Meeting {
  return {
    ...toSummary(row),
    version: row.version,
    participants: row.participants,
    step: row.step,
    snapshot: row.snapshot,
    snapshotAt: row.snapshot_at.toISOString(),
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    link: row.link,
    currentItemId: row.current_item_id,
    firstParagraph: row.first_paragraph,
    ...parts,
  };
}
