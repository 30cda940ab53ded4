import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { turnTriggersOff } from '../support/escalation.js';
import { LiveClient, comparable, freePort } from '../support/live.js';
import { startServer, type RunningServer } from '../support/server.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

// With DATABASE_URL the server does not own PostgreSQL, so SIGKILL of the node process loses only
// what was in flight; it comes back on the same port, where the clients' reconnection finds it.
describe('live across a server crash and restart', () => {
  let server: RunningServer;
  let port: number;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    port = await freePort();
    server = await startServer({ port });
    // The test counts its own changes: no suggestion made from its figures comes between them.
    await turnTriggersOff(await Api.loggedIn(server.baseUrl, 'admin'), '20');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });

  it('ends at the REST situation after SIGKILL mid-stream, with seq continuing gaplessly', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const viewers = await Promise.all(
      Array.from({ length: 5 }, () => LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' })),
    );
    clients.push(...viewers);
    const start = viewers[0]!.seq;
    const versionsBefore = (await falun.reportVersions('2080-lunden', today())).body.length;
    let occupied = 200;
    const put = (api: Api) => api.putReport('2080-lunden', today(), reportBody({ occupied: (occupied += 1) }));

    for (let index = 0; index < 3; index += 1) expect((await put(falun)).status).toBe(200);
    await Promise.all(viewers.map((viewer) => viewer.waitForSeq(start + 3)));

    // One write in flight when the process dies: it commits or it does not, but never half.
    const inFlight = put(falun).then(
      (response) => response.status,
      () => 'lost' as const,
    );
    expect(await server.stop('SIGKILL')).toBeNull();
    await inFlight;
    await Promise.all(viewers.map((viewer) => viewer.waitForDisconnect()));

    server = await startServer({ port, databaseUrl: server.databaseUrl });
    // Same port, same baseUrl: sessions live in the database, so the old cookies still work.
    for (let index = 0; index < 3; index += 1) expect((await put(falun)).status).toBe(200);

    const rest = (await analyst.situation('20')).body;
    const committed = (await falun.reportVersions('2080-lunden', today())).body.length - versionsBefore;
    expect(committed === 6 || committed === 7).toBe(true);
    expect(rest.seq).toBe(start + committed);

    await Promise.all(viewers.map((viewer) => viewer.waitForSeq(rest.seq)));
    for (const viewer of viewers) {
      expect(viewer.applied.length === 0 || viewer.applied[0] === start + 1).toBe(true);
      expect(viewer.applied).toEqual(range(start + 1, viewer.applied.length));
      expect(viewer.connects).toBe(2);
      expect(comparable(viewer.situation!)).toEqual(comparable(rest));
    }
  });

  it('keeps counting seq from the database after a clean restart', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const before = (await analyst.situation('20')).body.seq;
    await server.stop('SIGTERM');
    server = await startServer({ port, databaseUrl: server.databaseUrl });
    expect((await analyst.situation('20')).body.seq).toBe(before);
    const viewer = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(viewer);
    const written = await analyst.putReport('20-iva', today(), reportBody({ capacity: 20, surgeCapacity: 24, occupied: 17 }));
    expect(written.status).toBe(200);
    await viewer.waitForSeq(before + 1);
    expect(viewer.received).toEqual([before + 1]);
  });
});
