import { Injectable } from '@nestjs/common';
import type {
  AgendaItem,
  AgendaLink,
  Attendance,
  FollowUpAction,
  Meeting,
  MeetingDecision,
  MeetingNetwork,
  MeetingNote,
  MinutesSend,
  Situation,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { MEMBER_COLUMNS, toMember, type MemberRow } from '../networks/network-rows.js';
import { ACTION_COLUMNS, ACTION_STATE_JOIN, toAction, toActionState, type ActionRow } from './action-rows.js';
import { toMeeting, type MeetingRow } from './meeting-rows.js';

interface AgendaRow {
  id: string;
  type: AgendaItem['type'];
  content: AgendaItem['content'];
  title: string;
  presenter: string | null;
  proposal: string | null;
  text: string | null;
  links: AgendaLink[];
}

interface SendRow {
  id: string;
  requested_at: Date;
  requested_by: string;
  finished_at: Date | null;
  recipients: number;
  sent: number;
  failed: number;
}

/** Reads a whole meeting: its row and every part the page, the followers and the minutes need. */
@Injectable()
export class MeetingLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(row: MeetingRow): Promise<Meeting> {
    const db = this.dataSource;
    const [notes, decisions, actions, previous, network, agenda, attendance, followUp, sends] = await Promise.all([
      db.query<{ organization_code: string; text: string; updated_at: Date; updated_by: string }[]>(
        'SELECT organization_code, text, updated_at, updated_by FROM meeting_notes WHERE meeting_id = $1',
        [row.id],
      ),
      db.query<
        {
          id: string;
          text: string;
          agenda_item_id: string | null;
          organization_code: string | null;
          figure: MeetingDecision['figure'];
          created_at: Date;
          created_by: string;
        }[]
      >(
        `SELECT id, text, agenda_item_id, organization_code, figure, created_at, created_by FROM meeting_decisions
          WHERE meeting_id = $1 AND removed_at IS NULL ORDER BY created_at, id`,
        [row.id],
      ),
      db.query<ActionRow[]>(
        `SELECT ${ACTION_COLUMNS} FROM meeting_actions a ${ACTION_STATE_JOIN}
          WHERE a.meeting_id = $1 AND a.removed_at IS NULL ORDER BY a.created_at, a.id`,
        [row.id],
      ),
      db.query<{ snapshot: Situation }[]>(
        'SELECT snapshot FROM meetings WHERE region_code = $1 AND created_at < $2 ORDER BY created_at DESC LIMIT 1',
        [row.region_code, row.created_at],
      ),
      this.network(row),
      this.agenda(row),
      this.attendance(row),
      this.followUp(row),
      db.query<SendRow[]>(
        `SELECT s.id, s.requested_at, s.requested_by, s.finished_at,
                count(r.email)::int AS recipients,
                count(r.email) FILTER (WHERE r.outcome = 'sent')::int AS sent,
                count(r.email) FILTER (WHERE r.outcome IN ('failed', 'off'))::int AS failed
           FROM minutes_sends s LEFT JOIN minutes_send_recipients r ON r.send_id = s.id
          WHERE s.meeting_id = $1 GROUP BY s.id ORDER BY s.requested_at`,
        [row.id],
      ),
    ]);
    return toMeeting(row, {
      notes: notes.map((n): MeetingNote => ({
        organizationCode: n.organization_code,
        text: n.text,
        updatedAt: n.updated_at.toISOString(),
        updatedBy: n.updated_by,
      })),
      decisions: decisions.map((d): MeetingDecision => ({
        id: d.id,
        text: d.text,
        agendaItemId: d.agenda_item_id,
        organizationCode: d.organization_code,
        figure: d.figure,
        createdAt: d.created_at.toISOString(),
        createdBy: d.created_by,
      })),
      actions: actions.map(toAction),
      previousSnapshot: previous[0]?.snapshot ?? null,
      network: network.network,
      previousMeeting: network.previousMeeting,
      agenda: agenda.map((item, index): AgendaItem => ({
        ...item,
        number: (row.first_paragraph ?? 1) + index,
      })),
      attendance,
      followUp: followUp.map((action) => ({
        ...action,
        overdue:
          action.state.status === 'open' &&
          ((action.due !== null && action.due < row.meeting_date) ||
            (action.untilNextMeeting && action.meetingId !== network.previousMeeting?.id)),
      })),
      minutesSends: sends.map((send): MinutesSend => ({
        id: send.id,
        requestedAt: send.requested_at.toISOString(),
        requestedBy: send.requested_by,
        recipients: send.recipients,
        sent: send.sent,
        failed: send.failed,
        status: !send.finished_at ? 'queued' : send.failed === 0 ? 'sent' : send.sent === 0 ? 'failed' : 'partly',
      })),
    });
  }

  private async network(
    row: MeetingRow,
  ): Promise<{ network: MeetingNetwork | null; previousMeeting: Meeting['previousMeeting'] }> {
    if (!row.network_id) return { network: null, previousMeeting: null };
    const [networks, members, previous] = await Promise.all([
      this.dataSource.query<{ id: string; name: string; decision_phrase: string; extra_recipients: string[] }[]>(
        'SELECT id, name, decision_phrase, extra_recipients FROM networks WHERE id = $1',
        [row.network_id],
      ),
      // Today's members, and anyone the meeting names who has left since: its minutes keep them.
      this.dataSource.query<MemberRow[]>(
        `SELECT ${MEMBER_COLUMNS} FROM network_members m
          WHERE network_id = $1 AND (removed_at IS NULL OR id IN (
            SELECT member_id FROM meeting_attendance WHERE meeting_id = $2
            UNION SELECT substitute_id FROM meeting_attendance WHERE meeting_id = $2
            UNION SELECT owner_member_id FROM meeting_actions a JOIN meetings x ON x.id = a.meeting_id WHERE x.network_id = $1))
          ORDER BY coalesce((SELECT created_at FROM network_members p WHERE p.id = m.deputy_for), created_at),
                   deputy_for IS NOT NULL, created_at, id`,
        [row.network_id, row.id],
      ),
      this.dataSource.query<{ id: string; title: string; meeting_date: string }[]>(
        `SELECT id, title, meeting_date FROM meetings WHERE network_id = $1 AND created_at < $2
          ORDER BY created_at DESC LIMIT 1`,
        [row.network_id, row.created_at],
      ),
    ]);
    const network = networks[0];
    if (!network) return { network: null, previousMeeting: null };
    const last = previous[0];
    return {
      network: {
        id: network.id,
        name: network.name,
        decisionPhrase: network.decision_phrase,
        extraRecipients: network.extra_recipients,
        members: members.map(toMember),
      },
      previousMeeting: last ? { id: last.id, title: last.title, date: last.meeting_date } : null,
    };
  }

  private agenda(row: MeetingRow): Promise<AgendaRow[]> {
    return this.dataSource.query<AgendaRow[]>(
      `SELECT id, type, content, title, presenter, proposal, text, links FROM meeting_agenda_items
        WHERE meeting_id = $1 AND removed_at IS NULL ORDER BY position, created_at`,
      [row.id],
    );
  }

  private async attendance(row: MeetingRow): Promise<Attendance> {
    if (!row.network_id) return { members: [], guests: [] };
    const [members, guests] = await Promise.all([
      this.dataSource.query<{ member_id: string; status: 'present' | 'absent'; substitute_id: string | null }[]>(
        'SELECT member_id, status, substitute_id FROM meeting_attendance WHERE meeting_id = $1 ORDER BY position',
        [row.id],
      ),
      this.dataSource.query<{ name: string; organization: string | null; role: string | null }[]>(
        'SELECT name, organization, role FROM meeting_guests WHERE meeting_id = $1 ORDER BY position',
        [row.id],
      ),
    ]);
    return {
      members: members.map((m) => ({ memberId: m.member_id, status: m.status, substituteId: m.substitute_id })),
      guests,
    };
  }

  /**
   * The network's earlier actions this meeting follows up: those open when it ended (or now, while
   * it runs) and those whose status it changed. Their status is today's, with where it changed, so
   * an action ticked off later still shows in this meeting's minutes, as done at that later meeting.
   */
  private async followUp(row: MeetingRow): Promise<Omit<FollowUpAction, 'overdue'>[]> {
    if (!row.network_id) return [];
    const rows = await this.dataSource.query<(ActionRow & { meeting_title: string; meeting_date: string })[]>(
      `SELECT ${ACTION_COLUMNS}, m.title AS meeting_title, m.meeting_date
         FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id ${ACTION_STATE_JOIN}
        WHERE m.network_id = $1 AND m.created_at < $2 AND a.removed_at IS NULL
          AND (EXISTS (SELECT 1 FROM meeting_action_status x WHERE x.action_id = a.id AND x.meeting_id = $3)
               OR coalesce((SELECT y.status FROM meeting_action_status y
                             WHERE y.action_id = a.id AND y.changed_at <= coalesce($4, now())
                             ORDER BY y.id DESC LIMIT 1), 'open') = 'open')
        ORDER BY m.created_at, a.created_at, a.id`,
      [row.network_id, row.created_at, row.id, row.closed_at],
    );
    return rows.map((action) => ({
      id: action.id,
      meetingId: action.meeting_id,
      meetingTitle: action.meeting_title,
      meetingDate: action.meeting_date,
      who: action.who,
      what: action.what,
      due: action.due,
      untilNextMeeting: action.until_next_meeting,
      ownerOrganizationCode: action.owner_organization_code,
      ownerMemberId: action.owner_member_id,
      state: toActionState(action),
    }));
  }
}
