import { MAX_REPLAY } from '@lagesbild/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { turnTriggersOff } from '../support/escalation.js';
import { LiveClient, comparable, useLiveClients } from '../support/live.js';
import { useServer } from '../support/server.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('live reconnect and resync', () => {
  const server = useServer();
  const falun = useApi(server, 'falun');
  const analyst = useApi(server, 'region-dalarna');
  const admin = useApi(server, 'admin');
  // These tests count their own changes: no suggestion made from their figures comes between them.
  beforeAll(() => turnTriggersOff(admin, '20'));
  const clients = useLiveClients();
  let occupied = 0;
  // Each call is a real change: a new value for Lunden today.
  const change = async () => {
    occupied += 1;
    const response = await falun.putReport('2080-lunden', today(), reportBody({ occupied }));
    expect(response.status).toBe(200);
  };

  it('replays the 5 changes made while a client was disconnected, and ends at the REST situation', async () => {
    const client = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(client);
    const start = client.seq;
    await change();
    await client.waitForSeq(start + 1);

    client.socket.disconnect();
    for (let index = 0; index < 5; index += 1) await change();
    client.socket.connect();

    await client.waitForSeq(start + 6);
    expect(client.lastAck).toEqual({ ok: true, region: '20', seq: start + 6, mode: 'replay' });
    expect(client.applied).toEqual(range(start + 1, 6));
    expect(client.situationsReceived).toBe(1);
    expect(comparable(client.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  });

  it('recovers from a dropped connection through socket.io’s own reconnection', async () => {
    const client = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(client);
    const start = client.seq;
    // The transport dies as on a network blip; socket.io-client reconnects by itself.
    client.socket.io.engine.close();
    await client.waitForDisconnect();
    await change();
    await change();
    await client.waitForSeq(start + 2);
    expect(client.connects).toBe(2);
    expect(client.applied).toEqual(range(start + 1, 2));
    expect(comparable(client.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  });

  it('asks for a fresh situation when it sees a gap', async () => {
    const client = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(client);
    const start = client.seq;
    client.dropNextEvents(1); // as if the adapter lost it
    await change();
    await change();
    await client.waitForSeq(start + 2);
    expect(client.received).toEqual([start + 2]);
    expect(client.resyncReasons).toEqual([`gap: at ${start}, got ${start + 2}`]);
    expect(client.situationsReceived).toBe(2);
    expect(comparable(client.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  });

  it('notices a lost last change from the seq heartbeat, with nothing following it', async () => {
    const client = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(client);
    const start = client.seq;
    client.dropNextEvents(1);
    await change();
    // Only the heartbeat (every second in tests) can reveal it.
    await client.waitForSeq(start + 1);
    expect(client.received).toEqual([]);
    expect(client.resyncReasons).toHaveLength(1);
    expect(client.resyncReasons[0]).toMatch(/^heartbeat/);
    expect(comparable(client.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  });

  it(`gets a fresh situation instead of a replay when more than ${MAX_REPLAY} changes were missed`, async () => {
    const client = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(client);
    const start = client.seq;
    client.socket.disconnect();
    // MAX_REPLAY + 1 changes: concurrent batches keep the test short; the region lock orders them.
    for (let batch = 0; batch <= MAX_REPLAY; batch += 25) {
      const size = Math.min(25, MAX_REPLAY + 1 - batch);
      await Promise.all(
        Array.from({ length: size }, (_, index) =>
          analyst
            .putReport(
              '20-falu-lasarett',
              today(),
              reportBody({ capacity: 300, surgeCapacity: 320, occupied: 1000 + batch + index }),
            )
            .then((response) => expect(response.status).toBe(200)),
        ),
      );
    }
    client.socket.connect();
    await client.waitForSeq(start + MAX_REPLAY + 1);
    expect(client.lastAck).toMatchObject({ ok: true, mode: 'situation', seq: start + MAX_REPLAY + 1 });
    expect(client.applied).toEqual([]);
    expect(comparable(client.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  }, 180_000);
});
