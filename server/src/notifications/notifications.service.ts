import { Injectable, NotFoundException } from '@nestjs/common';
import {
  NOTIFICATIONS_PAGE_SIZE,
  type InboxNotification,
  type LiveChangeOf,
  type NotificationKind,
  type NotificationPage,
  type NotificationParams,
  type NotificationsQuery,
  type Role,
  type UnreadCount,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertPerson } from '../common/scope.js';
import { updateReturning } from '../database/returning.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';

/**
 * Who gets a notice, always among the region's active users at that moment. `usernames` are added
 * to the group that `organizationCodes` and `roles` select together: both given, the members of
 * those organisations with those roles ("the reporters of Orsa"); one given, it alone ("the
 * region's chairs and analysts": `roles: ['chair', 'analyst']`). Nothing given selects nobody.
 */
export interface NotifyRecipients {
  usernames?: readonly string[];
  organizationCodes?: readonly string[];
  roles?: readonly Role[];
  /** Never these users, e.g. whoever did what the notice is about. */
  exceptUsernames?: readonly string[];
}

export interface NotifyInput<K extends NotificationKind> {
  regionCode: string;
  recipients: NotifyRecipients;
  kind: K;
  params: NotificationParams[K];
  /** A path in the client (`/region/20/…`), or null. */
  link: string | null;
  /**
   * The notice's identity: notifying again with the same key (a retried job, a second instance)
   * is a no-op. Prefix it with your feature: `reminder/${unitId}/${date}/10:00`.
   */
  dedupKey?: string;
}

/** What `notify` records: publish it after the transaction commits (`publish`). */
export type NotificationsCreated = LiveChangeOf<'notifications.created'>;

interface InboxRow {
  unread_count: number;
  id: string | null;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

// A path of our own client: '/' and then anything but a second '/' or a '\' (no other site).
const CLIENT_PATH = /^\/(?![/\\])/;

/**
 * The one inbox every feature notifies people through. A feature calls `notify` inside its own
 * transaction (the notice commits or rolls back with what it is about) and `publish` after commit;
 * a job with no transaction of its own calls `notifyNow`. Each recipient's client hears
 * `notifications.created` with their username (no content) and fetches its inbox over REST, where
 * each user reads only their own notices.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
  ) {}

  /** Stores a notice for the recipients; null when there is nobody to tell or `dedupKey` was used. */
  async notify<K extends NotificationKind>(manager: EntityManager, input: NotifyInput<K>): Promise<NotificationsCreated | null> {
    if (input.link !== null && !CLIENT_PATH.test(input.link)) throw new Error(`a notice links to a client path: ${input.link}`);
    const { regionCode } = input;
    const { usernames = [], organizationCodes, roles, exceptUsernames = [] } = input.recipients;
    const recipients = await manager.query<{ id: string; username: string }[]>(
      `SELECT u.id, u.username FROM users u JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND u.active AND NOT u.username = ANY($6::text[])
          AND (u.username = ANY($2::text[])
               OR ($3 AND ($4::text[] IS NULL OR u.organization_code = ANY($4))
                      AND ($5::text[] IS NULL OR u.role = ANY($5))))
        ORDER BY u.username`,
      [
        regionCode,
        usernames,
        organizationCodes !== undefined || roles !== undefined,
        organizationCodes ?? null,
        roles ?? null,
        exceptUsernames,
      ],
    );
    if (recipients.length === 0) return null;
    // A concurrent notice with the same key waits here for the other to commit, then does nothing.
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO notifications (region_code, kind, params, link, dedup_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [regionCode, input.kind, JSON.stringify(input.params), input.link, input.dedupKey ?? null],
    );
    const id = inserted[0]?.id;
    if (id === undefined) return null;
    await manager.query('INSERT INTO notification_recipients (notification_id, user_id) SELECT $1, unnest($2::uuid[])', [
      id,
      recipients.map((recipient) => recipient.id),
    ]);
    const names = recipients.map((recipient) => recipient.username);
    return this.changeLog.record(manager, regionCode, 'notifications.created', (seq) => ({
      seq,
      region: regionCode,
      usernames: names,
    }));
  }

  /** Tells the recipients' open screens, on every instance. Call after the transaction committed. */
  publish(change: NotificationsCreated | null | undefined): void {
    if (change) this.liveHub.publish(change.payload.region, change);
  }

  /** `notify` in a transaction of its own, published once committed: for jobs. */
  async notifyNow<K extends NotificationKind>(input: NotifyInput<K>): Promise<NotificationsCreated | null> {
    const change = await this.dataSource.transaction((manager) => this.notify(manager, input));
    this.publish(change);
    return change;
  }

  /** The caller's own notices, newest first, with the unread count, read in one snapshot. */
  async list(caller: Caller, query: NotificationsQuery): Promise<NotificationPage> {
    assertPerson(caller);
    const limit = query.limit ?? NOTIFICATIONS_PAGE_SIZE;
    const rows = await this.dataSource.query<InboxRow[]>(
      `WITH me AS (SELECT id FROM users WHERE username = $1),
            unread AS (SELECT count(*)::int AS unread_count FROM notification_recipients
                        WHERE user_id = (SELECT id FROM me) AND read_at IS NULL),
            page AS (SELECT n.id, n.kind, n.params, n.link, n.created_at, r.read_at
                       FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id
                      WHERE r.user_id = (SELECT id FROM me) AND ($2::bigint IS NULL OR r.notification_id < $2)
                      ORDER BY r.notification_id DESC LIMIT $3)
       SELECT unread.unread_count, page.id::text AS id, page.kind, page.params, page.link, page.created_at, page.read_at
         FROM unread LEFT JOIN page ON true ORDER BY page.id DESC`,
      [caller.username, query.before ?? null, limit + 1],
    );
    const items = rows.filter((row) => row.id !== null).map(toInboxNotification);
    const more = items.length > limit;
    const page = more ? items.slice(0, limit) : items;
    return { items: page, unreadCount: rows[0]?.unread_count ?? 0, nextBefore: more ? (page.at(-1)?.id ?? null) : null };
  }

  /** Marks one of the caller's notices read (again is fine); another's is a 404, like none. */
  async markRead(caller: Caller, id: string): Promise<UnreadCount> {
    assertPerson(caller);
    const updated = await updateReturning<{ user_id: string }>(
      this.dataSource,
      `UPDATE notification_recipients SET read_at = coalesce(read_at, now())
        WHERE user_id = (SELECT id FROM users WHERE username = $1) AND notification_id = $2 RETURNING user_id`,
      [caller.username, id],
    );
    if (updated.length === 0) throw new NotFoundException('Aviseringen finns inte.');
    return this.unreadCount(caller);
  }

  /** Marks the caller's notices read, up to `upTo` when given, so one that arrives meanwhile stays unread. */
  async markAllRead(caller: Caller, upTo: string | undefined): Promise<UnreadCount> {
    assertPerson(caller);
    await this.dataSource.query(
      `UPDATE notification_recipients SET read_at = now()
        WHERE user_id = (SELECT id FROM users WHERE username = $1) AND read_at IS NULL
          AND ($2::bigint IS NULL OR notification_id <= $2)`,
      [caller.username, upTo ?? null],
    );
    return this.unreadCount(caller);
  }

  private async unreadCount(caller: Caller): Promise<UnreadCount> {
    const rows = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification_recipients
        WHERE user_id = (SELECT id FROM users WHERE username = $1) AND read_at IS NULL`,
      [caller.username],
    );
    return { unreadCount: rows[0]?.count ?? 0 };
  }
}

function toInboxNotification(row: InboxRow): InboxNotification {
  return {
    id: row.id as string,
    kind: row.kind,
    params: row.params,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
