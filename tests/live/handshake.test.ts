import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { LiveClient, comparable, useLiveClients } from '../support/live.js';
import { useServer } from '../support/server.js';

describe('live handshake and subscribe scope', () => {
  const server = useServer();
  const clients = useLiveClients();
  const track = (client: LiveClient) => (clients.push(client), client);

  it('refuses a handshake without credentials with connect_error', async () => {
    const client = track(new LiveClient(server.baseUrl, { reconnection: false }));
    const error = await client.waitForConnectError();
    expect(error.message).toBe('unauthorized');
    expect(client.connected).toBe(false);
  });

  it('refuses an unknown session cookie and an unknown token', async () => {
    const byCookie = track(new LiveClient(server.baseUrl, { cookie: 'lagesbild_session=not-a-session', reconnection: false }));
    const byToken = track(new LiveClient(server.baseUrl, { token: 'not-a-token', reconnection: false }));
    expect((await byCookie.waitForConnectError()).message).toBe('unauthorized');
    expect((await byToken.waitForConnectError()).message).toBe('unauthorized');
  });

  it('refuses a subscription outside the caller’s region as forbidden, and a malformed one as invalid', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const client = track(await LiveClient.open(server.baseUrl, { cookie: falun.cookie }));
    expect(await client.subscribe('10')).toEqual({ ok: false, error: 'forbidden' });
    expect(await client.socket.timeout(10_000).emitWithAck('subscribe', { region: 10 } as never)).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(client.situation).toBeUndefined();
  });

  it('acknowledges a subscription in scope and then sends the same situation as REST', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const client = track(await LiveClient.open(server.baseUrl, { cookie: falun.cookie, region: '20' }));
    const rest = await falun.situation('20');
    expect(client.lastAck).toEqual({ ok: true, region: '20', seq: rest.body.seq, mode: 'situation' });
    expect(comparable(client.situation!)).toEqual(comparable(rest.body));
  });

  it('accepts a bearer token at the handshake', async () => {
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const issued = await admin.issueToken({ name: 'statistik-export', organizationCode: '20', role: 'analyst' });
    expect(issued.status).toBe(201);
    const client = track(await LiveClient.open(server.baseUrl, { token: issued.body.token, region: '20' }));
    expect(client.lastAck).toMatchObject({ ok: true, region: '20', mode: 'situation' });
    expect(await client.subscribe('10')).toEqual({ ok: false, error: 'forbidden' });
  });
});
