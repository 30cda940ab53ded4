import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type FieldErrorBody } from '../support/api.js';
import { LiveClient } from '../support/live.js';
import { startServer, type RunningServer } from '../support/server.js';

// API tokens for integrations: they expire, they carry only a role that fits their organisation
// (the rule users follow), and they end with the admin who issued them.

const DAY_MS = 24 * 3600 * 1000;

let server: RunningServer;
let admin: Api;
let database: pg.Client;
const clients: LiveClient[] = [];
beforeAll(async () => {
  server = await startServer();
  admin = await Api.loggedIn(server.baseUrl, 'admin');
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await database.end();
  await server.stop();
});

function daysFromNow(iso: string): number {
  return (Date.parse(iso) - Date.now()) / DAY_MS;
}

describe('token expiry', () => {
  it('lasts 90 days unless the admin chooses otherwise, at most a year', async () => {
    const standard = await admin.issueToken({ name: 'standard', organizationCode: '20', role: 'analyst' });
    expect(standard.status).toBe(201);
    expect(daysFromNow(standard.body.expiresAt)).toBeCloseTo(90, 1);
    const yearLong = await admin.issueToken({ name: 'a-year', organizationCode: '20', role: 'analyst', expiresInDays: 365 });
    expect(yearLong.status).toBe(201);
    expect(daysFromNow(yearLong.body.expiresAt)).toBeCloseTo(365, 1);
    const listed = (await admin.tokens()).body.find((token) => token.id === yearLong.body.id);
    expect(listed?.expiresAt).toBe(yearLong.body.expiresAt);

    for (const expiresInDays of [366, 0, 1.5]) {
      const refused = await admin.request<FieldErrorBody>('POST', '/api/admin/tokens', {
        name: 'too-long',
        organizationCode: '20',
        role: 'analyst',
        expiresInDays,
      });
      expect(refused.status, String(expiresInDays)).toBe(400);
      expect(refused.body.codes).toEqual({ expiresInDays: ['validation.tokenExpiry'] });
    }
  });

  it('is refused once expired, on HTTP and at the socket handshake', async () => {
    const issued = await admin.issueToken({ name: 'short-lived', organizationCode: '2080', role: 'reporter', expiresInDays: 1 });
    const integration = Api.withToken(server.baseUrl, issued.body.token);
    expect((await integration.me()).status).toBe(200);
    // A day passes.
    await database.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [issued.body.id]);
    expect((await integration.me()).status).toBe(401);
    const socket = new LiveClient(server.baseUrl, { token: issued.body.token, reconnection: false });
    clients.push(socket);
    expect((await socket.waitForConnectError()).message).toBe('unauthorized');
  });
});

describe('token roles fit their organisation, as users’ do', () => {
  it.each([
    ['reporter', '20'],
    ['analyst', '2080'],
    ['chair', '2080'],
    ['admin', '2080'],
  ])('refuses a %s token for organisation %s with a 400 naming the role', async (role, organizationCode) => {
    const response = await admin.request<FieldErrorBody>('POST', '/api/admin/tokens', { name: 'misfit', organizationCode, role });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.codes)).toEqual(['role']);
    expect((await admin.tokens()).body.map((token) => token.name)).not.toContain('misfit');
  });

  it.each([
    ['reporter', '2080'],
    ['analyst', '20'],
    ['chair', '20'],
    ['admin', '20'],
  ])('issues a %s token for organisation %s', async (role, organizationCode) => {
    expect((await admin.issueToken({ name: `fits-${role}`, organizationCode, role })).status).toBe(201);
  });

  it('answers an unknown organisation with a 400 naming it, with a key the client translates', async () => {
    const response = await admin.request<FieldErrorBody>('POST', '/api/admin/tokens', {
      name: 'nowhere',
      organizationCode: '9999',
      role: 'reporter',
    });
    expect(response.status).toBe(400);
    expect(response.body.codes).toEqual({ organizationCode: ['validation.unknownOrganization'] });
  });
});

describe('tokens end with their issuer', () => {
  it('when the issuing admin is deactivated: refused, marked revoked, their sockets closed; other tokens stay', async () => {
    expect(
      (
        await admin.createUser({
          username: 'eva.admin',
          role: 'admin',
          organizationCode: '20',
          password: 'a long enough password',
        })
      ).status,
    ).toBe(201);
    const eva = await Api.loggedIn(server.baseUrl, 'eva.admin', 'a long enough password');
    const evas = await eva.issueToken({ name: 'evas-export', organizationCode: '20', role: 'analyst' });
    const others = await admin.issueToken({ name: 'admins-export', organizationCode: '20', role: 'analyst' });
    const socket = await LiveClient.open(server.baseUrl, { token: evas.body.token, region: '20' });
    clients.push(socket);

    expect((await admin.updateUser('eva.admin', { active: false })).status).toBe(200);
    expect(await socket.waitForDisconnect()).toBe('io server disconnect');
    expect(socket.sessionEnded).toEqual({ reason: 'revoked' });
    expect((await Api.withToken(server.baseUrl, evas.body.token).me()).status).toBe(401);
    expect((await Api.withToken(server.baseUrl, others.body.token).me()).status).toBe(200);
    const listed = (await admin.tokens()).body.find((token) => token.id === evas.body.id);
    expect(listed?.revokedAt).not.toBeNull();

    // Reactivating the admin does not bring the tokens back.
    expect((await admin.updateUser('eva.admin', { active: true })).status).toBe(200);
    expect((await Api.withToken(server.baseUrl, evas.body.token).me()).status).toBe(401);
  });
});
