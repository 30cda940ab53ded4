import { beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { turnTriggersOff } from '../support/escalation.js';
import { LiveClient, comparable, useLiveClients } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

// Two server processes on one database, as behind a load balancer: the Postgres adapter carries
// every emit to the sockets of the other instance.
describe('live on two server instances', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();
  // These tests count their own changes: no suggestion made from their figures comes between them.
  beforeAll(async () => turnTriggersOff(await Api.loggedIn(first.baseUrl, 'admin'), '20'));

  it('delivers a write through one instance to clients on both, in order', async () => {
    const falunOnFirst = await Api.loggedIn(first.baseUrl, 'falun');
    const analystOnSecond = await Api.loggedIn(second.baseUrl, 'region-dalarna');
    const onFirst = await LiveClient.open(first.baseUrl, { cookie: analystOnSecond.cookie, region: '20' });
    const onSecond = await LiveClient.open(second.baseUrl, { cookie: analystOnSecond.cookie, region: '20' });
    clients.push(onFirst, onSecond);

    // The adapter's LISTEN connection comes up asynchronously after start: a first change proves
    // the path is open (it arrives as the event, or at worst through the heartbeat resync).
    let occupied = 300;
    const write = (api: Api) => api.putReport('2080-lunden', today(), reportBody({ occupied: (occupied += 1) }));
    const warm = onFirst.seq + 1;
    expect((await write(falunOnFirst)).status).toBe(200);
    await Promise.all([onFirst.waitForSeq(warm), onSecond.waitForSeq(warm)]);

    const falunOnSecond = new Api(second.baseUrl);
    falunOnSecond.cookie = falunOnFirst.cookie; // one session, either instance
    const received = onSecond.received.length;
    for (let index = 0; index < 10; index += 1)
      expect((await write(index % 2 === 0 ? falunOnFirst : falunOnSecond)).status).toBe(200);
    await Promise.all([onFirst.waitForSeq(warm + 10), onSecond.waitForSeq(warm + 10)]);
    // Every one of them came as an event, none by resync.
    expect(onSecond.received.slice(received)).toEqual(range(warm + 1, 10));
    expect(onFirst.received.slice(-10)).toEqual(range(warm + 1, 10));
    const rest = comparable((await analystOnSecond.situation('20')).body);
    expect(comparable(onFirst.situation!)).toEqual(rest);
    expect(comparable(onSecond.situation!)).toEqual(rest);
  });

  it('keeps seq order on both instances when writes race through both at once', async () => {
    const analyst = await Api.loggedIn(first.baseUrl, 'region-dalarna');
    const writers = await Promise.all(
      ['falun', 'borlange', 'leksand', 'mora'].map(async (username, index) => {
        const api = await Api.loggedIn(index % 2 === 0 ? first.baseUrl : second.baseUrl, username);
        return api;
      }),
    );
    const units = ['2080-lunden', '2081-angen', '2029-korttid', '2062-korttid'];
    const viewers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        LiveClient.open(index % 2 === 0 ? first.baseUrl : second.baseUrl, { cookie: analyst.cookie, region: '20' }),
      ),
    );
    clients.push(...viewers);
    const start = (await analyst.situation('20')).body.seq;
    await Promise.all(viewers.map((viewer) => viewer.waitForSeq(start)));

    // 24 writes, all in flight together, half through each instance.
    await Promise.all(
      Array.from({ length: 24 }, async (_, index) => {
        const writer = index % 4;
        const response = await writers[writer]!.putReport(
          units[writer]!,
          today(),
          reportBody({ capacity: 40, surgeCapacity: 44, occupied: 10 + index, comment: `race ${index}` }),
        );
        expect(response.status).toBe(200);
      }),
    );
    const rest = comparable((await analyst.situation('20')).body);
    expect(rest.seq).toBe(start + 24);
    await Promise.all(viewers.map((viewer) => viewer.waitForSeq(start + 24)));
    for (const viewer of viewers) {
      expect(viewer.received.filter((seq) => seq > start)).toEqual(range(start + 1, 24));
      expect(viewer.resyncReasons).toEqual([]);
      expect(comparable(viewer.situation!)).toEqual(rest);
    }
  });

  it('closes a session’s sockets on both instances when it logs out through one', async () => {
    const borlange = await Api.loggedIn(first.baseUrl, 'borlange');
    const onFirst = await LiveClient.open(first.baseUrl, { cookie: borlange.cookie, region: '20' });
    const onSecond = await LiveClient.open(second.baseUrl, { cookie: borlange.cookie, region: '20' });
    clients.push(onFirst, onSecond);
    expect((await borlange.logout()).status).toBe(204);
    expect(await onFirst.waitForDisconnect()).toBe('io server disconnect');
    expect(await onSecond.waitForDisconnect()).toBe('io server disconnect');
    expect(onFirst.sessionEnded).toEqual({ reason: 'logout' });
    expect(onSecond.sessionEnded).toEqual({ reason: 'logout' });
  });
});
