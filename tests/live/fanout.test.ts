import { afterAll, describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, comparable, openMany } from '../support/live.js';
import { turnTriggersOff } from '../support/escalation.js';
import { useServer } from '../support/server.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('live fan-out: every change reaches every subscribed client', () => {
  const server = useServer();
  const falun = useApi(server, 'falun');
  const borlange = useApi(server, 'borlange');
  const analyst = useApi(server, 'region-dalarna');
  let clients: LiveClient[] = [];
  afterAll(() => {
    for (const client of clients) client.close();
  });

  it('delivers 20 changes to each of 50 clients, in order, without gaps, and ends at the REST situation', async () => {
    // Several sessions and a token, as a meeting room, analysts and an integration would be.
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const token = (await admin.issueToken({ name: 'fanout', organizationCode: '20', role: 'analyst' })).body.token;
    const credentials = [{ cookie: falun.cookie }, { cookie: borlange.cookie }, { cookie: analyst.cookie }, { token }];
    clients = (
      await Promise.all(
        credentials.map((credential, index) => openMany(server.baseUrl, index === 0 ? 14 : 12, { ...credential, region: '20' })),
      )
    ).flat();
    expect(clients).toHaveLength(50);
    // The test counts its own changes: no suggestion made from these figures comes between them.
    await turnTriggersOff(admin, '20');
    const start = (await analyst.situation('20')).body.seq;
    await Promise.all(clients.map((client) => client.waitForSeq(start)));
    expect(clients.every((client) => client.seq === start)).toBe(true);

    // Reports from three organisations and flows from the region, sequentially so the expected
    // order is known, but without waiting for delivery in between.
    for (let index = 0; index < 20; index += 1) {
      const kind = index % 4;
      const response =
        kind === 0
          ? await falun.putReport('2080-lunden', today(), reportBody({ occupied: 100 + index }))
          : kind === 1
            ? await borlange.putReport(
                '2081-angen',
                today(),
                reportBody({ capacity: 20, surgeCapacity: 24, occupied: 10 + index }),
              )
            : kind === 2
              ? await analyst.putReport(
                  '20-falu-lasarett',
                  today(),
                  reportBody({ capacity: 300, surgeCapacity: 320, occupied: 280 + index }),
                )
              : await analyst.putFlows('20', today(), {
                  rows: [
                    {
                      municipalityCode: '2080',
                      inpatients: 40 + index,
                      admissions: 5,
                      dischargesHome: 2,
                      dischargesShortTerm: 1,
                      dischargesNursingHome: 1,
                      dischargesOther: 0,
                      readyForDischarge: index,
                    },
                  ],
                });
      expect(response.status).toBe(200);
    }

    await Promise.all(clients.map((client) => client.waitForSeq(start + 20)));
    const rest = comparable((await analyst.situation('20')).body);
    expect(rest.seq).toBe(start + 20);
    for (const client of clients) {
      expect(client.received.filter((seq) => seq > start)).toEqual(range(start + 1, 20));
      expect(client.applied.filter((seq) => seq > start)).toEqual(range(start + 1, 20));
      expect(client.resyncReasons).toEqual([]);
      expect(comparable(client.situation!)).toEqual(rest);
    }
  });

  it('grows seq by exactly one per change, and an identical resubmission emits nothing', async () => {
    const watcher = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(watcher);
    const start = watcher.seq;
    const body = reportBody({ occupied: 31, comment: 'seq-test' });

    const first = await falun.putReport('2080-lunden', today(), body);
    expect(first.status).toBe(200);
    await watcher.waitForSeq(start + 1);
    expect((await falun.situation('20')).body.seq).toBe(start + 1);

    // The same figures again, as a retry after a network blip would send them.
    const retry = await falun.putReport('2080-lunden', today(), body);
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(first.body.version);
    expect((await falun.situation('20')).body.seq).toBe(start + 1);

    // The next real change is seq + 2 on the wire: nothing was emitted for the retry.
    const next = await falun.putReport('2080-lunden', today(), { ...body, occupied: 32 });
    expect(next.body.version).toBe(first.body.version + 1);
    await watcher.waitForSeq(start + 2);
    expect(watcher.received).toEqual([start + 1, start + 2]);
    expect((await falun.situation('20')).body.seq).toBe(start + 2);
  });

  it('does not send a region’s changes to a client of another region', async () => {
    const blekinge = await Api.loggedIn(server.baseUrl, 'region-blekinge');
    const other = await LiveClient.open(server.baseUrl, { cookie: blekinge.cookie, region: '10' });
    const dalarna = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(other, dalarna);
    const otherStart = other.seq;
    const dalarnaStart = dalarna.seq;
    await falun.putReport('2080-lunden', today(), reportBody({ occupied: 77 }));
    await dalarna.waitForSeq(dalarnaStart + 1);
    // A Blekinge change afterwards arrives, and it is the only thing that did.
    const written = await blekinge.putReport('10-iva', today(), reportBody({ capacity: 12, surgeCapacity: 14, occupied: 9 }));
    expect(written.status).toBe(200);
    await other.waitForSeq(otherStart + 1);
    expect(other.received).toEqual([otherStart + 1]);
  });
});
