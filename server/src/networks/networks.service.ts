import { randomBytes } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import {
  reportingDay,
  type CalendarEntryValues,
  type Network,
  type NetworkMember,
  type NetworkMemberValues,
  type NetworkSummary,
  type NetworkValues,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion, assertCanSteerMeetings } from '../common/scope.js';
import { fieldConflict, fieldError } from '../common/validation.js';
import { updateReturning } from '../database/returning.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  CALENDAR_COLUMNS,
  feedPath,
  MEMBER_COLUMNS,
  NETWORK_COLUMNS,
  toCalendarEntry,
  toMember,
  toNetworkSummary,
  type CalendarRow,
  type MemberRow,
  type NetworkRow,
} from './network-rows.js';

type Queryable = Pick<EntityManager, 'query'>;

/** 32 random bytes: the secret part of a calendar feed's address (256 bits, URL-safe). */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

/**
 * Networks of a region (LSVO, Länschefsnätverket, …): who they are, who sits in them, and when they
 * meet. Everyone in the region reads them; the region's chair (or an analyst standing in) keeps them.
 */
@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, regionCode: string): Promise<NetworkSummary[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<NetworkRow[]>(
      `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.region_code = $1 ORDER BY lower(n.name)`,
      [regionCode],
    );
    return Promise.all(rows.map((row) => this.summary(row)));
  }

  async get(caller: Caller, networkId: string): Promise<Network> {
    const row = await this.row(this.dataSource, networkId);
    assertCanReadRegion(caller, row.region_code);
    return this.full(row);
  }

  async create(caller: Caller, regionCode: string, input: NetworkValues): Promise<Network> {
    await this.organizations.regionName(regionCode);
    assertCanSteerMeetings(caller, regionCode);
    const id = await this.write(caller, regionCode, 'network.create', async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO networks (region_code, name, decision_phrase, description, next_paragraph, extra_recipients, feed_token, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          regionCode,
          input.name,
          input.decisionPhrase,
          input.description,
          input.nextParagraph,
          input.extraRecipients,
          newFeedToken(),
          caller.username,
        ],
      );
      const networkId = (rows[0] as { id: string }).id;
      return { target: networkId, after: input, result: networkId };
    });
    return this.get(caller, id as string);
  }

  async update(caller: Caller, networkId: string, input: NetworkValues): Promise<Network> {
    const current = await this.steerable(caller, networkId);
    await this.write(caller, current.region_code, 'network.update', async (manager) => {
      await manager.query(
        `UPDATE networks SET name = $2, decision_phrase = $3, description = $4, next_paragraph = $5, extra_recipients = $6
          WHERE id = $1`,
        [current.id, input.name, input.decisionPhrase, input.description, input.nextParagraph, input.extraRecipients],
      );
      return { target: current.id, before: { name: current.name, decisionPhrase: current.decision_phrase }, after: input };
    });
    return this.get(caller, networkId);
  }

  /** A new secret address for the calendar feed: every subscription to the old one ends. */
  async rotateFeed(caller: Caller, networkId: string): Promise<Network> {
    const current = await this.steerable(caller, networkId);
    await this.write(caller, current.region_code, 'network.feed', async (manager) => {
      await manager.query('UPDATE networks SET feed_token = $2, feed_token_at = now() WHERE id = $1', [
        current.id,
        newFeedToken(),
      ]);
      return { target: current.id };
    });
    return this.get(caller, networkId);
  }

  async addMember(caller: Caller, networkId: string, input: NetworkMemberValues): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.member', async (manager) => {
      await this.checkMember(manager, network, input, null);
      await manager.query(
        `INSERT INTO network_members (network_id, name, organization_code, role, email, username, deputy_for)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [network.id, input.name, input.organizationCode, input.role, input.email, input.username, input.deputyFor],
      );
      return { target: network.id, after: input };
    });
    return this.get(caller, networkId);
  }

  async updateMember(caller: Caller, networkId: string, memberId: string, input: NetworkMemberValues): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.member', async (manager) => {
      const before = await this.member(manager, network.id, memberId);
      await this.checkMember(manager, network, input, before.id);
      await manager.query(
        `UPDATE network_members SET name = $2, organization_code = $3, role = $4, email = $5, username = $6, deputy_for = $7
          WHERE id = $1`,
        [before.id, input.name, input.organizationCode, input.role, input.email, input.username, input.deputyFor],
      );
      return { target: network.id, before: toMember(before), after: input };
    });
    return this.get(caller, networkId);
  }

  /** Leaves the network; the minutes that name them keep their name. Their deputies go with them. */
  async removeMember(caller: Caller, networkId: string, memberId: string): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.member.remove', async (manager) => {
      const before = await this.member(manager, network.id, memberId);
      await manager.query(
        'UPDATE network_members SET removed_at = now() WHERE (id = $1 OR deputy_for = $1) AND removed_at IS NULL',
        [before.id],
      );
      return { target: network.id, before: toMember(before) };
    });
    return this.get(caller, networkId);
  }

  async addCalendarEntry(caller: Caller, networkId: string, input: CalendarEntryValues): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.calendar', async (manager) => {
      await manager.query(
        `INSERT INTO network_calendar (network_id, meeting_date, start_time, end_time, place, link, title, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [network.id, input.date, input.startTime, input.endTime, input.place, input.link, input.title, caller.username],
      );
      return { target: network.id, after: input };
    });
    return this.get(caller, networkId);
  }

  async updateCalendarEntry(caller: Caller, networkId: string, entryId: string, input: CalendarEntryValues): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.calendar', async (manager) => {
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE network_calendar SET meeting_date = $3, start_time = $4, end_time = $5, place = $6, link = $7, title = $8,
                sequence = sequence + 1, updated_at = now()
          WHERE id::text = $2 AND network_id = $1 AND removed_at IS NULL RETURNING id`,
        [network.id, entryId, input.date, input.startTime, input.endTime, input.place, input.link, input.title],
      );
      if (updated.length === 0) throw new NotFoundException('Mötestiden finns inte.');
      return { target: network.id, after: { entryId, ...input } };
    });
    return this.get(caller, networkId);
  }

  /** Cancels a coming meeting: it leaves the calendar (and the feed marks it cancelled). */
  async removeCalendarEntry(caller: Caller, networkId: string, entryId: string): Promise<Network> {
    const network = await this.steerable(caller, networkId);
    await this.write(caller, network.region_code, 'network.calendar.remove', async (manager) => {
      const removed = await updateReturning<{ id: string }>(
        manager,
        `UPDATE network_calendar SET removed_at = now(), sequence = sequence + 1, updated_at = now()
          WHERE id::text = $2 AND network_id = $1 AND removed_at IS NULL RETURNING id`,
        [network.id, entryId],
      );
      if (removed.length === 0) throw new NotFoundException('Mötestiden finns inte.');
      return { target: network.id, before: { entryId } };
    });
    return this.get(caller, networkId);
  }

  /** For the public feed: the network whose feed token this is, with its calendar (cancelled ones too). */
  async byFeedToken(token: string): Promise<{ network: NetworkRow; entries: (CalendarRow & { removed: boolean })[] } | null> {
    const rows = await this.dataSource.query<NetworkRow[]>(`SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.feed_token = $1`, [
      token,
    ]);
    const network = rows[0];
    if (!network) return null;
    const entries = await this.dataSource.query<(CalendarRow & { removed: boolean })[]>(
      `SELECT ${CALENDAR_COLUMNS}, c.removed_at IS NOT NULL AS removed FROM network_calendar c
        WHERE c.network_id = $1 AND c.meeting_date >= (now() AT TIME ZONE 'Europe/Stockholm')::date - 400
        ORDER BY c.meeting_date, c.start_time`,
      [network.id],
    );
    return { network, entries };
  }

  // --- reads the meetings use

  async row(db: Queryable, networkId: string, forUpdate = false): Promise<NetworkRow> {
    const rows = await db.query<NetworkRow[]>(
      `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.id::text = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [networkId],
    );
    if (!rows[0]) throw new NotFoundException('Nätverket finns inte.');
    return rows[0];
  }

  /** Current members and deputies: members first in the order they joined, each followed by their deputies. */
  async members(db: Queryable, networkId: string): Promise<NetworkMember[]> {
    const rows = await db.query<MemberRow[]>(
      `SELECT ${MEMBER_COLUMNS} FROM network_members m
        WHERE network_id = $1 AND removed_at IS NULL
        ORDER BY coalesce((SELECT created_at FROM network_members p WHERE p.id = m.deputy_for), created_at),
                 deputy_for IS NOT NULL, created_at, id`,
      [networkId],
    );
    return rows.map(toMember);
  }

  async calendarEntry(db: Queryable, networkId: string, entryId: string): Promise<CalendarRow | null> {
    const rows = await db.query<CalendarRow[]>(
      `SELECT ${CALENDAR_COLUMNS} FROM network_calendar c WHERE c.id::text = $2 AND c.network_id = $1 AND c.removed_at IS NULL`,
      [networkId, entryId],
    );
    return rows[0] ?? null;
  }

  // --- inside

  private async summary(row: NetworkRow): Promise<NetworkSummary> {
    const [next, open] = await Promise.all([
      this.dataSource.query<CalendarRow[]>(
        `SELECT ${CALENDAR_COLUMNS} FROM network_calendar c
          WHERE c.network_id = $1 AND c.removed_at IS NULL AND c.meeting_date >= $2
            AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.calendar_entry_id = c.id AND m.status = 'closed')
          ORDER BY c.meeting_date, c.start_time LIMIT 1`,
        [row.id, reportingDay()],
      ),
      this.dataSource.query<{ id: string }[]>(`SELECT id FROM meetings WHERE network_id = $1 AND status = 'open'`, [row.id]),
    ]);
    return toNetworkSummary(row, { next: next[0] ? toCalendarEntry(next[0]) : null, openMeetingId: open[0]?.id ?? null });
  }

  private async full(row: NetworkRow): Promise<Network> {
    const [summary, members, calendar] = await Promise.all([
      this.summary(row),
      this.members(this.dataSource, row.id),
      this.dataSource.query<CalendarRow[]>(
        `SELECT ${CALENDAR_COLUMNS} FROM network_calendar c WHERE c.network_id = $1 AND c.removed_at IS NULL
          ORDER BY c.meeting_date, c.start_time`,
        [row.id],
      ),
    ]);
    return { ...summary, members, calendar: calendar.map(toCalendarEntry), feedPath: feedPath(row.feed_token) };
  }

  private async steerable(caller: Caller, networkId: string): Promise<NetworkRow> {
    const row = await this.row(this.dataSource, networkId);
    assertCanReadRegion(caller, row.region_code);
    assertCanSteerMeetings(caller, row.region_code);
    return row;
  }

  private async member(db: Queryable, networkId: string, memberId: string): Promise<MemberRow> {
    const rows = await db.query<MemberRow[]>(
      `SELECT ${MEMBER_COLUMNS} FROM network_members WHERE id::text = $2 AND network_id = $1 AND removed_at IS NULL FOR UPDATE`,
      [networkId, memberId],
    );
    if (!rows[0]) throw new NotFoundException('Personen finns inte i nätverket.');
    return rows[0];
  }

  /** A member's organisation and account belong to the region; a deputy stands in for a member. */
  private async checkMember(db: Queryable, network: NetworkRow, input: NetworkMemberValues, self: string | null): Promise<void> {
    if (input.organizationCode !== null) {
      const known = await db.query<unknown[]>('SELECT 1 FROM organizations WHERE code = $1 AND region_code = $2', [
        input.organizationCode,
        network.region_code,
      ]);
      if (known.length === 0) throw fieldError('organizationCode', 'validation.unknownOrganization');
    }
    if (input.username !== null) {
      const known = await db.query<unknown[]>(
        `SELECT 1 FROM users u JOIN organizations o ON o.code = u.organization_code WHERE u.username = $1 AND o.region_code = $2`,
        [input.username, network.region_code],
      );
      if (known.length === 0) throw fieldError('username', 'validation.unknownUser');
    }
    if (input.deputyFor !== null) {
      const principal = await db.query<{ deputy_for: string | null }[]>(
        'SELECT deputy_for FROM network_members WHERE id = $1 AND network_id = $2 AND removed_at IS NULL',
        [input.deputyFor, network.id],
      );
      if (!principal[0] || input.deputyFor === self) throw fieldError('deputyFor', 'validation.notNetworkMember');
      if (principal[0].deputy_for !== null) throw fieldError('deputyFor', 'validation.deputyOfDeputy');
    }
    if (self !== null && input.deputyFor !== null) {
      const deputies = await db.query<unknown[]>('SELECT 1 FROM network_members WHERE deputy_for = $1 AND removed_at IS NULL', [
        self,
      ]);
      if (deputies.length > 0) throw fieldError('deputyFor', 'validation.deputyOfDeputy');
    }
  }

  /** One transaction: the write, its audit row; a taken name or e-mail is a 409 naming the field. */
  private async write<T>(
    caller: Caller,
    regionCode: string,
    action: AuditAction,
    apply: (manager: EntityManager) => Promise<{ target: string; before?: unknown; after?: unknown; result?: T }>,
  ): Promise<T | undefined> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const change = await apply(manager);
        await this.audit.record(manager, caller, {
          action,
          regionCode,
          target: change.target,
          before: change.before,
          after: change.after,
        });
        return change.result;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'networks_name')) throw fieldConflict('name', 'validation.networkNameTaken');
      if (isUniqueViolation(error, 'network_members_email')) throw fieldConflict('email', 'validation.memberEmailTaken');
      throw error;
    }
  }
}
