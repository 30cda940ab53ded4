import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';

// Failed-login counters and sessions are kept only while they matter. Every instance prunes at
// start and then periodically, so a second instance starting is the moment to look.

let server: RunningServer;
let database: pg.Client;
beforeAll(async () => {
  server = await startServer();
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});
afterAll(async () => {
  await database.end();
  await server.stop();
});

async function keys(table: 'login_failures' | 'sessions', column: 'key' | 'id'): Promise<string[]> {
  const result = await database.query<{ value: string }>(`SELECT ${column} AS value FROM ${table} ORDER BY 1`);
  return result.rows.map((row) => row.value);
}

describe('pruning', () => {
  it('removes expired login counters and sessions, and keeps the ones that still count', async () => {
    await database.query(`
      INSERT INTO login_failures (key, count, locked_until, expires_at) VALUES
        ('user:stale', 3, NULL, now() - interval '1 minute'),
        ('pair:stale|192.0.2.1', 9, now() - interval '2 hours', now() - interval '1 hour'),
        ('user:current', 2, NULL, now() + interval '10 minutes'),
        ('pair:locked|192.0.2.1', 7, now() + interval '4 minutes', now() + interval '64 minutes')`);
    await database.query(`
      INSERT INTO sessions (id, user_id, expires_at, last_seen_at)
      SELECT s.id, u.id, now() + s.expires, now() FROM users u,
        (VALUES ('stale-session', interval '-1 minute'), ('current-session', interval '11 hours')) AS s(id, expires)
       WHERE u.username = 'falun'`);

    const second = await startServer({ databaseUrl: server.databaseUrl! });
    await second.stop();

    expect(await keys('login_failures', 'key')).toEqual(expect.arrayContaining(['user:current', 'pair:locked|192.0.2.1']));
    expect(await keys('login_failures', 'key')).not.toContain('user:stale');
    expect(await keys('login_failures', 'key')).not.toContain('pair:stale|192.0.2.1');
    expect(await keys('sessions', 'id')).toContain('current-session');
    expect(await keys('sessions', 'id')).not.toContain('stale-session');
  });

  it('finds what to prune through an index, not by reading every row', async () => {
    for (const [table, column] of [
      ['login_failures', 'expires_at'],
      ['sessions', 'expires_at'],
    ] as const) {
      const indexes = await database.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE tablename = $1', [table]);
      expect(indexes.rows.map((row) => row.indexdef).join('\n')).toMatch(new RegExp(`\\(${column}\\)`));
    }
  });
});
