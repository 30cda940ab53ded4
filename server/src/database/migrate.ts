import type { DataSource } from 'typeorm';

// Any constant shared by every instance; it names the lock, nothing more.
const MIGRATION_LOCK = 7_020_080;

/**
 * Runs pending migrations, then `afterMigrations`, while holding a PostgreSQL advisory lock, so
 * that several instances starting together neither race on the schema nor seed demo data twice.
 */
export async function migrateUnderLock(dataSource: DataSource, afterMigrations?: () => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Another instance may hold the lock for as long as its migrations take.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await afterMigrations?.();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    // Back to the pool's own limit before the connection serves requests.
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
