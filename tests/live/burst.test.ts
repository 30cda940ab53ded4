import { afterAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { comparable, type LiveClient, openMany } from '../support/live.js';
import { useServer } from '../support/server.js';

// After a restart or a network blip every open dashboard reconnects and subscribes at once. Each
// subscribe reads a situation; that must never exhaust the database pool.
describe('live subscribe burst', () => {
  // One session stands for a hundred dashboards here, above the per-credential cap a real one has.
  const server = useServer({ env: { LIVE_MAX_SOCKETS_PER_CREDENTIAL: '200' } });
  let clients: LiveClient[] = [];
  afterAll(() => {
    for (const client of clients) client.close();
  });

  it('acknowledges 60 simultaneous subscriptions with a situation each, and the server still answers', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    clients = await openMany(server.baseUrl, 60, { cookie: analyst.cookie, region: '20' }, { timeoutMs: 15_000 });
    const seq = (await analyst.situation('20')).body.seq;
    for (const client of clients) {
      expect(client.lastAck).toEqual({ ok: true, region: '20', seq, mode: 'situation' });
      expect(client.situation?.organizations.length).toBeGreaterThan(10);
    }
    expect((await analyst.health()).status).toBe(200);
  });

  it('brings 40 clients that subscribe while changes are written to exactly the REST situation', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const writes = (async () => {
      for (let index = 0; index < 15; index += 1) {
        const response = await falun.putReport('2080-lunden', today(), reportBody({ occupied: 50 + index }));
        expect(response.status).toBe(200);
      }
    })();
    const during = await openMany(server.baseUrl, 40, { cookie: analyst.cookie, region: '20' }, { timeoutMs: 15_000 });
    clients.push(...during);
    await writes;
    const rest = comparable((await analyst.situation('20')).body);
    await Promise.all(during.map((client) => client.waitForSeq(rest.seq)));
    for (const client of during) {
      // Whatever snapshot each got, the events after it followed without a hole.
      expect(client.resyncReasons).toEqual([]);
      expect(comparable(client.situation!)).toEqual(rest);
    }
  });
});

// The same burst over REST, as when every screen of a region reloads after a deploy: each GET
// situation is a transaction that must not wait for a second pooled connection while holding one.
describe('REST situation burst', () => {
  // A server wedged by a failed run does not stop on SIGTERM: the stop ends it with SIGKILL after 10 s.
  const server = useServer();

  it('answers 100 simultaneous situation requests, and health afterwards', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const get = (path: string) =>
      fetch(`${server.baseUrl}${path}`, { headers: { cookie: analyst.cookie ?? '' }, signal: AbortSignal.timeout(15_000) }).then(
        (response) => response.status,
        (error: Error) => error.name,
      );
    expect(await get('/api/regions/20/situation')).toBe(200);
    const statuses = await Promise.all(Array.from({ length: 100 }, () => get('/api/regions/20/situation')));
    expect(statuses).toEqual(Array.from({ length: 100 }, () => 200));
    expect(await get('/api/health')).toBe(200);
  });
});
