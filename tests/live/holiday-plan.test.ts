import type { HolidayPlanUpdatedEvent } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { LiveClient, useLiveClients } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

// A municipality's holiday plan is a kind of live change: through the region's seq and change log,
// to every subscribed screen on any instance, and replayed to one that reconnects.
describe('live holiday plans', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();

  it('reaches the region’s screens on the other instance, and a reconnecting screen is replayed it', async () => {
    const mora = await Api.loggedIn(first.baseUrl, 'mora');
    const analyst = await Api.loggedIn(second.baseUrl, 'region-dalarna');
    const viewer = await LiveClient.open(second.baseUrl, { cookie: analyst.cookie, region: '20' });
    const late = await LiveClient.open(first.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(viewer, late);
    const plans: HolidayPlanUpdatedEvent[] = [];
    viewer.socket.on('holidayPlan.updated', (event) => plans.push(event));

    const period = { kind: 'christmas', year: 2033 };
    // The adapter's LISTEN connection comes up asynchronously: a first change proves the path is open.
    const warm = viewer.seq + 1;
    expect((await mora.putHolidayPlan('20', '2062', { period, days: [{ date: '2033-12-23', caseworkers: 3 }] })).status).toBe(
      200,
    );
    await viewer.waitForSeq(warm);
    await late.waitForSeq(warm);

    late.socket.disconnect();
    const saved = await mora.putHolidayPlan('20', '2062', {
      period,
      days: [{ date: '2033-12-24', caseworkers: 1, tryggHemgang: true, phone: '070-174 06 66' }],
    });
    expect(saved.status).toBe(200);
    await viewer.waitForSeq(warm + 1);
    const event = plans.find((plan) => plan.seq === warm + 1);
    expect(event).toMatchObject({
      region: '20',
      municipalityCode: '2062',
      days: [expect.objectContaining({ date: '2033-12-24', caseworkers: 1, tryggHemgang: true, phone: '070-174 06 66' })],
    });
    expect(event).not.toHaveProperty('date'); // not a reporting day's change: no midnight resync for the screens

    const situationsBefore = late.situationsReceived;
    late.socket.connect();
    await late.waitForSeq(warm + 1);
    expect(late.received).toContain(warm + 1);
    expect(late.situationsReceived).toBe(situationsBefore); // replayed, not resynced
  });
});
