import type { FollowAck, Meeting } from '@lagesbild/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { LiveClient } from '../support/live.js';
import { startServer, type RunningServer } from '../support/server.js';

// A session ends after 30 idle minutes. The one exception is the chair's presentation screen of a
// running meeting, which nobody touches for an hour: merely following a meeting keeps nothing alive.

let server: RunningServer;
let database: pg.Client;
const clients: LiveClient[] = [];
beforeAll(async () => {
  server = await startServer();
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await database.end();
  await server.stop();
});

async function follow(api: Api, meetingId: string, present: boolean): Promise<FollowAck> {
  const client = await LiveClient.open(server.baseUrl, { cookie: api.cookie });
  clients.push(client);
  return (await client.socket.timeout(10_000).emitWithAck('meeting.follow', { meetingId, present })) as FollowAck;
}

/** Minutes since the session behind `api` was last seen by the server. */
async function idleMinutes(api: Api): Promise<number> {
  const value = api.cookie!.split('=')[1]!;
  const result = await database.query<{ idle: number }>(
    `SELECT extract(epoch FROM now() - last_seen_at) / 60 AS idle FROM sessions WHERE id = encode(sha256($1::bytea), 'hex')`,
    [value],
  );
  return Number(result.rows[0]!.idle);
}

describe('idle sessions while a meeting runs', () => {
  it('keeps only the chair’s presentation screen alive, not a screen merely following the meeting', async () => {
    const presenting = await Api.loggedIn(server.baseUrl, 'chair-dalarna');
    const chairFollowing = await Api.loggedIn(server.baseUrl, 'chair-dalarna');
    const reporter = await Api.loggedIn(server.baseUrl, 'falun');
    const meeting = await presenting.request<Meeting>('POST', '/api/regions/20/meetings', { title: 'Lägesmöte' });
    expect(meeting.status).toBe(201);

    expect(await follow(presenting, meeting.body.id, true)).toMatchObject({ ok: true, keepsSessionAlive: true });
    expect(await follow(chairFollowing, meeting.body.id, false)).toMatchObject({ ok: true, keepsSessionAlive: false });
    // A reporter's screen asking to present is still only following.
    expect(await follow(reporter, meeting.body.id, true)).toMatchObject({ ok: true, keepsSessionAlive: false });

    // Twenty minutes pass with no request from any of them.
    await database.query(`UPDATE sessions SET last_seen_at = now() - interval '20 minutes'`);
    // The next sweep (every ~30 s) marks the presentation screen active.
    await expectEventually(async () => expect(await idleMinutes(presenting)).toBeLessThan(1), 50_000, 500);
    expect(await idleMinutes(chairFollowing)).toBeGreaterThanOrEqual(20);
    expect(await idleMinutes(reporter)).toBeGreaterThanOrEqual(20);
  });
});
