import { roleFitsOrganization, roleMisfitMessage, type OrganizationKind, type Role } from '@lagesbild/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditService } from '../audit/audit.service.js';
import type { Caller } from './caller.js';
import { assertAdminOf } from './scope.js';
import { fieldError } from './validation.js';

export interface AdminOrganization {
  code: string;
  kind: OrganizationKind;
  regionCode: string;
}

/**
 * The organisation an admin names in a body (a user's, a unit's or a token's): a 403 for anyone but
 * an admin, a 400 naming `organizationCode` when it does not exist, a 403 when it is another region's.
 */
export async function organizationForAdmin(
  db: Pick<EntityManager, 'query'>,
  caller: Caller,
  organizationCode: string,
): Promise<AdminOrganization> {
  const rows = await db.query<{ kind: OrganizationKind; region_code: string }[]>(
    'SELECT kind, region_code FROM organizations WHERE code = $1',
    [organizationCode],
  );
  const row = rows[0];
  assertAdminOf(caller, row?.region_code ?? caller.regionCode);
  if (!row) throw fieldError('organizationCode', 'validation.unknownOrganization');
  return { code: organizationCode, kind: row.kind, regionCode: row.region_code };
}

/** Users and tokens alike: a role only in the kind of organisation it belongs to (shared rule). */
export function assertRoleFits(role: Role, organizationKind: OrganizationKind): void {
  if (!roleFitsOrganization(role, organizationKind)) throw fieldError('role', roleMisfitMessage(role));
}

/**
 * One way for an admin to create something: insert it and record it in the audit trail in one
 * transaction, and answer it.
 */
export function createAudited<T extends { organizationCode: string }>(
  dataSource: DataSource,
  audit: AuditService,
  caller: Caller,
  entry: { action: AuditAction; regionCode: string; target: (created: T) => string },
  insert: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const created = await insert(manager);
    await audit.record(manager, caller, {
      action: entry.action,
      regionCode: entry.regionCode,
      organizationCode: created.organizationCode,
      target: entry.target(created),
      after: created,
    });
    return created;
  });
}
