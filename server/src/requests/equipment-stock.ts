import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * How many of an item type are free to lend: the region's count less what is promised or out
 * (accepted or delivered, not yet returned). `lock` takes the item's row first, so two loans of
 * the same item decided at once are counted one after the other and never exceed the count.
 */
export async function availableItems(db: Queryable, itemTypeId: string, lock = false): Promise<number> {
  const items = await db.query<{ total: number }[]>(
    `SELECT total FROM equipment_items WHERE id::text = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [itemTypeId],
  );
  const total = items[0]?.total ?? 0;
  return total - (await lentItems(db, itemTypeId));
}

export async function lentItems(db: Queryable, itemTypeId: string): Promise<number> {
  const rows = await db.query<{ lent: number }[]>(
    `SELECT COALESCE(sum(o.accepted_quantity), 0)::int AS lent
       FROM request_lines l JOIN request_offers o ON o.line_id = l.id
      WHERE l.item_type_id::text = $1 AND o.status IN ('accepted', 'delivered')`,
    [itemTypeId],
  );
  return rows[0]?.lent ?? 0;
}
