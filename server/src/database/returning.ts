import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Rows of an UPDATE/DELETE … RETURNING. TypeORM's postgres driver answers those with
 * `[rows, affectedCount]` instead of the rows alone (INSERT and SELECT give the rows).
 */
export async function updateReturning<T>(db: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
