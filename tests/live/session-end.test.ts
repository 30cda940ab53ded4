import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, useLiveClients } from '../support/live.js';
import { useServer } from '../support/server.js';

describe('live sockets end with their credential', () => {
  const server = useServer();
  const clients = useLiveClients();

  it('closes the open socket of a session that logs out, and only that session’s', async () => {
    const leaving = await Api.loggedIn(server.baseUrl, 'falun');
    const staying = await Api.loggedIn(server.baseUrl, 'falun'); // the same user on another screen
    const closed = await LiveClient.open(server.baseUrl, { cookie: leaving.cookie, region: '20' });
    const open = await LiveClient.open(server.baseUrl, { cookie: staying.cookie, region: '20' });
    clients.push(closed, open);

    expect((await leaving.logout()).status).toBe(204);
    expect(await closed.waitForDisconnect()).toBe('io server disconnect');
    expect(closed.sessionEnded).toEqual({ reason: 'logout' });

    // The other session still gets changes; the closed one does not come back.
    const start = open.seq;
    expect((await staying.putReport('2080-lunden', today(), reportBody({ occupied: 21 }))).status).toBe(200);
    await open.waitForSeq(start + 1);
    expect(open.connected).toBe(true);
    expect(open.sessionEnded).toBeUndefined();
    expect(closed.connected).toBe(false);
    expect(closed.received).toEqual([]);

    // Its cookie no longer opens a socket.
    const retry = new LiveClient(server.baseUrl, { cookie: leaving.cookie ?? 'lagesbild_session=gone', reconnection: false });
    clients.push(retry);
    expect((await retry.waitForConnectError()).message).toBe('unauthorized');
  });

  it('closes the socket of a revoked token, and refuses the token afterwards', async () => {
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const issued = await admin.issueToken({ name: 'skarm-lagesmote', organizationCode: '2080', role: 'reporter' });
    expect(issued.status).toBe(201);
    const other = await admin.issueToken({ name: 'other-integration', organizationCode: '2080', role: 'reporter' });
    const revoked = await LiveClient.open(server.baseUrl, { token: issued.body.token, region: '20' });
    const kept = await LiveClient.open(server.baseUrl, { token: other.body.token, region: '20' });
    clients.push(revoked, kept);

    expect((await admin.revokeToken(issued.body.id)).status).toBe(200);
    expect(await revoked.waitForDisconnect()).toBe('io server disconnect');
    expect(revoked.sessionEnded).toEqual({ reason: 'revoked' });
    expect(kept.connected).toBe(true);

    const retry = new LiveClient(server.baseUrl, { token: issued.body.token, reconnection: false });
    clients.push(retry);
    expect((await retry.waitForConnectError()).message).toBe('unauthorized');
  });
});
