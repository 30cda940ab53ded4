import { LIVE_NAMESPACE } from '@lagesbild/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { daysAgo } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

// A browser sends the session cookie whatever page asks, so a cookie write must come from our own
// origin. Only a request that a bearer token actually authenticated is exempt (no browser attaches
// one cross-site), and the host a proxy forwards is believed only from a proxy we trust.

const EVIL = 'http://evil.example';

/** Whether a socket with these headers gets past the handshake (true) or is refused (false). */
function handshake(baseUrl: string, headers: Record<string, string>): Promise<boolean> {
  const socket = io(`${baseUrl}${LIVE_NAMESPACE}`, { transports: ['websocket'], reconnection: false, extraHeaders: headers });
  return new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  }).finally(() => socket.close());
}

describe('Origin check for cookie writes', () => {
  let server: RunningServer;
  let falun: Api;
  beforeAll(async () => {
    server = await startServer();
    falun = await Api.loggedIn(server.baseUrl, 'falun');
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each([
    ['an Authorization header that is no bearer token', 'Basic ZmFsdW46ZGVtbw=='],
    ['a bearer token that is not valid', 'Bearer lgb_not-a-token'],
  ])('refuses a cookie write from another origin carrying %s, and stores nothing', async (_what, authorization) => {
    const date = daysAgo(7);
    const before = await falun.reportVersions('2080-lunden', date);
    const response = await falun.request('PUT', `/api/units/2080-lunden/reports/${date}`, reportBody({ occupied: 3 }), {
      origin: EVIL,
      authorization,
    });
    expect(response.status).toBe(403);
    expect((await falun.reportVersions('2080-lunden', date)).body).toEqual(before.body);
  });

  it('lets a write that a valid bearer token authenticated through from any origin (integrations)', async () => {
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const issued = await admin.issueToken({ name: 'origin-check', organizationCode: '2080', role: 'reporter' });
    const integration = Api.withToken(server.baseUrl, issued.body.token);
    const response = await integration.request(
      'PUT',
      `/api/units/2080-lunden/reports/${daysAgo(8)}`,
      reportBody({ occupied: 4 }),
      {
        origin: EVIL,
      },
    );
    expect(response.status).toBe(200);
  });

  it('believes X-Forwarded-Host from the trusted proxy (loopback by default), for writes and sockets', async () => {
    const proxied = { origin: 'https://lagesbild.example', 'x-forwarded-host': 'lagesbild.example' };
    const response = await falun.request(
      'PUT',
      `/api/units/2080-lunden/reports/${daysAgo(9)}`,
      reportBody({ occupied: 5 }),
      proxied,
    );
    expect(response.status).toBe(200);
    expect(await handshake(server.baseUrl, { cookie: falun.cookie!, ...proxied })).toBe(true);
  });
});

describe('X-Forwarded-Host from a peer that is not a trusted proxy', () => {
  let server: RunningServer;
  let falun: Api;
  beforeAll(async () => {
    server = await startServer({ env: { TRUST_PROXY: '10.0.0.0/8' } });
    falun = await Api.loggedIn(server.baseUrl, 'falun');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('is ignored: a forged host does not make another origin our own, for writes and sockets', async () => {
    const forged = { origin: EVIL, 'x-forwarded-host': 'evil.example' };
    const date = daysAgo(10);
    const before = await falun.reportVersions('2080-lunden', date);
    const response = await falun.request('PUT', `/api/units/2080-lunden/reports/${date}`, reportBody({ occupied: 6 }), forged);
    expect(response.status).toBe(403);
    expect((await falun.reportVersions('2080-lunden', date)).body).toEqual(before.body);
    expect(await handshake(server.baseUrl, { cookie: falun.cookie!, ...forged })).toBe(false);
    // Its own origin still works.
    expect(await handshake(server.baseUrl, { cookie: falun.cookie!, origin: server.baseUrl })).toBe(true);
  });
});
