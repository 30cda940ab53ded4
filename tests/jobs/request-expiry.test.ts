import type { HelpRequest, RequestUpdatedEvent } from '@lagesbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { startTimedStack, stockholm, withClient, type TimedStack } from '../support/clock.js';
import { LiveClient } from '../support/live.js';

// Requests end when their period does, by a pg-boss job at the first instant after their last day
// (not a timer per instance): two instances on a fake clock at 23:50 Stockholm time step past
// midnight, and each request ends once, on a dashboard too.
describe('requests expire when their period ends', () => {
  let stack: TimedStack;
  let viewer: LiveClient | undefined;
  const day = '2026-12-01';
  const body = (to: string, quantity = 2) => ({
    reason: 'Full',
    neededBy: day,
    lines: [{ kind: 'places', quantity, from: day, to }],
  });

  beforeAll(async () => {
    stack = await startTimedStack({ at: stockholm(`${day} 23:50`), instances: 2 });
  });
  afterAll(async () => {
    viewer?.close();
    await stack?.stop();
  });

  it('expires an open request, closes a covered one, leaves a later one, once each and live', async () => {
    const [first, second] = stack.servers;
    if (!first || !second) throw new Error('the stack runs two instances');
    const avesta = await Api.loggedIn(first.baseUrl, 'avesta');
    const falun = await Api.loggedIn(second.baseUrl, 'falun');
    const admin = await Api.loggedIn(first.baseUrl, 'admin');

    const ending = (await avesta.createRequest('20', body(day))).body;
    const later = (await avesta.createRequest('20', body('2026-12-02'))).body;
    const covered = (await avesta.createRequest('20', body(day, 1))).body;
    const offered = (await falun.offer(covered.id, { lineId: covered.lines[0]!.id, quantity: 1 })).body;
    expect((await avesta.acceptOffer(offered.lines[0]!.offers[0]!.id)).body.status).toBe('covered');
    const pending = (await falun.offer(ending.id, { lineId: ending.lines[0]!.id, quantity: 1 })).body;
    expect(pending.status).toBe('open');

    // One job per request and period end, though each was sent once per change by whichever instance.
    const jobs = () =>
      withClient(
        stack.databaseUrl,
        async (client) =>
          (await client.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'requests.expire'`)).rows,
      );
    expect(await jobs()).toHaveLength(3);

    viewer = await LiveClient.open(second.baseUrl, { cookie: falun.cookie, region: '20' });
    const events: RequestUpdatedEvent[] = [];
    viewer.socket.on('request.updated', (event) => events.push(event));
    await stack.setTime(stockholm('2026-12-02 00:00:02'));

    const statusOf = async (request: HelpRequest) => (await avesta.getRequest(request.id)).body;
    await expectEventually(async () => {
      expect((await statusOf(ending)).status).toBe('expired');
      expect((await statusOf(covered)).status).toBe('closed');
      // pg-boss polls, and faketime reads the stepped clock a few seconds late: generous on a loaded machine.
    }, 60_000);
    const expired = await statusOf(ending);
    expect(expired).toMatchObject({ endedBy: 'system' });
    expect(expired.lines[0]!.offers.map((offer) => offer.status)).toEqual(['cancelled']);
    expect((await statusOf(later)).status).toBe('open');

    await expectEventually(() => {
      expect(events.map((event) => [event.request.id, event.request.status])).toEqual(
        expect.arrayContaining([
          [ending.id, 'expired'],
          [covered.id, 'closed'],
        ]),
      );
    });
    expect(events.filter((event) => event.request.id === ending.id)).toHaveLength(1);
    // The news, once each, in the inbox of the organisation that offered and (expired) the one that asked.
    const ended = async (api: Api) =>
      (await api.notifications()).body.items
        .filter((notice) => notice.kind === 'request.expired' || notice.kind === 'request.closed')
        .map((notice) => [notice.link, notice.kind]);
    expect((await ended(falun)).sort()).toEqual(
      [
        [`/region/20/requests/${ending.id}`, 'request.expired'],
        [`/region/20/requests/${covered.id}`, 'request.closed'],
      ].sort(),
    );
    expect(await ended(avesta)).toEqual([[`/region/20/requests/${ending.id}`, 'request.expired']]);

    const audit = (await admin.audit('20', { limit: 50 })).body.filter((record) => record.action === 'request.expire');
    expect(audit.map((record) => [record.target, record.actor, record.via]).sort()).toEqual(
      [
        [ending.id, 'system', 'system'],
        [covered.id, 'system', 'system'],
      ].sort(),
    );
    expect((await jobs()).filter((job) => job.state === 'completed')).toHaveLength(2);
  }, 120_000);
});
