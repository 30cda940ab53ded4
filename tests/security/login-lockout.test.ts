import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

// The login lockout as an attacker meets it (a burst, a slow guess from many addresses, and the
// owner of the account logging in from elsewhere meanwhile), and the pruning that keeps its
// counters and the sessions from growing forever. The server trusts X-Forwarded-For from loopback
// by default (TRUST_PROXY), so each test names the client address it speaks for.

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

const loginFrom = (address: string, username: string, password: string) =>
  new Api(server.baseUrl).request<{ message: string }>(
    'POST',
    '/api/auth/login',
    { username, password },
    { 'x-forwarded-for': address },
  );

function retryAfter(response: ApiResponse<unknown>): number {
  return Number(response.headers.get('retry-after'));
}

/** Time passes for the lockout: every deadline it keeps moves the given seconds closer. */
async function passTime(seconds: number): Promise<void> {
  await database.query(
    `UPDATE login_failures SET locked_until = locked_until - make_interval(secs => $1),
                               expires_at = expires_at - make_interval(secs => $1)`,
    [seconds],
  );
}

describe('login lockout', () => {
  it('lets at most five of 60 parallel wrong passwords reach the password check; the rest are 429 with Retry-After', async () => {
    const responses = await Promise.all(Array.from({ length: 60 }, () => loginFrom('203.0.113.1', 'falun', 'wrong')));
    const checked = responses.filter((response) => response.status === 401);
    const refused = responses.filter((response) => response.status === 429);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(checked.length + refused.length).toBe(60);
    for (const response of refused) expect(retryAfter(response)).toBeGreaterThan(0);
    // The right password from the locked address waits too.
    const right = await loginFrom('203.0.113.1', 'falun', 'demo');
    expect(right.status).toBe(429);
    expect(retryAfter(right)).toBeGreaterThan(0);
  });

  it('still lets the right password in from another address while one address is locked out of the account', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await loginFrom('203.0.113.2', 'chair-dalarna', 'wrong')).status).toBe(401);
    }
    expect((await loginFrom('203.0.113.2', 'chair-dalarna', 'demo')).status).toBe(429);
    expect((await loginFrom('198.51.100.2', 'chair-dalarna', 'demo')).status).toBe(200);
  });

  it('makes each delay after the free attempts longer than the one before', async () => {
    const address = '203.0.113.3';
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await loginFrom(address, 'hedemora', 'wrong')).status).toBe(401);
    const delays: number[] = [];
    for (let lock = 0; lock < 3; lock += 1) {
      const refused = await loginFrom(address, 'hedemora', 'wrong');
      expect(refused.status).toBe(429);
      delays.push(retryAfter(refused));
      await passTime(retryAfter(refused));
      expect((await loginFrom(address, 'hedemora', 'wrong')).status).toBe(401);
    }
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    // Once the delay has passed, the owner gets in, and their own address starts afresh.
    await passTime(retryAfter(await loginFrom(address, 'hedemora', 'demo')));
    expect((await loginFrom(address, 'hedemora', 'demo')).status).toBe(200);
    expect((await loginFrom(address, 'hedemora', 'wrong')).status).toBe(401);
  });

  it('bounds a guess spread over many addresses with a per-username ceiling, answering unknown users the same', async () => {
    for (const username of ['mora', 'no-such-user']) {
      for (let address = 1; address <= 20; address += 1) {
        expect((await loginFrom(`192.0.2.${address}`, username, 'wrong')).status).toBe(401);
      }
    }
    const known = await loginFrom('192.0.2.100', 'mora', 'demo');
    const unknown = await loginFrom('192.0.2.100', 'no-such-user', 'demo');
    expect(known.status).toBe(429);
    expect(unknown.status).toBe(429);
    expect(retryAfter(known)).toBeGreaterThan(0);
    expect(known.body.message).toBe(unknown.body.message);
  });

  it('lets parallel logins with the right password all in (a script opening several sessions)', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => loginFrom('203.0.113.4', 'region-dalarna', 'demo')));
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 8 }, () => 200));
  });
});

async function keys(table: 'login_failures' | 'sessions', column: 'key' | 'id'): Promise<string[]> {
  const result = await database.query<{ value: string }>(`SELECT ${column} AS value FROM ${table} ORDER BY 1`);
  return result.rows.map((row) => row.value);
}

// Housekeeping (a pg-boss job) prunes as an instance starts and every quarter hour, so a second
// instance starting is the moment to look. Sessions go a day after they ended, counters once expired.
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
        (VALUES ('stale-session', interval '-25 hours'), ('current-session', interval '11 hours')) AS s(id, expires)
       WHERE u.username = 'falun'`);

    const second = await startServer({ databaseUrl: server.databaseUrl! });
    try {
      await expectEventually(async () => {
        expect(await keys('login_failures', 'key')).not.toContain('user:stale');
        expect(await keys('sessions', 'id')).not.toContain('stale-session');
      }, 30_000);
    } finally {
      await second.stop();
    }
    expect(await keys('login_failures', 'key')).toEqual(expect.arrayContaining(['user:current', 'pair:locked|192.0.2.1']));
    expect(await keys('login_failures', 'key')).not.toContain('pair:stale|192.0.2.1');
    expect(await keys('sessions', 'id')).toContain('current-session');
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
