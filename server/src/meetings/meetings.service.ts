import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  reportingDay,
  type CreateMeetingInput,
  type Meeting,
  type MeetingAction,
  type MeetingActionInput,
  type MeetingDecision,
  type MeetingNote,
  type MeetingSummary,
  type Situation,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { fieldErrors } from '../common/validation.js';
import { assertCanReadRegion, assertCanSteerMeetings, canReadRegion } from '../common/scope.js';
import { LiveHub } from '../live/live-hub.js';
import { updateReturning } from '../database/returning.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SituationService } from '../situation/situation.service.js';
import { MEETING_COLUMNS, toMeeting, toSummary, type MeetingRow } from './meeting-rows.js';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly situation: SituationService,
    private readonly audit: AuditService,
    private readonly liveHub: LiveHub,
  ) {}

  async create(caller: Caller, regionCode: string, input: CreateMeetingInput): Promise<Meeting> {
    await this.organizations.regionName(regionCode);
    assertCanSteerMeetings(caller, regionCode);
    const participants = await this.validParticipants(regionCode, input.participants);
    const date = input.date ?? reportingDay();
    if (date > reportingDay()) throw fieldErrors([{ message: 'validation.meetingDate', path: ['date'] }]);
    const snapshot = await this.situation.situation(caller, regionCode, date);
    const id = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO meetings (region_code, title, meeting_date, participants, snapshot, snapshot_at, created_by)
         VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING id`,
        [regionCode, input.title, date, participants, JSON.stringify(snapshot), caller.username],
      );
      const meetingId = (rows[0] as { id: string }).id;
      await this.audit.record(manager, caller, {
        action: 'meeting.create',
        regionCode,
        target: meetingId,
        after: { title: input.title, date, participants },
      });
      return meetingId;
    });
    return this.get(caller, id);
  }

  async list(caller: Caller, regionCode: string): Promise<MeetingSummary[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<MeetingRow[]>(
      `SELECT ${MEETING_COLUMNS} FROM meetings WHERE region_code = $1 ORDER BY created_at DESC LIMIT 200`,
      [regionCode],
    );
    return rows.map(toSummary);
  }

  async get(caller: Caller, meetingId: string): Promise<Meeting> {
    const row = await this.row(this.dataSource.manager, meetingId);
    assertCanReadRegion(caller, row.region_code);
    return this.load(row);
  }

  /** For the socket: the meeting if the caller may follow it. */
  async forFollower(caller: Caller, meetingId: string): Promise<Meeting | 'forbidden' | 'not_found'> {
    const rows = await this.dataSource.query<MeetingRow[]>(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id::text = $1`, [
      meetingId,
    ]);
    const row = rows[0];
    if (!row) return 'not_found';
    if (!canReadRegion(caller, row.region_code)) return 'forbidden';
    return this.load(row);
  }

  step(caller: Caller, meetingId: string, step: number | null): Promise<Meeting> {
    return this.mutate(caller, meetingId, null, async (manager, row) => {
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
    return this.mutate(caller, meetingId, 'meeting.refresh', async (manager, row) => {
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
    return this.mutate(caller, meetingId, 'meeting.participants', async (manager, row) => {
      await manager.query('UPDATE meetings SET participants = $2, step = NULL WHERE id = $1', [row.id, valid]);
      return { before: row.participants, after: valid };
    });
  }

  setNote(caller: Caller, meetingId: string, organizationCode: string, text: string): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.note', async (manager, row) => {
      if (!row.participants.includes(organizationCode)) throw new NotFoundException('Organisationen deltar inte i mötet.');
      await manager.query(
        `INSERT INTO meeting_notes (meeting_id, organization_code, text, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, organization_code) DO UPDATE SET text = EXCLUDED.text, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [row.id, organizationCode, text, caller.username],
      );
      return { after: { organizationCode, text } };
    });
  }

  addDecision(caller: Caller, meetingId: string, text: string): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.decision', (manager, row) => this.insertDecision(manager, caller, row, text));
  }

  /**
   * A decision recorded inside another feature's transaction, so both stand or fall together (an
   * offer accepted as "att Falun lånar ut 4 platser till Avesta"): the same checks, version and
   * audit as any change. After commit, call the returned function to send the meeting to its followers.
   */
  async addDecisionWithin(
    manager: EntityManager,
    caller: Caller,
    meetingId: string,
    text: string,
  ): Promise<() => Promise<Meeting>> {
    const row = await this.applyLocked(manager, caller, meetingId, 'meeting.decision', (locked) =>
      this.insertDecision(manager, caller, locked, text),
    );
    return () => this.publish(row);
  }

  private async insertDecision(manager: EntityManager, caller: Caller, row: MeetingRow, text: string) {
    // Minutes say "beslutar att …": keep what was typed, but make sure it reads as a decision.
    const decision = /^att\s/i.test(text) ? text : `att ${text}`;
    await manager.query('INSERT INTO meeting_decisions (meeting_id, text, created_by) VALUES ($1, $2, $3)', [
      row.id,
      decision,
      caller.username,
    ]);
    return { after: { text: decision } };
  }

  removeDecision(caller: Caller, meetingId: string, decisionId: string): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.decision.remove', async (manager, row) => {
      const removed = await updateReturning<{ id: string }>(
        manager,
        'UPDATE meeting_decisions SET removed_at = now() WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL RETURNING id',
        [row.id, decisionId],
      );
      if (removed.length === 0) throw new NotFoundException('Beslutet finns inte.');
      return { before: { decisionId } };
    });
  }

  addAction(caller: Caller, meetingId: string, input: MeetingActionInput): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.action', async (manager, row) => {
      await manager.query('INSERT INTO meeting_actions (meeting_id, who, what, due, created_by) VALUES ($1, $2, $3, $4, $5)', [
        row.id,
        input.who,
        input.what,
        input.due ?? null,
        caller.username,
      ]);
      return { after: input };
    });
  }

  removeAction(caller: Caller, meetingId: string, actionId: string): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.action.remove', async (manager, row) => {
      const removed = await updateReturning<{ id: string }>(
        manager,
        'UPDATE meeting_actions SET removed_at = now() WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL RETURNING id',
        [row.id, actionId],
      );
      if (removed.length === 0) throw new NotFoundException('Åtgärden finns inte.');
      return { before: { actionId } };
    });
  }

  close(caller: Caller, meetingId: string): Promise<Meeting> {
    return this.mutate(caller, meetingId, 'meeting.close', async (manager, row) => {
      await manager.query(`UPDATE meetings SET status = 'closed', closed_at = now(), closed_by = $2, step = NULL WHERE id = $1`, [
        row.id,
        caller.username,
      ]);
      return { after: { status: 'closed' } };
    });
  }

  /**
   * One way to change a meeting: lock it, check the caller steers and it is open, apply, bump its
   * version, audit, commit, then send the whole meeting to its followers.
   */
  private async mutate(
    caller: Caller,
    meetingId: string,
    action: AuditAction | null,
    apply: (manager: EntityManager, row: MeetingRow) => Promise<{ before?: unknown; after?: unknown } | void>,
  ): Promise<Meeting> {
    const updated = await this.dataSource.transaction((manager) =>
      this.applyLocked(manager, caller, meetingId, action, (row) => apply(manager, row)),
    );
    return this.publish(updated);
  }

  /** Lock, check, apply, bump the version and audit, in the given transaction; answers the updated row. */
  private async applyLocked(
    manager: EntityManager,
    caller: Caller,
    meetingId: string,
    action: AuditAction | null,
    apply: (row: MeetingRow) => Promise<{ before?: unknown; after?: unknown } | void>,
  ): Promise<MeetingRow> {
    const row = await this.row(manager, meetingId, true);
    assertCanReadRegion(caller, row.region_code);
    assertCanSteerMeetings(caller, row.region_code);
    if (row.status === 'closed') throw new ConflictException('Mötet är avslutat; protokollet kan inte ändras.');
    const change = await apply(row);
    await manager.query('UPDATE meetings SET version = version + 1 WHERE id = $1', [row.id]);
    if (action)
      await this.audit.record(manager, caller, {
        action,
        regionCode: row.region_code,
        target: row.id,
        before: change?.before,
        after: change?.after,
      });
    return this.row(manager, meetingId);
  }

  private async publish(row: MeetingRow): Promise<Meeting> {
    const meeting = await this.load(row);
    this.liveHub.publishMeeting(meeting);
    return meeting;
  }

  private async row(manager: Pick<EntityManager, 'query'>, meetingId: string, forUpdate = false): Promise<MeetingRow> {
    const rows = await manager.query<MeetingRow[]>(
      `SELECT ${MEETING_COLUMNS} FROM meetings WHERE id::text = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [meetingId],
    );
    if (!rows[0]) throw new NotFoundException('Mötet finns inte.');
    return rows[0];
  }

  private async load(row: MeetingRow): Promise<Meeting> {
    const [notes, decisions, actions, previous] = await Promise.all([
      this.dataSource.query<{ organization_code: string; text: string; updated_at: Date; updated_by: string }[]>(
        'SELECT organization_code, text, updated_at, updated_by FROM meeting_notes WHERE meeting_id = $1',
        [row.id],
      ),
      this.dataSource.query<{ id: string; text: string; created_at: Date; created_by: string }[]>(
        'SELECT id, text, created_at, created_by FROM meeting_decisions WHERE meeting_id = $1 AND removed_at IS NULL ORDER BY created_at, id',
        [row.id],
      ),
      this.dataSource.query<
        { id: string; who: string; what: string; due: string | null; created_at: Date; created_by: string }[]
      >(
        'SELECT id, who, what, due, created_at, created_by FROM meeting_actions WHERE meeting_id = $1 AND removed_at IS NULL ORDER BY created_at, id',
        [row.id],
      ),
      this.dataSource.query<{ snapshot: Situation }[]>(
        'SELECT snapshot FROM meetings WHERE region_code = $1 AND created_at < $2 ORDER BY created_at DESC LIMIT 1',
        [row.region_code, row.created_at],
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
        createdAt: d.created_at.toISOString(),
        createdBy: d.created_by,
      })),
      actions: actions.map((a): MeetingAction => ({
        id: a.id,
        who: a.who,
        what: a.what,
        due: a.due,
        createdAt: a.created_at.toISOString(),
        createdBy: a.created_by,
      })),
      previousSnapshot: previous[0]?.snapshot ?? null,
    });
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
