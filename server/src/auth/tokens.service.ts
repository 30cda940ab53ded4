import { Injectable, NotFoundException } from '@nestjs/common';
import type { ApiTokenInfo, IssuedToken, IssueTokenInput } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertRoleFits, createAudited, organizationForAdmin } from '../common/admin-scope.js';
import { apiFields } from '../common/api-row.js';
import type { Caller } from '../common/caller.js';
import { credentialRoom } from '../live/live-rooms.js';
import { randomSecret, sha256 } from '../common/hash.js';
import { assertAdminOf } from '../common/scope.js';
import { LiveHub } from '../live/live-hub.js';
import { updateReturning } from '../database/returning.js';

interface TokenRow {
  id: string;
  name: string;
  organization_code: string;
  region_code: string;
  role: ApiTokenInfo['role'];
  created_at: Date;
  created_by: string;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  revoked_reason: ApiTokenInfo['revokedReason'];
}

const COLUMNS = `t.id, t.name, t.organization_code, t.role, t.created_at, t.created_by, t.expires_at, t.last_used_at,
  t.revoked_at, t.revoked_reason, o.region_code`;

const toInfo = (row: TokenRow): ApiTokenInfo =>
  apiFields(row, [
    'id',
    'name',
    'organization_code',
    'role',
    'created_at',
    'created_by',
    'expires_at',
    'last_used_at',
    'revoked_at',
    'revoked_reason',
  ]);

/**
 * Bearer tokens for integrations: bound to one organisation and a role that fits it, shown once,
 * stored hashed, and ended by revocation, by their expiry, or with the admin who issued them.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  async issue(caller: Caller, input: IssueTokenInput): Promise<IssuedToken> {
    const organization = await organizationForAdmin(this.dataSource, caller, input.organizationCode);
    assertRoleFits(input.role, organization.kind);
    const token = `lgb_${randomSecret()}`;
    const entry = {
      action: 'token.issue',
      regionCode: organization.regionCode,
      target: (issued: ApiTokenInfo) => issued.id,
    } as const;
    const info = await createAudited(this.dataSource, this.audit, caller, entry, async (manager) => {
      const rows = await manager.query<TokenRow[]>(
        `WITH t AS (
           INSERT INTO api_tokens (name, token_hash, organization_code, role, created_by, expires_at)
           VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING *)
         SELECT ${COLUMNS} FROM t JOIN organizations o ON o.code = t.organization_code`,
        [input.name, sha256(token), organization.code, input.role, caller.username, input.expiresInDays],
      );
      return toInfo(rows[0] as TokenRow);
    });
    return { ...info, token };
  }

  async list(caller: Caller, regionCode: string): Promise<ApiTokenInfo[]> {
    assertAdminOf(caller, regionCode);
    const rows: TokenRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM api_tokens t JOIN organizations o ON o.code = t.organization_code
        WHERE o.region_code = $1 ORDER BY t.created_at`,
      [regionCode],
    );
    return rows.map(toInfo);
  }

  /** Revocation takes effect at once: the next request is refused and open sockets are closed. */
  async revoke(caller: Caller, tokenId: string): Promise<ApiTokenInfo> {
    const rows = await this.dataSource.query<TokenRow[]>(
      `SELECT ${COLUMNS} FROM api_tokens t JOIN organizations o ON o.code = t.organization_code WHERE t.id::text = $1`,
      [tokenId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException('Nyckeln finns inte.');
    assertAdminOf(caller, row.region_code);
    const [revoked] = await this.dataSource.transaction((manager) => this.end(manager, caller, 't.id = $1', [row.id], 'revoked'));
    this.closeSockets([row.id]);
    return revoked ?? toInfo(row);
  }

  /**
   * Ends the live tokens a deactivated admin issued, in the caller's transaction; returns their ids
   * so the caller closes their sockets once it has committed (closeSockets).
   */
  async endIssuedBy(manager: EntityManager, caller: Caller, username: string): Promise<string[]> {
    const ended = await this.end(
      manager,
      caller,
      't.created_by = $1 AND t.revoked_at IS NULL AND t.expires_at > now()',
      [username],
      'issuer_deactivated',
    );
    return ended.map((token) => token.id);
  }

  closeSockets(tokenIds: readonly string[]): void {
    for (const id of tokenIds) this.liveHub.disconnectRoom(credentialRoom({ via: 'token', credentialId: id }), 'revoked');
  }

  /** Ends the tokens `where` picks (a revoked one stays as it was) and records each in the audit trail. */
  private async end(
    manager: EntityManager,
    caller: Caller,
    where: string,
    parameters: unknown[],
    reason: NonNullable<ApiTokenInfo['revokedReason']>,
  ): Promise<ApiTokenInfo[]> {
    const rows = await updateReturning<TokenRow>(
      manager,
      `UPDATE api_tokens t SET revoked_at = coalesce(t.revoked_at, now()), revoked_reason = coalesce(t.revoked_reason, $${parameters.length + 1})
         FROM organizations o WHERE o.code = t.organization_code AND ${where} RETURNING ${COLUMNS}`,
      [...parameters, reason],
    );
    for (const row of rows) {
      await this.audit.record(manager, caller, {
        action: 'token.revoke',
        regionCode: row.region_code,
        organizationCode: row.organization_code,
        target: row.id,
        after: toInfo(row),
      });
    }
    return rows.map(toInfo);
  }
}
