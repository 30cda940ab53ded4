import { Injectable } from '@nestjs/common';
import { reportingDay, type ActionStatus, type Meeting, type MyAction } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { fieldError } from '../common/validation.js';
import { ACTION_COLUMNS, ACTION_STATE_JOIN, type ActionRow } from './action-rows.js';
import { MeetingWriter } from './meeting-writer.js';

/** Actions that come back: ticked off (or struck) in a meeting, and each owner's own open ones. */
@Injectable()
export class ActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: MeetingWriter,
  ) {}

  /**
   * Sets an action's status in an open meeting: its own, or a later meeting of the same network
   * that follows it up. The status is a new row (who, when, where); the action itself, and the
   * minutes of a closed meeting, stay as they were. Setting the status it has is a no-op.
   */
  setStatus(caller: Caller, meetingId: string, actionId: string, status: ActionStatus): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.action.status', async (manager, row) => {
      const found = await manager.query<{ status: ActionStatus }[]>(
        `SELECT coalesce(s.status, 'open') AS status
           FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id ${ACTION_STATE_JOIN}
          WHERE a.id::text = $1 AND a.removed_at IS NULL
            AND (a.meeting_id = $2 OR (m.network_id = $3 AND m.created_at < $4))`,
        [actionId, row.id, row.network_id, row.created_at],
      );
      const current = found[0];
      if (!current) throw fieldError('actionId', 'validation.unknownAction');
      if (current.status === status) return 'unchanged';
      await manager.query(
        'INSERT INTO meeting_action_status (action_id, meeting_id, status, changed_by) VALUES ($1, $2, $3, $4)',
        [actionId, row.id, status, caller.username],
      );
      return { before: { actionId, status: current.status }, after: { actionId, status } };
    });
  }

  /**
   * The caller's open actions in their region: those naming them as the owner (a member whose
   * account or e-mail address is theirs) and those of their organisation.
   */
  async mine(caller: Caller): Promise<MyAction[]> {
    const rows = await this.dataSource.query<
      (ActionRow & {
        meeting_title: string;
        meeting_date: string;
        network_name: string | null;
        personal: boolean;
        next_closed_id: string | null;
      })[]
    >(
      `WITH me AS (
           SELECT lower(u.email) AS email FROM users u WHERE u.username = $1
       )
       SELECT ${ACTION_COLUMNS}, m.title AS meeting_title, m.meeting_date, n.name AS network_name,
              (p.username = $1 OR (p.email IS NOT NULL AND lower(p.email) = (SELECT email FROM me))) AS personal,
              (SELECT x.id FROM meetings x WHERE x.network_id = m.network_id AND x.created_at > m.created_at AND x.status = 'closed'
                ORDER BY x.created_at LIMIT 1) AS next_closed_id
         FROM meeting_actions a
         JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN networks n ON n.id = m.network_id
         LEFT JOIN network_members p ON p.id = a.owner_member_id
         ${ACTION_STATE_JOIN}
        WHERE m.region_code = $2 AND a.removed_at IS NULL AND coalesce(s.status, 'open') = 'open'
          AND (p.username = $1 OR (p.email IS NOT NULL AND lower(p.email) = (SELECT email FROM me))
               OR a.owner_organization_code = $3)
        ORDER BY a.due NULLS LAST, m.meeting_date, a.created_at
        LIMIT 200`,
      [caller.username, caller.regionCode, caller.organizationCode],
    );
    const today = reportingDay();
    return rows.map((row) => ({
      id: row.id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      meetingDate: row.meeting_date,
      networkName: row.network_name,
      who: row.who,
      what: row.what,
      due: row.due,
      untilNextMeeting: row.until_next_meeting,
      // "Till nästa möte" is late once a later meeting of the network has been held.
      overdue: (row.due !== null && row.due < today) || (row.until_next_meeting && row.next_closed_id !== null),
      owner: row.personal ? 'person' : 'organization',
    }));
  }
}
