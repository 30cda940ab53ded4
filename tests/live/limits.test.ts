import { MAX_REPLAY, type SubscribeAck } from '@lagesbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { turnTriggersOff } from '../support/escalation.js';
import { LiveClient } from '../support/live.js';
import { startServer, type RunningServer } from '../support/server.js';

// A socket is cheap to open and a message cheap to send; what they make the server do is not.
describe('live socket limits', () => {
  let server: RunningServer;
  let analyst: Api;
  const clients: LiveClient[] = [];
  const track = (client: LiveClient) => (clients.push(client), client);
  let occupied = 0;
  const change = async (api: Api) => {
    occupied += 1;
    expect(
      (await api.putReport('20-falu-lasarett', today(), reportBody({ capacity: 300, surgeCapacity: 320, occupied }))).status,
    ).toBe(200);
  };

  beforeAll(async () => {
    server = await startServer({ env: { LIVE_MAX_SOCKETS_PER_CREDENTIAL: '4' } });
    analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    // The tests count their own changes: no suggestion made from their figures comes between them.
    await turnTriggersOff(await Api.loggedIn(server.baseUrl, 'admin'), '20');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });

  it('refuses messages beyond the rate limit, and closes a socket that keeps flooding, saying why', async () => {
    const other = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const flooder = track(await LiveClient.open(server.baseUrl, { cookie: other.cookie }));
    const neighbour = track(await LiveClient.open(server.baseUrl, { cookie: other.cookie, region: '20' }));
    const unfollow = (count: number) =>
      Promise.all(
        Array.from({ length: count }, () =>
          flooder.socket
            .timeout(10_000)
            .emitWithAck('meeting.unfollow', { meetingId: 'none' })
            .catch(() => 'no ack'),
        ),
      );
    // The allowed ones are answered first: closing the socket would drop answers still on their way.
    expect(await unfollow(20)).toEqual(Array.from({ length: 20 }, () => ({ ok: true })));
    const refused = await unfollow(25);
    expect(refused.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => ({ ok: false, error: 'rate_limited' })));
    // Still sending when refused twice over: the server closes the socket and says why.
    await flooder.waitForDisconnect();
    expect(flooder.limits).toEqual([{ reason: 'rate_limited' }]);
    expect(flooder.disconnects.at(-1)).toBe('io server disconnect');
    // The limit is per socket: another socket of the same session keeps its changes coming.
    const start = neighbour.seq;
    await change(analyst);
    await neighbour.waitForSeq(start + 1);
    expect(neighbour.connected).toBe(true);
  });

  it('caps the sockets one session may hold open, and lets a new one in when one closes', async () => {
    const session = await Api.loggedIn(server.baseUrl, 'falun');
    const open = await Promise.all(
      Array.from({ length: 4 }, () => LiveClient.open(server.baseUrl, { cookie: session.cookie, region: '20' }).then(track)),
    );
    const refused = track(new LiveClient(server.baseUrl, { cookie: session.cookie, reconnection: false }));
    expect((await refused.waitForConnectError()).message).toBe('too_many_connections');
    // Another session of the same user is a credential of its own.
    const second = await Api.loggedIn(server.baseUrl, 'falun');
    track(await LiveClient.open(server.baseUrl, { cookie: second.cookie, region: '20' }));
    open[0]!.close();
    await expect(
      LiveClient.open(server.baseUrl, { cookie: session.cookie, region: '20' }, { timeoutMs: 10_000 }).then(track),
    ).resolves.toBeDefined();
  });

  it('caps the sockets of one bearer token the same way', async () => {
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const token = (await admin.issueToken({ name: 'skarmar', organizationCode: '20', role: 'analyst' })).body.token;
    await Promise.all(Array.from({ length: 4 }, () => LiveClient.open(server.baseUrl, { token }).then(track)));
    const refused = track(new LiveClient(server.baseUrl, { token, reconnection: false }));
    expect((await refused.waitForConnectError()).message).toBe('too_many_connections');
  });

  it('answers a repeated subscribe with an old sinceSeq with the shared situation, not a replay of its own', async () => {
    const client = track(await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' }));
    const start = client.seq;
    for (let index = 0; index < 5; index += 1) await change(analyst);
    await client.waitForSeq(start + 5);
    const again: SubscribeAck[] = [];
    for (let index = 0; index < 3; index += 1) again.push(await client.subscribe('20', start));
    expect(again).toEqual(Array.from({ length: 3 }, () => ({ ok: true, region: '20', seq: start + 5, mode: 'situation' })));
    await client.waitUntilSynced();
    // The five changes once, as they happened; none again for the repeats.
    expect(client.received).toEqual([start + 1, start + 2, start + 3, start + 4, start + 5]);
  });

  it(`replays at most ${MAX_REPLAY} changes; further behind, a fresh situation`, async () => {
    const client = track(await LiveClient.open(server.baseUrl, { cookie: analyst.cookie }));
    const start = (await analyst.situation('20')).body.seq;
    for (let batch = 0; batch <= MAX_REPLAY; batch += 20) {
      await Promise.all(Array.from({ length: Math.min(20, MAX_REPLAY + 1 - batch) }, () => change(analyst)));
    }
    const ack = await client.subscribe('20', start);
    expect(ack).toEqual({ ok: true, region: '20', seq: start + MAX_REPLAY + 1, mode: 'situation' });
    await client.waitUntilSynced();
    expect(client.received).toEqual([]);
  });
});
