import type { Meeting, MeetingAction, MeetingDecision, MeetingNote, MeetingSummary, Situation } from '@lagesbild/shared';

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
}

export const MEETING_COLUMNS = `id, region_code, title, meeting_date, status, version, participants, step, snapshot, snapshot_at,
  created_by, created_at, closed_at`;

export function toSummary(
  row: Omit<MeetingRow, 'snapshot' | 'participants' | 'step' | 'version' | 'snapshot_at'>,
): MeetingSummary {
  return {
    id: row.id,
    region: row.region_code,
    title: row.title,
    date: row.meeting_date,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

export function toMeeting(
  row: MeetingRow,
  parts: { notes: MeetingNote[]; decisions: MeetingDecision[]; actions: MeetingAction[]; previousSnapshot: Situation | null },
): Meeting {
  return {
    ...toSummary(row),
    version: row.version,
    participants: row.participants,
    step: row.step,
    snapshot: row.snapshot,
    snapshotAt: row.snapshot_at.toISOString(),
    ...parts,
  };
}
