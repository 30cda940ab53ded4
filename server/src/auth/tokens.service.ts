import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { ApiTokenInfo, IssuedToken, IssueTokenInput } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { randomSecret, sha256 } from '../common/hash.js';
import { assertAdminOf } from '../common/scope.js';
import { LiveHub } from '../changes/live-hub.js';
import { updateReturning } from '../database/returning.js';

interface TokenRow {
  id: string;
  name: string;
  organization_code: string;
  role: ApiTokenInfo['role'];
  created_at: Date;
  created_by: string;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 't.id, t.name, t.organization_code, t.role, t.created_at, t.created_by, t.last_used_at, t.revoked_at';

function toInfo(row: TokenRow): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    organizationCode: row.organization_code,
    role: row.role,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Bearer tokens for integrations: bound to one organisation and role, shown once, stored hashed. */
@Injectable()
export class TokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  async issue(caller: Caller, input: IssueTokenInput): Promise<IssuedToken> {
    const organizations: { region_code: string; kind: string }[] = await this.dataSource.query(
      'SELECT region_code, kind FROM organizations WHERE code = $1',
      [input.organizationCode],
    );
    const organization = organizations[0];
    assertAdminOf(caller, organization?.region_code ?? caller.regionCode);
    if (!organization) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Okänd organisation.',
        errors: { organizationCode: ['Okänd organisation.'] },
      });
    }
    const token = `lgb_${randomSecret()}`;
    const info = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<TokenRow[]>(
        `INSERT INTO api_tokens AS t (name, token_hash, organization_code, role, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [input.name, sha256(token), input.organizationCode, input.role, caller.username],
      );
      const issued = toInfo(rows[0] as TokenRow);
      await this.audit.record(manager, caller, {
        action: 'token.issue',
        regionCode: organization.region_code,
        organizationCode: issued.organizationCode,
        target: issued.id,
        after: issued,
      });
      return issued;
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
    const rows: (TokenRow & { region_code: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, o.region_code FROM api_tokens t JOIN organizations o ON o.code = t.organization_code
        WHERE t.id::text = $1`,
      [tokenId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException('Nyckeln finns inte.');
    assertAdminOf(caller, row.region_code);
    const revoked = await this.dataSource.transaction(async (manager) => {
      const updated = await updateReturning<TokenRow>(
        manager,
        `UPDATE api_tokens t SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
        [row.id],
      );
      const after = toInfo(updated[0] as TokenRow);
      await this.audit.record(manager, caller, {
        action: 'token.revoke',
        regionCode: row.region_code,
        organizationCode: row.organization_code,
        target: row.id,
        before: toInfo(row),
        after,
      });
      return after;
    });
    this.liveHub.disconnectRoom(`token:${row.id}`, 'revoked');
    return revoked;
  }
}
