import type { ActionState, ActionStatus, MeetingAction } from '@lagesbild/shared';

export interface ActionRow {
  id: string;
  meeting_id: string;
  who: string;
  what: string;
  due: string | null;
  until_next_meeting: boolean;
  agenda_item_id: string | null;
  owner_organization_code: string | null;
  owner_member_id: string | null;
  created_at: Date;
  created_by: string;
  status: ActionStatus;
  changed_at: Date | null;
  changed_by: string | null;
  changed_in_meeting_id: string | null;
  changed_in_meeting_date: string | null;
}

/** An action with its status: the latest row of meeting_action_status, or open while it has none. */
export const ACTION_COLUMNS = `a.id, a.meeting_id, a.who, a.what, a.due, a.until_next_meeting, a.agenda_item_id,
  a.owner_organization_code, a.owner_member_id, a.created_at, a.created_by,
  coalesce(s.status, 'open') AS status, s.changed_at, s.changed_by, s.meeting_id AS changed_in_meeting_id,
  (SELECT sm.meeting_date FROM meetings sm WHERE sm.id = s.meeting_id) AS changed_in_meeting_date`;

/** FROM meeting_actions a, then this. */
export const ACTION_STATE_JOIN = `LEFT JOIN LATERAL (
    SELECT st.status, st.changed_at, st.changed_by, st.meeting_id FROM meeting_action_status st
     WHERE st.action_id = a.id ORDER BY st.id DESC LIMIT 1) s ON true`;

export function toActionState(row: ActionRow): ActionState {
  return {
    status: row.status,
    changedAt: row.changed_at?.toISOString() ?? null,
    changedBy: row.changed_by,
    changedInMeetingId: row.changed_in_meeting_id,
    changedInMeetingDate: row.changed_in_meeting_date,
  };
}

export function toAction(row: ActionRow): MeetingAction {
  return {
    id: row.id,
    who: row.who,
    what: row.what,
    due: row.due,
    untilNextMeeting: row.until_next_meeting,
    agendaItemId: row.agenda_item_id,
    ownerOrganizationCode: row.owner_organization_code,
    ownerMemberId: row.owner_member_id,
    state: toActionState(row),
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}
