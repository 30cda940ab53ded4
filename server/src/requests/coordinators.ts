import { isRegionOrganization, type RequestActor } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Whether the caller decides staff and equipment lines for its region: a user of the region
 * organisation whom an administrator named coordinator, or, where none is named, any of the
 * region organisation's analysts (a token of that role too).
 */
export async function isCoordinator(db: Queryable, caller: Caller): Promise<boolean> {
  if (!isRegionOrganization(caller)) return false;
  const rows = await db.query<{ named: boolean; me: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM users WHERE organization_code = $1 AND coordinator AND active) AS named,
            EXISTS (SELECT 1 FROM users WHERE username = $2 AND organization_code = $1 AND coordinator AND active) AS me`,
    [caller.regionCode, caller.username],
  );
  const { named = false, me = false } = rows[0] ?? {};
  return me || (!named && caller.role === 'analyst');
}

/** The caller as the shared request rules see it. */
export async function requestActor(db: Queryable, caller: Caller): Promise<RequestActor> {
  return {
    organizationCode: caller.organizationCode,
    regionCode: caller.regionCode,
    coordinator: await isCoordinator(db, caller),
  };
}
