import { Injectable, NotFoundException } from '@nestjs/common';
import {
  reportingDay,
  type CreateMeetingInput,
  type Meeting,
  type MeetingActionValues,
  type MeetingDecisionValues,
  type MeetingSummary,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion, assertCanSteerMeetings, canReadRegion } from '../common/scope.js';
import { fieldConflict, fieldError, fieldErrors } from '../common/validation.js';
import { updateReturning } from '../database/returning.js';
import { NetworksService } from '../networks/networks.service.js';
import { NotificationsService, type NotificationsCreated } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SituationService } from '../situation/situation.service.js';
import { MeetingLoader } from './meeting-loader.js';
import { SUMMARY_COLUMNS, toSummary, type MeetingRow } from './meeting-rows.js';
import { MeetingWriter } from './meeting-writer.js';
import { prefillNetworkMeeting } from './network-meeting-prefill.js';
import { decisionFigure } from './snapshot-figures.js';

type Queryable = Pick<EntityManager, 'query'>;

const uniqueViolation = (error: unknown): string | null => {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === '23505' ? (e.constraint ?? '') : null;
};

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly situation: SituationService,
    private readonly audit: AuditService,
    private readonly networks: NetworksService,
    private readonly loader: MeetingLoader,
    private readonly writer: MeetingWriter,
    private readonly notifications: NotificationsService,
  ) {}

  async create(caller: Caller, regionCode: string, input: CreateMeetingInput): Promise<Meeting> {
    await this.organizations.regionName(regionCode);
    assertCanSteerMeetings(caller, regionCode);
    const participants = await this.validParticipants(regionCode, input.participants);
    const date = input.date ?? reportingDay();
    if (date > reportingDay()) throw fieldErrors([{ message: 'validation.meetingDate', path: ['date'] }]);
    const { network, entry } = await this.networkOf(regionCode, input);
    const snapshot = await this.situation.situation(caller, regionCode, date);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const rows = await manager.query<{ id: string }[]>(
          `INSERT INTO meetings (region_code, title, meeting_date, participants, snapshot, snapshot_at, created_by,
                                 network_id, calendar_entry_id, first_paragraph, start_time, end_time, place, link)
           VALUES ($1, $2, $3, $4, $5, now(), $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [
            regionCode,
            input.title,
            date,
            participants,
            JSON.stringify(snapshot),
            caller.username,
            network?.id ?? null,
            entry?.id ?? null,
            network?.next_paragraph ?? null,
            entry?.start_time ?? null,
            entry?.end_time ?? null,
            entry?.place ?? null,
            entry?.link ?? null,
          ],
        );
        const meetingId = (rows[0] as { id: string }).id;
        if (network) await prefillNetworkMeeting(manager, meetingId, network.id, caller.username);
        await this.audit.record(manager, caller, {
          action: 'meeting.create',
          regionCode,
          target: meetingId,
          after: { title: input.title, date, participants, networkId: network?.id ?? null },
        });
        return meetingId;
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'meetings_one_open_per_network') throw fieldConflict('networkId', 'validation.networkMeetingOpen');
      if (constraint === 'meetings_calendar_entry_id_key') throw fieldConflict('calendarEntryId', 'validation.calendarEntryUsed');
      throw error;
    }
    return this.get(caller, id);
  }

  async list(caller: Caller, regionCode: string): Promise<MeetingSummary[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<MeetingRow[]>(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings m WHERE m.region_code = $1 ORDER BY m.created_at DESC LIMIT 200`,
      [regionCode],
    );
    return rows.map(toSummary);
  }

  get(caller: Caller, meetingId: string): Promise<Meeting> {
    return this.writer.read(caller, meetingId);
  }

  /** For the socket: the meeting if the caller may follow it. */
  async forFollower(caller: Caller, meetingId: string): Promise<Meeting | 'forbidden' | 'not_found'> {
    let row: MeetingRow;
    try {
      row = await this.writer.row(this.dataSource, meetingId);
    } catch (error) {
      if (error instanceof NotFoundException) return 'not_found';
      throw error;
    }
    if (!canReadRegion(caller, row.region_code)) return 'forbidden';
    return this.loader.load(row);
  }

  step(caller: Caller, meetingId: string, step: number | null): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, null, async (manager, row) => {
      if (step !== null && step >= row.participants.length) {
        throw fieldErrors([{ message: 'validation.meetingStep', path: ['step'] }]);
      }
      await manager.query('UPDATE meetings SET step = $2 WHERE id = $1', [row.id, step]);
    });
  }

  /** Freezes the figures anew, only when the chair asks. */
  async refresh(caller: Caller, meetingId: string): Promise<Meeting> {
    const current = await this.get(caller, meetingId);
    // Read before the meeting is locked: the snapshot takes a connection of its own.
    const snapshot = await this.situation.situation(
      caller,
      current.region,
      reportingDay() < current.date ? current.date : reportingDay(),
    );
    return this.writer.mutate(caller, meetingId, 'meeting.refresh', async (manager, row) => {
      await manager.query('UPDATE meetings SET snapshot = $2, snapshot_at = now() WHERE id = $1', [
        row.id,
        JSON.stringify(snapshot),
      ]);
      return { before: { snapshotAt: row.snapshot_at, seq: row.snapshot.seq }, after: { seq: snapshot.seq } };
    });
  }

  async setParticipants(caller: Caller, meetingId: string, participants: string[]): Promise<Meeting> {
    const current = await this.get(caller, meetingId);
    const valid = await this.validParticipants(current.region, participants);
    return this.writer.mutate(caller, meetingId, 'meeting.participants', async (manager, row) => {
      await manager.query('UPDATE meetings SET participants = $2, step = NULL WHERE id = $1', [row.id, valid]);
      return { before: row.participants, after: valid };
    });
  }

  setNote(caller: Caller, meetingId: string, organizationCode: string, text: string): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.note', async (manager, row) => {
      if (!row.participants.includes(organizationCode)) throw new NotFoundException('Organisationen deltar inte i mötet.');
      await manager.query(
        `INSERT INTO meeting_notes (meeting_id, organization_code, text, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, organization_code) DO UPDATE SET text = EXCLUDED.text, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [row.id, organizationCode, text, caller.username],
      );
      return { after: { organizationCode, text } };
    });
  }

  addDecision(caller: Caller, meetingId: string, input: MeetingDecisionValues): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.decision', (manager, row) =>
      this.insertDecision(manager, caller, row, input),
    );
  }

  /**
   * A decision recorded inside another feature's transaction, so both stand or fall together (an
   * offer accepted as "att Falun lånar ut 4 platser till Avesta"): the same checks, version and
   * audit as any change, under the item on screen (else the round). After commit, call the
   * returned function to send the meeting to its followers.
   */
  async addDecisionWithin(
    manager: EntityManager,
    caller: Caller,
    meetingId: string,
    text: string,
  ): Promise<() => Promise<Meeting>> {
    const input: MeetingDecisionValues = { text, agendaItemId: null, organizationCode: null, figure: null };
    const { row } = await this.writer.within(manager, caller, meetingId, 'meeting.decision', (locked) =>
      this.insertDecision(manager, caller, locked, input),
    );
    return () => this.writer.publish(row);
  }

  private async insertDecision(manager: EntityManager, caller: Caller, row: MeetingRow, input: MeetingDecisionValues) {
    // Minutes say "beslutar att …": keep what was typed, but make sure it reads as a decision.
    const decision = /^att\s/i.test(input.text) ? input.text : `att ${input.text}`;
    const item = await this.itemFor(manager, row, input.agendaItemId ?? null, true);
    if (input.organizationCode !== null && !row.snapshot.organizations.some((o) => o.code === input.organizationCode))
      throw fieldError('organizationCode', 'validation.unknownOrganization');
    const figure =
      input.figure !== null && input.organizationCode !== null
        ? decisionFigure(row.snapshot, input.organizationCode, input.figure)
        : null;
    if (input.figure !== null && figure === null) throw fieldError('figure', 'validation.noFigure');
    await manager.query(
      `INSERT INTO meeting_decisions (meeting_id, text, created_by, agenda_item_id, organization_code, figure)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, decision, caller.username, item, input.organizationCode, figure ? JSON.stringify(figure) : null],
    );
    return { after: { text: decision, agendaItemId: item, organizationCode: input.organizationCode, figure } };
  }

  removeDecision(caller: Caller, meetingId: string, decisionId: string): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.decision.remove', async (manager, row) => {
      const removed = await updateReturning<{ id: string }>(
        manager,
        'UPDATE meeting_decisions SET removed_at = now() WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL RETURNING id',
        [row.id, decisionId],
      );
      if (removed.length === 0) throw new NotFoundException('Beslutet finns inte.');
      return { before: { decisionId } };
    });
  }

  /** Adds an action and tells its owner (the person named, else the organisation's users) in their inbox. */
  async addAction(caller: Caller, meetingId: string, input: MeetingActionValues): Promise<Meeting> {
    let notice: NotificationsCreated | null = null;
    const meeting = await this.writer.mutate(caller, meetingId, 'meeting.action', async (manager, row) => {
      if (input.due && input.due < row.meeting_date) throw fieldError('due', 'validation.dueBeforeMeeting');
      const item = await this.itemFor(manager, row, input.agendaItemId ?? null, false);
      const who = await this.ownerName(manager, row, input);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO meeting_actions (meeting_id, who, what, due, created_by, agenda_item_id, owner_organization_code,
                                      owner_member_id, until_next_meeting)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          row.id,
          who,
          input.what,
          input.due ?? null,
          caller.username,
          item,
          input.ownerOrganizationCode,
          input.ownerMemberId ?? null,
          input.untilNextMeeting ?? false,
        ],
      );
      notice = await this.notifyOwner(manager, caller, row, inserted[0]?.id ?? '', input);
      return { after: { ...input, who } };
    });
    this.notifications.publish(notice);
    return meeting;
  }

  removeAction(caller: Caller, meetingId: string, actionId: string): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.action.remove', async (manager, row) => {
      const removed = await updateReturning<{ id: string }>(
        manager,
        'UPDATE meeting_actions SET removed_at = now() WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL RETURNING id',
        [row.id, actionId],
      );
      if (removed.length === 0) throw new NotFoundException('Åtgärden finns inte.');
      return { before: { actionId } };
    });
  }

  /**
   * Closes the minutes: read-only from now on, searchable, and the network's § numbering moves on
   * past this meeting's items.
   */
  close(caller: Caller, meetingId: string): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.close', async (manager, row) => {
      await manager.query(
        `UPDATE meetings SET status = 'closed', closed_at = now(), closed_by = $2, step = NULL, current_item_id = NULL,
                search_text = meeting_search_text(id), search = meeting_search_document(title, meeting_search_text(id))
          WHERE id = $1`,
        [row.id, caller.username],
      );
      if (row.network_id && row.first_paragraph !== null) {
        await manager.query(
          `UPDATE networks SET next_paragraph = greatest(next_paragraph, $2::int +
             (SELECT count(*)::int FROM meeting_agenda_items WHERE meeting_id = $3 AND removed_at IS NULL))
            WHERE id = $1 AND next_paragraph IS NOT NULL`,
          [row.network_id, row.first_paragraph, row.id],
        );
      }
      return { after: { status: 'closed' } };
    });
  }

  // --- inside

  /** The network and calendar entry a new meeting belongs to, checked against the region. */
  private async networkOf(regionCode: string, input: CreateMeetingInput) {
    if (!input.networkId) {
      if (input.calendarEntryId) throw fieldError('calendarEntryId', 'validation.unknownCalendarEntry');
      return { network: null, entry: null };
    }
    const network = await this.networks.row(this.dataSource, input.networkId).catch(() => null);
    if (!network || network.region_code !== regionCode) throw fieldError('networkId', 'validation.unknownNetwork');
    const entry = input.calendarEntryId
      ? await this.networks.calendarEntry(this.dataSource, network.id, input.calendarEntryId)
      : null;
    if (input.calendarEntryId && !entry) throw fieldError('calendarEntryId', 'validation.unknownCalendarEntry');
    return { network, entry };
  }

  /**
   * The agenda item a decision or action is taken under. A decision in a network's meeting always
   * belongs to one: the item on screen, else the situation item, when the caller names none.
   */
  private async itemFor(db: Queryable, row: MeetingRow, itemId: string | null, required: boolean): Promise<string | null> {
    if (itemId !== null) {
      const found = await db.query<unknown[]>(
        'SELECT 1 FROM meeting_agenda_items WHERE id = $1 AND meeting_id = $2 AND removed_at IS NULL',
        [itemId, row.id],
      );
      if (found.length === 0) throw fieldError('agendaItemId', 'validation.unknownAgendaItem');
      return itemId;
    }
    if (!required || !row.network_id) return null;
    const fallback = await db.query<{ id: string }[]>(
      `SELECT id FROM meeting_agenda_items WHERE meeting_id = $1 AND removed_at IS NULL
        ORDER BY id = $2 DESC, content = 'situation' DESC, position LIMIT 1`,
      [row.id, row.current_item_id],
    );
    if (!fallback[0]) throw fieldError('agendaItemId', 'validation.unknownAgendaItem');
    return fallback[0].id;
  }

  /**
   * The owner's notice: the member's own account (by username, or a user with the member's
   * address) and the owning organisation's users, never the one who wrote the action down. The
   * same people see it among their open actions on the start page.
   */
  private async notifyOwner(
    manager: EntityManager,
    caller: Caller,
    row: MeetingRow,
    actionId: string,
    input: MeetingActionValues,
  ): Promise<NotificationsCreated | null> {
    let usernames: string[] = [];
    if (input.ownerMemberId) {
      const found = await manager.query<{ username: string }[]>(
        `SELECT u.username FROM network_members p JOIN users u ON u.username = p.username
                 OR (p.email IS NOT NULL AND lower(u.email) = lower(p.email))
          WHERE p.id = $1`,
        [input.ownerMemberId],
      );
      usernames = found.map((user) => user.username);
    }
    const organizationCodes = input.ownerOrganizationCode === null ? undefined : [input.ownerOrganizationCode];
    if (usernames.length === 0 && !organizationCodes) return null;
    return this.notifications.notify(manager, {
      regionCode: row.region_code,
      recipients: { usernames, organizationCodes, exceptUsernames: [caller.username] },
      kind: 'meetings.actionAssigned',
      params: {
        what: input.what,
        meetingTitle: row.title,
        due: input.due ?? null,
        untilNextMeeting: input.untilNextMeeting ?? false,
      },
      link: `/meetings/${row.id}`,
      dedupKey: `meeting-action/${actionId}`,
    });
  }

  /** "Anna Andersson (Falun)" when an owner is chosen and no one was typed. */
  private async ownerName(db: Queryable, row: MeetingRow, input: MeetingActionValues): Promise<string> {
    let organization: string | null = null;
    if (input.ownerOrganizationCode !== null) {
      organization =
        row.snapshot.organizations.find((o) => o.code === input.ownerOrganizationCode)?.name ??
        (() => {
          throw fieldError('ownerOrganizationCode', 'validation.unknownOrganization');
        })();
    }
    let member: string | null = null;
    if (input.ownerMemberId) {
      const found = await db.query<{ name: string; organization_code: string | null }[]>(
        'SELECT name, organization_code FROM network_members WHERE id = $1 AND network_id = $2 AND removed_at IS NULL',
        [input.ownerMemberId, row.network_id],
      );
      if (!found[0]) throw fieldError('ownerMemberId', 'validation.notNetworkMember');
      member = found[0].name;
      organization ??= row.snapshot.organizations.find((o) => o.code === found[0]?.organization_code)?.name ?? null;
    }
    if (input.who) return input.who;
    return member ? (organization ? `${member} (${organization})` : member) : (organization ?? '');
  }

  private async validParticipants(regionCode: string, participants: string[] | undefined): Promise<string[]> {
    const organizations = await this.organizations.organizationRows(regionCode);
    if (!participants) return organizations.map((organization) => organization.code);
    const known = new Set(organizations.map((organization) => organization.code));
    const unknown = participants.filter((code) => !known.has(code));
    if (unknown.length > 0 || new Set(participants).size !== participants.length) {
      throw fieldErrors([{ message: 'validation.participants', path: ['participants'] }]);
    }
    return participants;
  }
}
