import { Injectable, NotFoundException } from '@nestjs/common';
import type { AdminUser, CreateUserInput, NotificationKind, NotificationParams, Role, UpdateUserInput } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import { TokensService } from '../auth/tokens.service.js';
import { assertRoleFits, createAudited, organizationForAdmin } from '../common/admin-scope.js';
import { apiFields } from '../common/api-row.js';
import type { Caller } from '../common/caller.js';
import { credentialRoom } from '../live/live-rooms.js';
import { assertAdminOf } from '../common/scope.js';
import { fieldConflict, fieldError } from '../common/validation.js';
import { LiveHub } from '../live/live-hub.js';
import { updateReturning } from '../database/returning.js';
import { NotificationsService, type NotificationsCreated } from '../notifications/notifications.service.js';
import { supersedePendingEmail } from '../account/pending-email.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string | null;
  role: Role;
  organization_code: string;
  email: string | null;
  active: boolean;
  coordinator: boolean;
  created_at: Date;
  last_login_at: Date | null;
}

const USER_COLUMNS =
  'u.id, u.username, u.display_name, u.role, u.organization_code, u.email, u.active, u.coordinator, u.created_at, u.last_login_at';

const toAdminUser = (row: UserRow): AdminUser =>
  apiFields(row, [
    'username',
    'display_name',
    'role',
    'organization_code',
    'email',
    'active',
    'coordinator',
    'created_at',
    'last_login_at',
  ]);

type Notice = NotificationsCreated | null;

async function organizationName(manager: EntityManager, code: string): Promise<string> {
  const rows = await manager.query<{ name: string }[]>('SELECT name FROM organizations WHERE code = $1', [code]);
  return rows[0]?.name ?? code;
}

/** What a change of a user ends: their sessions, and (when deactivated) the tokens they issued. */
interface Ended {
  sessions: string[];
  tokens: string[];
}

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly liveHub: LiveHub,
    private readonly tokens: TokensService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(caller: Caller, regionCode: string): Promise<AdminUser[]> {
    assertAdminOf(caller, regionCode);
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM users u JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 ORDER BY o.kind = 'region' DESC, o.sort_order, u.username`,
      [regionCode],
    );
    return rows.map(toAdminUser);
  }

  async create(caller: Caller, input: CreateUserInput): Promise<AdminUser> {
    const organization = await organizationForAdmin(this.dataSource, caller, input.organizationCode);
    assertRoleFits(input.role, organization.kind);
    const passwordHash = await hashPassword(input.password);
    const entry = {
      action: 'user.create',
      regionCode: organization.regionCode,
      target: (user: AdminUser) => user.username,
    } as const;
    return createAudited(this.dataSource, this.audit, caller, entry, async (manager) => {
      const taken = await manager.query<unknown[]>('SELECT 1 FROM users WHERE username = $1', [input.username]);
      if (taken.length > 0) throw fieldConflict('username', 'validation.usernameTaken');
      const rows = await manager.query<UserRow[]>(
        `INSERT INTO users AS u (username, display_name, password_hash, role, organization_code, email)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
        [input.username, input.displayName ?? null, passwordHash, input.role, input.organizationCode, input.email ?? null],
      );
      return toAdminUser(rows[0] as UserRow);
    });
  }

  async update(caller: Caller, username: string, input: UpdateUserInput): Promise<AdminUser> {
    return this.change(caller, username, async (manager, current) => {
      const organization = await organizationForAdmin(manager, caller, input.organizationCode ?? current.organization_code);
      const role = input.role ?? current.role;
      assertRoleFits(role, organization.kind);
      if (current.username === caller.username && (input.active === false || role !== 'admin')) {
        throw fieldError('role', 'validation.ownAdminRole');
      }
      // Only a user of the region organisation coordinates; one who moves to a municipality stops.
      if (input.coordinator === true && organization.kind !== 'region') {
        throw fieldError('coordinator', 'validation.coordinatorNeedsRegion');
      }
      const coordinator = organization.kind === 'region' && (input.coordinator ?? current.coordinator);
      const rows = await updateReturning<UserRow>(
        manager,
        `UPDATE users u SET role = $2, organization_code = $3, active = $4, display_name = $5, email = $6,
                            coordinator = $7
          WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [
          current.id,
          role,
          organization.code,
          input.active ?? current.active,
          input.displayName === undefined ? current.display_name : input.displayName,
          input.email === undefined ? current.email : input.email,
          coordinator,
        ],
      );
      const updated = rows[0] as UserRow;
      if (updated.email !== current.email) await supersedePendingEmail(manager, current.id);
      const notices = [
        updated.email !== current.email
          ? await this.tell(manager, caller, updated, 'account.emailChanged', { email: updated.email })
          : null,
        updated.role !== current.role || updated.organization_code !== current.organization_code
          ? await this.tell(manager, caller, updated, 'account.roleChanged', {
              role: updated.role,
              organizationName: await organizationName(manager, updated.organization_code),
            })
          : null,
      ];
      // A change of scope or a deactivation must not leave sessions with the old rights, nor the
      // tokens a deactivated admin issued working on.
      const scopeChanged =
        updated.role !== current.role || updated.organization_code !== current.organization_code || !updated.active;
      const ended: Ended = {
        sessions: scopeChanged ? await this.endSessions(manager, current.id, 'scope') : [],
        tokens: current.active && !updated.active ? await this.tokens.endIssuedBy(manager, caller, username) : [],
      };
      return { updated, ended, action: 'user.update', notices };
    });
  }

  async resetPassword(caller: Caller, username: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.change(caller, username, async (manager, current) => {
      await manager.query('UPDATE users SET password_hash = $2 WHERE id = $1', [current.id, passwordHash]);
      const ended = { sessions: await this.endSessions(manager, current.id, 'password'), tokens: [] };
      const notices = [await this.tell(manager, caller, current, 'account.passwordSet', {})];
      return { updated: current, ended, action: 'user.password', notices };
    });
  }

  /**
   * One way to change a user: lock the row, apply, record it in the audit trail in the same
   * transaction, and close what the change ended once it has committed.
   */
  private async change(
    caller: Caller,
    username: string,
    apply: (
      manager: EntityManager,
      current: UserRow,
    ) => Promise<{ updated: UserRow; ended: Ended; action: 'user.update' | 'user.password'; notices: Notice[] }>,
  ): Promise<AdminUser> {
    const { user, ended, notices } = await this.dataSource.transaction(async (manager) => {
      const current = await this.userInScope(manager, caller, username);
      const { updated, ended, action, notices } = await apply(manager, current);
      const changed = action === 'user.update' ? { before: toAdminUser(current), after: toAdminUser(updated) } : {};
      await this.audit.record(manager, caller, {
        action,
        regionCode: caller.regionCode,
        organizationCode: updated.organization_code,
        target: username,
        ...changed,
      });
      return { user: toAdminUser(updated), ended, notices };
    });
    for (const notice of notices) this.notifications.publish(notice);
    for (const session of ended.sessions)
      this.liveHub.disconnectRoom(credentialRoom({ via: 'session', credentialId: session }), 'revoked');
    this.tokens.closeSockets(ended.tokens);
    return user;
  }

  /** A notice to the user an admin changed (not to an admin changing their own account). */
  private tell<K extends NotificationKind>(
    manager: EntityManager,
    caller: Caller,
    user: UserRow,
    kind: K,
    params: NotificationParams[K],
  ): Promise<Notice> {
    return this.notifications.notify(manager, {
      regionCode: caller.regionCode,
      recipients: { usernames: [user.username], exceptUsernames: [caller.username] },
      kind,
      params,
      link: '/account',
    });
  }

  private async endSessions(manager: EntityManager, userId: string, reason: string): Promise<string[]> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE sessions SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL RETURNING id`,
      [userId, reason],
    );
    return rows.map((row) => row.id);
  }

  private async userInScope(manager: EntityManager, caller: Caller, username: string): Promise<UserRow> {
    const rows = await manager.query<(UserRow & { region_code: string })[]>(
      `SELECT ${USER_COLUMNS}, o.region_code FROM users u JOIN organizations o ON o.code = u.organization_code
        WHERE u.username = $1 FOR UPDATE OF u`,
      [username],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException('Användaren finns inte.');
    assertAdminOf(caller, row.region_code);
    return row;
  }
}
