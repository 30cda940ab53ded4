import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  isIsoDate,
  reportingDay,
  type LiveChangeOf,
  type PlannedCapacityEntry,
  type PlannedCapacityInput,
  type PlannedCapacityRow,
  type PlannedCapacityWithdrawInput,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { fieldError } from '../common/validation.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { lockUnitForWrite, type WritableUnit } from '../reports/reports.service.js';
import { plannedCapacityTable, type PlannedCapacityDbRow } from './planned-capacity-row.js';

/** A planned change applies from a day to come (today included): the past is in the reports. */
function assertPlannedDate(date: string): void {
  if (!isIsoDate(date)) throw fieldError('date', 'validation.date');
  if (date < reportingDay()) throw fieldError('date', 'validation.plannedDate');
}

type Figures = Pick<PlannedCapacityRow, 'mode' | 'places' | 'note' | 'withdrawn'>;
const sameFigures = (current: PlannedCapacityRow, next: Figures) =>
  current.mode === next.mode &&
  current.places === next.places &&
  current.note === next.note &&
  current.withdrawn === next.withdrawn;

/**
 * A municipality's dated changes to its short-term units' places ("10 nya korttidsplatser fr.o.m.
 * 1 juni"), entered by its own members, one per unit and first day, each save a version, each one
 * audited and sent live; the forecast compares its upper bound with the places they give.
 */
@Injectable()
export class PlannedCapacityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  /** The region's planned changes from today on, withdrawn ones left out, in date order. */
  async list(caller: Caller, regionCode: string): Promise<PlannedCapacityEntry[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<(PlannedCapacityDbRow & { organizationCode: string })[]>(
      `SELECT ${plannedCapacityTable.select('p')}, u.organization_code AS "organizationCode"
         FROM planned_capacity p JOIN units u ON u.id = p.unit_id
        WHERE p.region_code = $1 AND p.date >= $2 AND NOT p.withdrawn
        ORDER BY p.date, u.organization_code, u.sort_order, p.unit_id`,
      [regionCode, reportingDay()],
    );
    return rows.map((row) => plannedCapacityTable.toApi(row));
  }

  /** Makes or changes the unit's planned change from `date`. Resent as it is stored, nothing changes. */
  async put(caller: Caller, unitId: string, date: string, input: PlannedCapacityInput): Promise<PlannedCapacityEntry> {
    assertPlannedDate(date);
    const { expectedVersion, ...figures } = input;
    return this.write(caller, unitId, date, expectedVersion, (current) =>
      current && sameFigures(current, { ...figures, withdrawn: false }) ? null : { ...figures, withdrawn: false },
    );
  }

  /** Withdraws the unit's planned change from `date` (kept, as a version saying so). */
  async withdraw(
    caller: Caller,
    unitId: string,
    date: string,
    input: PlannedCapacityWithdrawInput,
  ): Promise<PlannedCapacityEntry> {
    assertPlannedDate(date);
    return this.write(caller, unitId, date, input.expectedVersion, (current) => {
      if (!current || current.withdrawn) throw new NotFoundException('Det finns ingen planerad ändring för enheten den dagen.');
      return { mode: current.mode, places: current.places, note: current.note, withdrawn: true };
    });
  }

  /**
   * Under the unit's lock: read the change, let `next` decide the new figures (null: nothing to
   * do), check the version the caller read, then store, audit and log the change, all or nothing.
   */
  private async write(
    caller: Caller,
    unitId: string,
    date: string,
    expectedVersion: number | undefined,
    next: (current: PlannedCapacityRow | null) => Figures | null,
  ): Promise<PlannedCapacityEntry> {
    const result = await this.dataSource.transaction(async (manager) => {
      const unit = await lockUnitForWrite(manager, caller, unitId);
      if (unit.kind !== 'short_term') throw fieldError('unitId', 'validation.plannedUnitKind');
      const current = await this.current(manager, unitId, date);
      const figures = next(current);
      if (!figures) return { stored: current as PlannedCapacityRow, unit, change: null };
      if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion) {
        throw new ConflictException({
          statusCode: 409,
          message: 'Någon annan har ändrat den planerade ändringen under tiden.',
          current: current ? { ...current, organizationCode: unit.organizationCode } : null,
        });
      }
      const stored = await plannedCapacityTable.write(
        manager,
        { unitId, date, ...figures },
        { version: (current?.version ?? 0) + 1, by: caller.username, via: caller.via },
        { regionCode: unit.regionCode },
      );
      await this.audit.record(manager, caller, {
        action: figures.withdrawn ? 'plannedCapacity.withdraw' : 'plannedCapacity.put',
        regionCode: unit.regionCode,
        organizationCode: unit.organizationCode,
        target: `${unitId}/${date}`,
        before: current,
        after: stored,
      });
      const change: LiveChangeOf<'plannedCapacity.updated'> = await this.changeLog.record(
        manager,
        unit.regionCode,
        'plannedCapacity.updated',
        (seq) => ({
          seq,
          region: unit.regionCode,
          organizationCode: unit.organizationCode,
          change: { ...stored, organizationCode: unit.organizationCode },
        }),
      );
      return { stored, unit, change };
    });
    if (result.change) this.liveHub.publish(result.unit.regionCode, result.change);
    return entry(result.stored, result.unit);
  }

  private async current(manager: EntityManager, unitId: string, date: string): Promise<PlannedCapacityRow | null> {
    const rows = await manager.query<PlannedCapacityDbRow[]>(
      `SELECT ${plannedCapacityTable.select()} FROM planned_capacity WHERE unit_id = $1 AND date = $2`,
      [unitId, date],
    );
    return rows[0] ? plannedCapacityTable.toApi(rows[0]) : null;
  }
}

function entry(row: PlannedCapacityRow, unit: WritableUnit): PlannedCapacityEntry {
  return { ...row, organizationCode: unit.organizationCode };
}
