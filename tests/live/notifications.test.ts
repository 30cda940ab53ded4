import type { NotificationsCreatedEvent } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, useLiveClients } from '../support/live.js';
import { useTwoInstances } from '../support/server.js';

// A notice is a change like any other (same seq, log and replay), carrying only who got one: each
// recipient's screen then fetches its own inbox, on whichever instance it is connected to.
describe('notices live on two server instances', () => {
  const [first, second] = useTwoInstances();
  const clients = useLiveClients();

  it('a notice made through one instance reaches the recipient’s screen on the other as an event; a non-recipient’s inbox stays empty', async () => {
    const admin = await Api.loggedIn(first.baseUrl, 'admin');
    const falun = await Api.loggedIn(second.baseUrl, 'falun');
    const borlange = await Api.loggedIn(second.baseUrl, 'borlange');
    const falunScreen = await LiveClient.open(second.baseUrl, { cookie: falun.cookie, region: '20' });
    const borlangeScreen = await LiveClient.open(second.baseUrl, { cookie: borlange.cookie, region: '20' });
    clients.push(falunScreen, borlangeScreen);
    const heard: NotificationsCreatedEvent[] = [];
    falunScreen.socket.on('notifications.created', (event) => heard.push(event));

    // The adapter's LISTEN connection comes up after start: a first change through the other
    // instance proves the path is open.
    const warm = falunScreen.seq + 1;
    const writer = await Api.loggedIn(first.baseUrl, 'falun');
    expect((await writer.putReport('2080-lunden', today(), reportBody({ occupied: 31 }))).status).toBe(200);
    await Promise.all([falunScreen.waitForSeq(warm), borlangeScreen.waitForSeq(warm)]);

    expect((await admin.updateUser('falun', { email: 'falun.ny@falun.example' })).status).toBe(200);
    const seq = warm + 1;
    await Promise.all([falunScreen.waitForSeq(seq), borlangeScreen.waitForSeq(seq)]);
    // As the event itself, not through a resync, and with no content in it.
    expect(falunScreen.received).toContain(seq);
    expect(borlangeScreen.received).toContain(seq);
    expect(heard).toEqual([{ seq, region: '20', usernames: ['falun'] }]);

    const inbox = await falun.notifications();
    expect(inbox.body.unreadCount).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'account.emailChanged', params: { email: 'falun.ny@falun.example' } });
    expect((await borlange.notifications()).body).toEqual({ items: [], unreadCount: 0, nextBefore: null });
  });

  it('a screen that was away is replayed the notice it missed', async () => {
    const admin = await Api.loggedIn(first.baseUrl, 'admin');
    const leksand = await Api.loggedIn(second.baseUrl, 'leksand');
    const screen = await LiveClient.open(second.baseUrl, { cookie: leksand.cookie, region: '20' });
    clients.push(screen);
    const heard: NotificationsCreatedEvent[] = [];
    screen.socket.on('notifications.created', (event) => heard.push(event));
    const seq = screen.seq + 1;
    screen.socket.disconnect();
    expect((await admin.updateUser('leksand', { email: 'leksand.ny@leksand.example' })).status).toBe(200);
    screen.socket.connect();
    await screen.waitForSeq(seq);
    expect(screen.lastAck).toMatchObject({ ok: true, mode: 'replay' });
    expect(heard).toEqual([{ seq, region: '20', usernames: ['leksand'] }]);
  });
});
