import type { EntityManager } from 'typeorm';

/** A new request, or an address set by an admin, voids whatever the user was waiting to confirm. */
export async function supersedePendingEmail(manager: Pick<EntityManager, 'query'>, userId: string): Promise<void> {
  await manager.query(
    `UPDATE email_changes SET superseded_at = now()
      WHERE user_id = $1 AND confirmed_at IS NULL AND superseded_at IS NULL`,
    [userId],
  );
}
