import { afterAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient } from '../support/live.js';
import { useServer } from '../support/server.js';

// Everything a server prints ends up in log files that more people can read than the database.
// This runs the credential paths with the most verbose logging and then reads all the output.
describe('no passwords, cookies or tokens in logs or in the audit trail', () => {
  const server = useServer({ env: { LOG_LEVEL: 'debug' } });
  const clients: LiveClient[] = [];
  afterAll(() => {
    for (const client of clients) client.close();
  });

  it('prints none of them at LOG_LEVEL=debug, and the audit trail keeps no password or hash', async () => {
    const wrongPassword = 'wrong-Pa55word-ZQXJ';
    const userPassword = 'user-Pa55phrase-KVWY';
    const resetPassword = 'reset-Pa55phrase-PLMN';

    // A failed login, then the admin's own session.
    expect((await new Api(server.baseUrl).login('admin', wrongPassword)).status).toBe(401);
    const admin = await Api.loggedIn(server.baseUrl, 'admin');

    // A user created with a password, who logs in; the password is reset.
    const created = await admin.createUser({
      username: 'logg.test',
      role: 'reporter',
      organizationCode: '2080',
      password: userPassword,
    });
    expect(created.status).toBe(201);
    const user = await Api.loggedIn(server.baseUrl, 'logg.test', userPassword);
    expect((await admin.resetPassword('logg.test', resetPassword)).status).toBe(204);

    // A token issued, used over REST and on a socket, and revoked.
    const issued = await admin.issueToken({ name: 'logg-integration', organizationCode: '2080', role: 'reporter' });
    expect(issued.status).toBe(201);
    const integration = Api.withToken(server.baseUrl, issued.body.token);
    expect((await integration.putReport('2080-lunden', today(), reportBody({ occupied: 24 }))).status).toBe(200);
    const socket = await LiveClient.open(server.baseUrl, { token: issued.body.token, region: '20' });
    clients.push(socket);
    expect((await admin.revokeToken(issued.body.id)).status).toBe(200);
    await socket.waitForDisconnect();

    // A refused socket with a made-up token, and a malformed body carrying a password.
    const refused = new LiveClient(server.baseUrl, { token: 'lgb_madeUpTokenValue123', reconnection: false });
    clients.push(refused);
    await refused.waitForConnectError();
    const malformed = await new Api(server.baseUrl).request('POST', '/api/auth/login', `{"password":"${wrongPassword}"`);
    expect(malformed.status).toBe(400);

    const cookieValues = [admin.cookie, user.cookie].map((cookie) => cookie?.split('=')[1] ?? '');
    expect(cookieValues.every((value) => value.length >= 20)).toBe(true);
    const secrets = [wrongPassword, userPassword, resetPassword, issued.body.token, 'lgb_madeUpTokenValue123', ...cookieValues];

    const output = server.output();
    // The logging really was verbose, so the absence below means something.
    expect(output).toMatch(/Mapped \{\/api\/auth\/login, POST\} route/);
    for (const secret of secrets) expect(output).not.toContain(secret);

    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const trail = await analyst.auditCsv('20');
    expect(trail.status).toBe(200);
    expect(String(trail.body)).toContain('logg.test');
    for (const secret of secrets) expect(String(trail.body)).not.toContain(secret);
    expect(String(trail.body)).not.toContain('$argon2');
  });
});
