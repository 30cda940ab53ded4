import type { RequestUpdatedEvent } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, placesRequestBody, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, comparable, useLiveClients } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

// Requests and offers go through the same seq and change log as figures: a request made through
// one instance reaches a dashboard on the other, the loans it makes change that dashboard's totals
// exactly as a fresh situation has them, and a dashboard that was away catches up by replay.
describe('requests live on two server instances', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();

  it('a request, its offers and the accepted loan reach a dashboard on the other instance, totals included', async () => {
    const avesta = await Api.loggedIn(first.baseUrl, 'avesta');
    const falun = await Api.loggedIn(second.baseUrl, 'falun');
    const viewer = await LiveClient.open(second.baseUrl, { cookie: falun.cookie, region: '20' });
    clients.push(viewer);
    const events: RequestUpdatedEvent[] = [];
    viewer.socket.on('request.updated', (event) => events.push(event));

    // The adapter's LISTEN connection comes up asynchronously after start: a first change proves the
    // path is open (it arrives as the event, or at worst through the heartbeat resync).
    const warm = viewer.seq + 1;
    expect((await falun.putReport('2080-lunden', today(), reportBody({ occupied: 25 }))).status).toBe(200);
    await viewer.waitForSeq(warm);
    const seq = viewer.seq;
    const created = (await avesta.createRequest('20', placesRequestBody(6))).body;
    expect(created.status).toBe('open');
    // Each change is two in the log: the request, then the notice in its recipients' inboxes.
    await viewer.waitForSeq(seq + 2);
    const opened = events.find((event) => event.request.id === created.id)!;
    expect(opened.request).toMatchObject({ number: created.number, status: 'open', requesterCode: '2084' });
    // The news is in the inbox of those who may offer, not of the one who asked.
    const link = `/region/20/requests/${created.id}`;
    const about = async (api: Api) => (await api.notifications()).body.items.filter((notice) => notice.link === link);
    expect(await about(falun)).toEqual([
      expect.objectContaining({
        kind: 'request.opened',
        params: { number: created.number, requester: 'Avesta', offerer: null, subject: '6 korttidsplatser' },
      }),
    ]);
    expect(await about(avesta)).toEqual([]);

    const offered = (await falun.offer(created.id, { lineId: created.lines[0]!.id, quantity: 4 })).body;
    const offerId = offered.lines[0]!.offers[0]!.id;
    const accepted = (await avesta.acceptOffer(offerId)).body;
    expect(accepted.status).toBe('partly_covered');
    await viewer.waitForSeq(seq + 6);
    expect(events.slice(-2).map((event) => event.request.status)).toEqual(['open', 'partly_covered']);
    expect((await about(avesta)).map((notice) => [notice.kind, notice.params.offerer])).toEqual([['offer.made', 'Falun']]);
    expect((await about(falun)).map((notice) => notice.kind)).toEqual(['offer.accepted', 'request.opened']);
    // Every one came as an event on the other instance, in order.
    expect(viewer.received.slice(-6)).toEqual([1, 2, 3, 4, 5, 6].map((step) => seq + step));
    expect(viewer.situation!.loans).toEqual([
      expect.objectContaining({ offerId, lenderCode: '2080', borrowerCode: '2084', places: 4 }),
    ]);
    expect(comparable(viewer.situation!)).toEqual(comparable((await falun.situation('20')).body));
  });

  it('a dashboard that was away is replayed the request changes it missed', async () => {
    const avesta = await Api.loggedIn(first.baseUrl, 'avesta');
    const borlange = await Api.loggedIn(first.baseUrl, 'borlange');
    const viewer = await LiveClient.open(second.baseUrl, { cookie: borlange.cookie, region: '20' });
    clients.push(viewer);
    viewer.socket.disconnect();
    const request = (await avesta.createRequest('20', placesRequestBody(2))).body;
    const offered = (await borlange.offer(request.id, { lineId: request.lines[0]!.id, quantity: 2 })).body;
    const covered = (await avesta.acceptOffer(offered.lines[0]!.offers[0]!.id)).body;
    expect(covered.status).toBe('covered');
    const now = (await borlange.situation('20')).body;

    viewer.socket.connect();
    await viewer.waitForSeq(now.seq);
    expect(viewer.lastAck).toMatchObject({ ok: true, mode: 'replay' });
    expect(comparable(viewer.situation!)).toEqual(comparable(now));
  });
});
