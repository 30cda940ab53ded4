import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AdminUser, CreateUserInput, OrganizationKind, Role, UpdateUserInput } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import type { Caller } from '../common/caller.js';
import { assertAdminOf } from '../common/scope.js';
import { LiveHub } from '../changes/live-hub.js';
import { updateReturning } from '../database/returning.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string | null;
  role: Role;
  organization_code: string;
  active: boolean;
  created_at: Date;
  last_login_at: Date | null;
}

const USER_COLUMNS = 'u.id, u.username, u.display_name, u.role, u.organization_code, u.active, u.created_at, u.last_login_at';

function toAdminUser(row: UserRow): AdminUser {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organizationCode: row.organization_code,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, message, errors: { [field]: [message] } });
}

/** Reporters belong to a municipality; the other roles to the region organisation. */
function assertRoleFits(role: Role, organizationKind: OrganizationKind): void {
  const fits = role === 'reporter' ? organizationKind === 'municipality' : organizationKind === 'region';
  if (!fits) {
    throw badField('role', role === 'reporter' ? 'En rapportör hör till en kommun.' : 'Rollen hör till regionens organisation.');
  }
}

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly liveHub: LiveHub,
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
    const organization = await this.organizationInScope(caller, input.organizationCode);
    assertRoleFits(input.role, organization.kind);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.query<unknown[]>('SELECT 1 FROM users WHERE username = $1', [input.username]);
      if (taken.length > 0)
        throw new ConflictException({
          statusCode: 409,
          message: 'Användarnamnet är upptaget.',
          errors: { username: ['Användarnamnet är upptaget.'] },
        });
      const rows = await manager.query<UserRow[]>(
        `INSERT INTO users AS u (username, display_name, password_hash, role, organization_code)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
        [input.username, input.displayName ?? null, passwordHash, input.role, input.organizationCode],
      );
      const user = toAdminUser(rows[0] as UserRow);
      await this.audit.record(manager, caller, {
        action: 'user.create',
        regionCode: caller.regionCode,
        organizationCode: user.organizationCode,
        target: user.username,
        after: user,
      });
      return user;
    });
  }

  async update(caller: Caller, username: string, input: UpdateUserInput): Promise<AdminUser> {
    const { user, ended } = await this.dataSource.transaction(async (manager) => {
      const current = await this.userInScope(manager, caller, username);
      const organizationCode = input.organizationCode ?? current.organization_code;
      const organization = await this.organizationInScope(caller, organizationCode, manager);
      const role = input.role ?? current.role;
      assertRoleFits(role, organization.kind);
      if (current.username === caller.username && (input.active === false || role !== 'admin')) {
        throw badField('role', 'Du kan inte ta bort din egen administratörsbehörighet.');
      }
      const rows = await updateReturning<UserRow>(
        manager,
        `UPDATE users u SET role = $2, organization_code = $3, active = $4, display_name = $5 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [
          current.id,
          role,
          organizationCode,
          input.active ?? current.active,
          input.displayName === undefined ? current.display_name : input.displayName,
        ],
      );
      const updated = rows[0] as UserRow;
      // A change of scope or a deactivation must not leave sessions with the old rights.
      const scopeChanged =
        updated.role !== current.role || updated.organization_code !== current.organization_code || !updated.active;
      const endedSessions = scopeChanged ? await this.endSessions(manager, current.id, 'scope') : [];
      await this.audit.record(manager, caller, {
        action: 'user.update',
        regionCode: caller.regionCode,
        organizationCode: updated.organization_code,
        target: username,
        before: toAdminUser(current),
        after: toAdminUser(updated),
      });
      return { user: toAdminUser(updated), ended: endedSessions };
    });
    for (const session of ended) this.liveHub.disconnectRoom(`session:${session}`, 'revoked');
    return user;
  }

  async resetPassword(caller: Caller, username: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const ended = await this.dataSource.transaction(async (manager) => {
      const current = await this.userInScope(manager, caller, username);
      await manager.query('UPDATE users SET password_hash = $2 WHERE id = $1', [current.id, passwordHash]);
      const endedSessions = await this.endSessions(manager, current.id, 'password');
      await this.audit.record(manager, caller, {
        action: 'user.password',
        regionCode: caller.regionCode,
        organizationCode: current.organization_code,
        target: username,
      });
      return endedSessions;
    });
    for (const session of ended) this.liveHub.disconnectRoom(`session:${session}`, 'revoked');
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

  private async organizationInScope(
    caller: Caller,
    organizationCode: string,
    db: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<{ kind: OrganizationKind }> {
    const rows = await db.query<{ kind: OrganizationKind; region_code: string }[]>(
      'SELECT kind, region_code FROM organizations WHERE code = $1',
      [organizationCode],
    );
    const row = rows[0];
    if (!row) throw badField('organizationCode', 'Okänd organisation.');
    assertAdminOf(caller, row.region_code);
    return row;
  }
}
