import { Injectable, NotFoundException } from '@nestjs/common';
import type { Meeting } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion, assertCanSteerMeetings } from '../common/scope.js';
import { fieldConflict } from '../common/validation.js';
import { LiveHub } from '../live/live-hub.js';
import { MeetingLoader } from './meeting-loader.js';
import { MEETING_COLUMNS, type MeetingRow } from './meeting-rows.js';

type Queryable = Pick<EntityManager, 'query'>;
/** What a change did, for the audit; 'unchanged' when there was nothing to do (no version, no audit, no event). */
export type MeetingChange = { before?: unknown; after?: unknown } | 'unchanged' | void;

/**
 * The one way a meeting changes: lock it, check the caller steers it and it is open, apply, bump
 * its version, audit, commit, then send the whole meeting to its followers. Every service of the
 * meeting (the round, the agenda, attendance, actions) goes through it.
 */
@Injectable()
export class MeetingWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly liveHub: LiveHub,
    private readonly loader: MeetingLoader,
  ) {}

  async row(db: Queryable, meetingId: string, forUpdate = false): Promise<MeetingRow> {
    const rows = await db.query<MeetingRow[]>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id::text = $1 ${forUpdate ? 'FOR UPDATE OF m' : ''}`,
      [meetingId],
    );
    if (!rows[0]) throw new NotFoundException('Mötet finns inte.');
    return rows[0];
  }

  async read(caller: Caller, meetingId: string): Promise<Meeting> {
    const row = await this.row(this.dataSource, meetingId);
    assertCanReadRegion(caller, row.region_code);
    return this.loader.load(row);
  }

  async mutate(
    caller: Caller,
    meetingId: string,
    action: AuditAction | null,
    apply: (manager: EntityManager, row: MeetingRow) => Promise<MeetingChange>,
  ): Promise<Meeting> {
    const updated = await this.dataSource.transaction((manager) =>
      this.within(manager, caller, meetingId, action, (row) => apply(manager, row)),
    );
    return updated.changed ? this.publish(updated.row) : this.loader.load(updated.row);
  }

  /**
   * The same lock, checks, version and audit inside a transaction another feature owns (an offer
   * accepted as a meeting decision); the caller publishes the answered row after its commit.
   */
  async within(
    manager: EntityManager,
    caller: Caller,
    meetingId: string,
    action: AuditAction | null,
    apply: (row: MeetingRow) => Promise<MeetingChange>,
  ): Promise<{ row: MeetingRow; changed: boolean }> {
    const row = await this.row(manager, meetingId, true);
    assertCanReadRegion(caller, row.region_code);
    assertCanSteerMeetings(caller, row.region_code);
    if (row.status === 'closed') throw fieldConflict('status', 'validation.meetingClosed');
    const change = await apply(row);
    if (change === 'unchanged') return { row, changed: false };
    await manager.query('UPDATE meetings SET version = version + 1 WHERE id = $1', [row.id]);
    if (action)
      await this.audit.record(manager, caller, {
        action,
        regionCode: row.region_code,
        target: row.id,
        before: change?.before,
        after: change?.after,
      });
    return { row: await this.row(manager, meetingId), changed: true };
  }

  /** For what changes beside the minutes (their sending): a new version for the followers, closed or not. */
  async touch(meetingId: string): Promise<Meeting> {
    await this.dataSource.query('UPDATE meetings SET version = version + 1 WHERE id = $1', [meetingId]);
    return this.publish(await this.row(this.dataSource, meetingId));
  }

  async publish(row: MeetingRow): Promise<Meeting> {
    const meeting = await this.loader.load(row);
    this.liveHub.publishMeeting(meeting);
    return meeting;
  }
}
