import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, comparable, useLiveClients, writeUntilDeliveredAsEvent } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

/** Ends every connection the servers hold to their database, as a PostgreSQL restart or failover does. */
async function dropAllConnections(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return result.rows.filter((row) => row.ended).length;
  } finally {
    await client.end();
  }
}

// In a crisis the database may restart under the servers. They must come back on their own: writes
// succeed again, and the adapter's LISTEN connection returns so changes reach the other instance.
describe('the database drops every connection', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();

  it('both instances recover: writes succeed and reach viewers on the other instance', async () => {
    const falun = await Api.loggedIn(first.baseUrl, 'falun');
    const analyst = await Api.loggedIn(second.baseUrl, 'region-dalarna');
    const viewer = await LiveClient.open(second.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(viewer);
    let occupied = 200;
    const write = () => falun.putReport('2080-lunden', today(), reportBody({ occupied: (occupied += 1) }));

    const before = viewer.seq + 1;
    expect((await write()).status).toBe(200);
    await viewer.waitForSeq(before);

    expect(await dropAllConnections(first.databaseUrl!)).toBeGreaterThan(2);

    // Sessions are in PostgreSQL too: the same cookies still work once the pools reconnect.
    const after = viewer.seq + 1;
    expect((await write()).status).toBe(200);
    // The viewer catches up at once, by the event or, while the adapter's LISTEN is still down, by
    // the seq heartbeat's resync.
    await viewer.waitForSeq(after);
    expect(comparable(viewer.situation!)).toEqual(comparable((await analyst.situation('20')).body));

    // The adapter LISTENs again by itself (it retries within about 3 s): changes arrive as events
    // again, not only through resyncs.
    await expect(writeUntilDeliveredAsEvent(viewer, write)).resolves.toBe(true);
    expect(comparable(viewer.situation!)).toEqual(comparable((await analyst.situation('20')).body));
    expect((await analyst.health()).status).toBe(200);
    expect(first.process.exitCode).toBeNull();
    expect(second.process.exitCode).toBeNull();
  });
});
