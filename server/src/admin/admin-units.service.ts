import { Injectable, NotFoundException } from '@nestjs/common';
import { unitKindsFor, type AdminUnit, type CreateUnitInput, type UnitKind } from '@lagesbild/shared';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { createAudited, organizationForAdmin } from '../common/admin-scope.js';
import { apiFields } from '../common/api-row.js';
import { assertAdminOf } from '../common/scope.js';
import { fieldError } from '../common/validation.js';
import { updateReturning } from '../database/returning.js';

interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  organization_code: string;
  retired_at: Date | null;
}

const toAdminUnit = (row: UnitRow): AdminUnit => apiFields(row, ['id', 'name', 'kind', 'organization_code', 'retired_at']);

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/** Units are added, renamed and retired; never deleted, so their history stays readable. */
@Injectable()
export class AdminUnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, regionCode: string): Promise<AdminUnit[]> {
    assertAdminOf(caller, regionCode);
    const rows = await this.dataSource.query<UnitRow[]>(
      `SELECT u.id, u.name, u.kind, u.organization_code, u.retired_at FROM units u
         JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 ORDER BY o.kind = 'region' DESC, o.sort_order, u.sort_order, u.name`,
      [regionCode],
    );
    return rows.map(toAdminUnit);
  }

  async create(caller: Caller, input: CreateUnitInput): Promise<AdminUnit> {
    const organization = await organizationForAdmin(this.dataSource, caller, input.organizationCode);
    if (!unitKindsFor(organization.kind).includes(input.kind)) throw fieldError('kind', 'validation.unitKindMismatch');
    const id = `${input.organizationCode}-${slug(input.name) || 'enhet'}-${randomBytes(2).toString('hex')}`;
    const entry = { action: 'unit.create', regionCode: organization.regionCode, target: (unit: AdminUnit) => unit.id } as const;
    return createAudited(this.dataSource, this.audit, caller, entry, async (manager) => {
      const rows = await manager.query<UnitRow[]>(
        `INSERT INTO units (id, organization_code, name, kind, sort_order)
         VALUES ($1, $2, $3, $4, (SELECT coalesce(max(sort_order), 0) + 1 FROM units WHERE organization_code = $2))
         RETURNING id, name, kind, organization_code, retired_at`,
        [id, input.organizationCode, input.name, input.kind],
      );
      return toAdminUnit(rows[0] as UnitRow);
    });
  }

  async rename(caller: Caller, unitId: string, name: string): Promise<AdminUnit> {
    return this.change(caller, unitId, 'unit.update', (manager, id) =>
      updateReturning<UnitRow>(
        manager,
        'UPDATE units SET name = $2 WHERE id = $1 RETURNING id, name, kind, organization_code, retired_at',
        [id, name],
      ),
    );
  }

  async retire(caller: Caller, unitId: string): Promise<AdminUnit> {
    return this.change(caller, unitId, 'unit.retire', (manager, id) =>
      updateReturning<UnitRow>(
        manager,
        'UPDATE units SET retired_at = coalesce(retired_at, now()) WHERE id = $1 RETURNING id, name, kind, organization_code, retired_at',
        [id],
      ),
    );
  }

  private async change(
    caller: Caller,
    unitId: string,
    action: 'unit.update' | 'unit.retire',
    apply: (manager: EntityManager, id: string) => Promise<UnitRow[]>,
  ): Promise<AdminUnit> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<(UnitRow & { region_code: string })[]>(
        `SELECT u.id, u.name, u.kind, u.organization_code, u.retired_at, o.region_code FROM units u
           JOIN organizations o ON o.code = u.organization_code WHERE u.id = $1 FOR UPDATE OF u`,
        [unitId],
      );
      const current = rows[0];
      if (!current) throw new NotFoundException('Enheten finns inte.');
      assertAdminOf(caller, current.region_code);
      const updated = toAdminUnit((await apply(manager, unitId))[0] as UnitRow);
      await this.audit.record(manager, caller, {
        action,
        regionCode: current.region_code,
        organizationCode: current.organization_code,
        target: unitId,
        before: toAdminUnit(current),
        after: updated,
      });
      return updated;
    });
  }
}
