import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

// Dates stay 'YYYY-MM-DD' strings (a reporting day is not an instant); counters and numerics are numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// date[] (oid 1182) as string[], parsed like text[] (oid 1009); the typings list scalar types only.
const DATE_ARRAY = 1182 as Parameters<typeof pg.types.setTypeParser>[0];
const TEXT_ARRAY = 1009 as Parameters<typeof pg.types.getTypeParser>[0];
pg.types.setTypeParser(DATE_ARRAY, pg.types.getTypeParser(TEXT_ARRAY) as (value: string) => string[]);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

/**
 * Limits every connection of the app's pool gets, so a runaway query or a transaction left open by
 * a bug cannot hold locks and a connection for ever. The slowest request (a year of history for the
 * largest region) takes well under a second; migrations and the wait for the migration lock lift the
 * statement limit for themselves. Downloads have a pool of their own (exports/export-pool.ts).
 */
export const CONNECTION_LIMITS = {
  statement_timeout: 30_000,
  idle_in_transaction_session_timeout: 60_000,
};

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    extra: { max: 20, application_name: 'lagesbild', ...CONNECTION_LIMITS },
  };
}
