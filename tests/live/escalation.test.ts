import type { LiveChangeEvents } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { today } from '../support/dates.js';
import { comparable, LiveClient, useLiveClients } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

// Declared levels, deadline settings and confirmed figures are changes like reports: through one
// instance, applied live on a screen connected to the other, to exactly what a fresh GET shows.
describe('escalation live on two server instances', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();

  it('a declaration through one instance reaches a screen on the other, which then holds what a fresh situation shows', async () => {
    const chair = await Api.loggedIn(first.baseUrl, 'chair-dalarna');
    const admin = await Api.loggedIn(first.baseUrl, 'admin');
    const falun = await Api.loggedIn(second.baseUrl, 'falun');
    const screen = await LiveClient.open(second.baseUrl, { cookie: falun.cookie, region: '20' });
    clients.push(screen);
    const declared: LiveChangeEvents['escalation.declared'][] = [];
    screen.socket.on('escalation.declared', (event) => declared.push(event));

    // Warm the adapter's LISTEN connection with a first change through the other instance.
    const warm = screen.seq + 1;
    const writer = await Api.loggedIn(first.baseUrl, 'falun');
    const figures = reportBody({ occupied: 31 });
    expect((await writer.putReport('2080-lunden', today(), figures)).status).toBe(200);
    await screen.waitForSeq(warm);

    const response = await chair.declareLevel('20', '20', {
      level: 'staff',
      reason: '38 överbeläggningar.',
      measures: ['agencyStaff'],
    });
    expect(response.status).toBe(200);
    // As the event itself (a suggestion the first save fired may come between: seqs are not counted here).
    await screen.waitUntil(() => declared.length > 0, 'the declaration');
    expect(declared).toEqual([expect.objectContaining({ organizationCode: '20', level: response.body })]);
    expect(screen.received).toContain(declared[0]!.seq);

    // The admin moves stabsläge's second deadline; an identical resubmission right after a save confirms
    // nothing (no deadline passed between): the screen and a fresh situation still agree.
    const settings = (await admin.escalationSettings('20')).body;
    const { version, updatedAt: _at, updatedBy: _by, ...values } = settings;
    const moved = { ...values, deadlines: { ...values.deadlines, staff: ['10:00', '14:00'] }, expectedVersion: version };
    expect((await admin.putEscalationSettings('20', moved)).status).toBe(200);
    expect((await writer.putReport('2080-lunden', today(), figures)).status).toBe(200);

    await expectEventually(async () => {
      const fresh = (await falun.situation('20')).body;
      await screen.waitForSeq(fresh.seq);
      expect(comparable(screen.situation!)).toEqual(comparable(fresh));
    }, 20_000);
    const fresh = (await falun.situation('20')).body;
    expect(screen.situation!.levels).toEqual(fresh.levels);
    expect(screen.situation!.reporting.deadlinesByLevel).toEqual(fresh.reporting.deadlinesByLevel);
    expect(fresh.reporting.deadlinesByLevel.staff).toEqual(['10:00', '14:00']);
  });
});
