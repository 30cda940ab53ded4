import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { type LiveClient, openMany } from '../support/live.js';
import { startServer, type RunningServer } from '../support/server.js';

// After a restart or a network blip every open dashboard reconnects and subscribes at once. Each
// subscribe reads a situation; that must never exhaust the database pool.
describe('live subscribe burst', () => {
  let server: RunningServer;
  let clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
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
});
