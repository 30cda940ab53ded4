import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { startServer, useServer } from '../support/server.js';

const server = useServer();

describe('POST /api/auth/login', () => {
  it('answers the user and sets an HttpOnly session cookie', async () => {
    const api = new Api(server.baseUrl);
    const response = await api.login('falun', 'demo');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ user: { username: 'falun', role: 'reporter', organizationCode: '2080', regionCode: '20' } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lagesbild_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('gives every demo role its organisation and region', async () => {
    const expected = {
      'region-dalarna': { role: 'analyst', organizationCode: '20', regionCode: '20' },
      'region-blekinge': { role: 'analyst', organizationCode: '10', regionCode: '10' },
      'chair-dalarna': { role: 'chair', organizationCode: '20', regionCode: '20' },
      'chair-blekinge': { role: 'chair', organizationCode: '10', regionCode: '10' },
      admin: { role: 'admin', organizationCode: '20', regionCode: '20' },
      'malung-salen': { role: 'reporter', organizationCode: '2023', regionCode: '20' },
      alvdalen: { role: 'reporter', organizationCode: '2039', regionCode: '20' },
      solvesborg: { role: 'reporter', organizationCode: '1083', regionCode: '10' },
      borlange: { role: 'reporter', organizationCode: '2081', regionCode: '20' },
    };
    for (const [username, user] of Object.entries(expected)) {
      const response = await new Api(server.baseUrl).login(username, 'demo');
      expect(response.status, username).toBe(200);
      expect(response.body.user).toEqual({ username, ...user });
    }
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const wrongPassword = await new Api(server.baseUrl).login('borlange', 'wrong');
    const unknownUser = await new Api(server.baseUrl).login('nobody-here', 'demo');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 naming the missing field', async () => {
    const response = await new Api(server.baseUrl).request<{ errors: Record<string, string[]> }>('POST', '/api/auth/login', {
      username: 'falun',
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['password']);
  });

  it('locks a username out after repeated failures, whatever the password', async () => {
    const api = new Api(server.baseUrl);
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await api.login('gagnef', 'wrong')).status).toBe(401);
    expect((await api.login('gagnef', 'wrong')).status).toBe(429);
    expect((await api.login('gagnef', 'demo')).status).toBe(429);
  });

  it('keeps the lockout on every instance behind a load balancer', async () => {
    const second = await startServer({ databaseUrl: server.databaseUrl! });
    try {
      for (let attempt = 0; attempt < 3; attempt += 1)
        expect((await new Api(server.baseUrl).login('orsa', 'wrong')).status).toBe(401);
      for (let attempt = 0; attempt < 2; attempt += 1)
        expect((await new Api(second.baseUrl).login('orsa', 'wrong')).status).toBe(401);
      expect((await new Api(second.baseUrl).login('orsa', 'demo')).status).toBe(429);
      expect((await new Api(server.baseUrl).login('orsa', 'demo')).status).toBe(429);
    } finally {
      await second.stop();
    }
  });
});

describe('lockout per client address behind a load balancer (TRUST_PROXY)', () => {
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const failThirtyTimes = async (baseUrl: string, address: string) => {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await new Api(baseUrl).login(`guess-${attempt}`, 'x', from(address));
      expect(response.status).toBe(401);
    }
  };
  const logIn = (baseUrl: string, address: string) => new Api(baseUrl).login('rattvik', 'demo', from(address));

  it('counts each client the trusted balancer forwards on its own, so one address cannot lock out the county', async () => {
    // The default trusts a balancer on loopback, which is where this test connects from.
    const behindBalancer = await startServer();
    try {
      await failThirtyTimes(behindBalancer.baseUrl, '203.0.113.5');
      expect((await logIn(behindBalancer.baseUrl, '203.0.113.5')).status).toBe(429);
      expect((await logIn(behindBalancer.baseUrl, '198.51.100.7')).status).toBe(200);
    } finally {
      await behindBalancer.stop();
    }
  });

  it('ignores X-Forwarded-For from a peer it does not trust, so a forged header does not escape the lockout', async () => {
    const direct = await startServer({ env: { TRUST_PROXY: '10.0.0.0/8' } });
    try {
      await failThirtyTimes(direct.baseUrl, '203.0.113.5');
      expect((await logIn(direct.baseUrl, '198.51.100.7')).status).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the user with a session and 401 without', async () => {
    const api = await Api.loggedIn(server.baseUrl, 'leksand');
    expect((await api.me()).body.user.username).toBe('leksand');
    expect((await new Api(server.baseUrl).me()).status).toBe(401);
  });

  it('logout answers 204 and ends the session on the server', async () => {
    const api = await Api.loggedIn(server.baseUrl, 'mora');
    const cookie = api.cookie;
    expect((await api.logout()).status).toBe(204);
    const replay = new Api(server.baseUrl);
    replay.cookie = cookie;
    expect((await replay.me()).status).toBe(401);
  });

  it('refuses a cookie-authenticated write from another origin (CSRF)', async () => {
    const api = await Api.loggedIn(server.baseUrl, 'falun');
    const response = await api.putReport('2080-lunden', today(), reportBody(), { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const sameOrigin = await api.putReport('2080-lunden', today(), reportBody({ occupied: 29 }), { origin: server.baseUrl });
    expect(sameOrigin.status).toBe(200);
  });

  it('requires a session or token on every data route', async () => {
    const anonymous = new Api(server.baseUrl);
    expect((await anonymous.regions()).status).toBe(401);
    expect((await anonymous.organizations('20')).status).toBe(401);
    expect((await anonymous.situation('20')).status).toBe(401);
    expect((await anonymous.history('20')).status).toBe(401);
    expect((await anonymous.putReport('2080-lunden', today(), reportBody())).status).toBe(401);
    expect((await anonymous.putFlows('20', today(), { rows: [] })).status).toBe(401);
  });
});

describe('bearer tokens', () => {
  it('an admin issues a token shown once; it writes in its scope; revoked, it is refused', async () => {
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    const issued = await admin.issueToken({ name: 'statistikexport', organizationCode: '20', role: 'analyst' });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^lgb_/);

    const integration = Api.withToken(server.baseUrl, issued.body.token);
    expect((await integration.me()).body.user).toMatchObject({ role: 'analyst', organizationCode: '20', regionCode: '20' });
    const write = await integration.putReport('20-iva', today(), reportBody({ capacity: 24, occupied: 20, surgeCapacity: null }));
    expect(write.status).toBe(200);
    expect((await integration.putReport('2080-lunden', today(), reportBody())).status).toBe(403);

    const list = await admin.tokens();
    const listed = list.body.find((token) => token.id === issued.body.id);
    expect(listed).toMatchObject({ name: 'statistikexport' });
    expect(listed).not.toHaveProperty('token');
    expect(listed?.lastUsedAt).not.toBeNull();

    expect((await admin.revokeToken(issued.body.id)).status).toBe(200);
    expect((await integration.me()).status).toBe(401);
  });

  it('only an admin of the region issues tokens', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    expect((await analyst.issueToken({ name: 'x', organizationCode: '20', role: 'analyst' })).status).toBe(403);
    const admin = await Api.loggedIn(server.baseUrl, 'admin');
    expect((await admin.issueToken({ name: 'x', organizationCode: '10', role: 'analyst' })).status).toBe(403);
  });
});
