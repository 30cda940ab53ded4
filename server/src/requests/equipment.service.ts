import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  canAdminister,
  reportingDay,
  type EquipmentInventory,
  type EquipmentItem,
  type EquipmentItemInput,
  type EquipmentItemUpdate,
  type EquipmentLot,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { fieldConflict } from '../common/validation.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { isCoordinator } from './coordinators.js';
import { lentItems } from './equipment-stock.js';

interface ItemRow {
  id: string;
  region_code: string;
  name: string;
  total: number;
  lent: number;
  updated_at: Date;
}

interface LotRow {
  offer_id: string;
  request_id: string;
  request_number: number;
  item_type_id: string;
  item_name: string;
  borrower_code: string;
  quantity: number;
  status: 'accepted' | 'delivered';
  due: string;
}

const ITEMS = `SELECT e.id, e.region_code, e.name, e.total, e.updated_at,
       COALESCE((SELECT sum(o.accepted_quantity) FROM request_lines l JOIN request_offers o ON o.line_id = l.id
                  WHERE l.item_type_id = e.id AND o.status IN ('accepted', 'delivered')), 0)::int AS lent
  FROM equipment_items e`;

const toItem = (row: ItemRow): EquipmentItem => ({
  id: row.id,
  region: row.region_code,
  name: row.name,
  total: row.total,
  lent: row.lent,
  available: Math.max(0, row.total - row.lent),
  updatedAt: row.updated_at.toISOString(),
});

/** A name another item of the region already has (case aside): a 409 naming `name`. */
function isNameTaken(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return (failure.code ?? failure.driverError?.code) === '23505';
}

/**
 * The region's equipment inventory: item types and how many it has, the lots lent out (to whom,
 * due when, overdue or not), and what is still free to lend. Lots are the accepted equipment
 * offers of requests; the coordinator (or an administrator) keeps the item types and counts.
 */
@Injectable()
export class EquipmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
  ) {}

  async inventory(caller: Caller, regionCode: string): Promise<EquipmentInventory> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const date = reportingDay();
    const [items, lots, editable] = await Promise.all([
      this.dataSource.query<ItemRow[]>(`${ITEMS} WHERE e.region_code = $1 ORDER BY lower(e.name)`, [regionCode]),
      this.dataSource.query<LotRow[]>(
        `SELECT o.id AS offer_id, r.id AS request_id, r.number AS request_number, e.id AS item_type_id, e.name AS item_name,
                r.requester_code AS borrower_code, o.accepted_quantity AS quantity, o.status, l.period_to AS due
           FROM request_offers o
           JOIN request_lines l ON l.id = o.line_id
           JOIN equipment_items e ON e.id = l.item_type_id
           JOIN requests r ON r.id = o.request_id
          WHERE e.region_code = $1 AND o.status IN ('accepted', 'delivered')
          ORDER BY l.period_to, r.number`,
        [regionCode],
      ),
      this.mayEdit(this.dataSource.manager, caller, regionCode),
    ]);
    return {
      region: regionCode,
      date,
      editable,
      items: items.map(toItem),
      lots: lots.map((row): EquipmentLot => ({
        offerId: row.offer_id,
        requestId: row.request_id,
        requestNumber: row.request_number,
        itemTypeId: row.item_type_id,
        itemName: row.item_name,
        borrowerCode: row.borrower_code,
        quantity: row.quantity,
        status: row.status,
        due: row.due,
        overdue: row.due < date,
      })),
    };
  }

  async create(caller: Caller, regionCode: string, input: EquipmentItemInput): Promise<EquipmentItem> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    return this.write(caller, regionCode, 'equipment.create', async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        'INSERT INTO equipment_items (region_code, name, total, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
        [regionCode, input.name, input.total, caller.username],
      );
      return { id: rows[0]!.id, before: null };
    });
  }

  async update(caller: Caller, itemId: string, input: EquipmentItemUpdate): Promise<EquipmentItem> {
    const rows = await this.dataSource.query<{ region_code: string }[]>(
      'SELECT region_code FROM equipment_items WHERE id::text = $1',
      [itemId],
    );
    if (!rows[0]) throw new NotFoundException('Utrustningen finns inte.');
    const regionCode = rows[0].region_code;
    assertCanReadRegion(caller, regionCode);
    return this.write(caller, regionCode, 'equipment.update', async (manager) => {
      // Locked, so a loan decided meanwhile is counted before the new total is checked against it.
      const current = (await manager.query<ItemRow[]>(`${ITEMS} WHERE e.id::text = $1 FOR UPDATE OF e`, [itemId]))[0]!;
      const lent = await lentItems(manager, itemId);
      if (input.total !== undefined && input.total < lent) throw fieldConflict('total', 'validation.totalBelowLent');
      await manager.query('UPDATE equipment_items SET name = $2, total = $3, updated_at = now() WHERE id = $1', [
        current.id,
        input.name ?? current.name,
        input.total ?? current.total,
      ]);
      return { id: current.id, before: toItem(current) };
    });
  }

  private async write(
    caller: Caller,
    regionCode: string,
    action: 'equipment.create' | 'equipment.update',
    apply: (manager: EntityManager) => Promise<{ id: string; before: EquipmentItem | null }>,
  ): Promise<EquipmentItem> {
    const result = await this.dataSource
      .transaction(async (manager) => {
        if (!(await this.mayEdit(manager, caller, regionCode))) {
          throw new ForbiddenException('Regionens samordnare eller administratör håller förrådet.');
        }
        const { id, before } = await apply(manager);
        const item = toItem((await manager.query<ItemRow[]>(`${ITEMS} WHERE e.id = $1`, [id]))[0]!);
        await this.audit.record(manager, caller, {
          action,
          regionCode,
          organizationCode: regionCode,
          target: id,
          before,
          after: item,
        });
        const change = await this.changeLog.record(manager, regionCode, 'equipment.updated', (seq) => ({
          seq,
          region: regionCode,
          item,
        }));
        return { item, change };
      })
      .catch((error: unknown) => {
        if (isNameTaken(error)) throw fieldConflict('name', 'validation.itemNameTaken');
        throw error;
      });
    this.liveHub.publish(regionCode, result.change);
    return result.item;
  }

  private async mayEdit(db: Pick<EntityManager, 'query'>, caller: Caller, regionCode: string): Promise<boolean> {
    if (caller.regionCode !== regionCode) return false;
    return canAdminister(caller, regionCode) || (await isCoordinator(db, caller));
  }
}
