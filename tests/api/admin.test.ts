import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const admin = useApi(server, 'admin');

describe('admin: users', () => {
  it('lists the region’s users only', async () => {
    const users = await admin.users();
    expect(users.status).toBe(200);
    const names = users.body.map((user) => user.username);
    expect(names).toEqual(expect.arrayContaining(['falun', 'region-dalarna', 'admin']));
    expect(names).not.toContain('solvesborg');
  });

  it('creates a user who can log in, deactivates them (ending their session), and resets a password', async () => {
    const create = await admin.createUser({
      username: 'anna.falun',
      displayName: 'Anna Andersson',
      role: 'reporter',
      organizationCode: '2080',
      password: 'correct horse battery',
    });
    expect(create.status).toBe(201);
    expect(create.body).toMatchObject({ username: 'anna.falun', role: 'reporter', organizationCode: '2080', active: true });

    const anna = await Api.loggedIn(server.baseUrl, 'anna.falun', 'correct horse battery');
    expect((await anna.putReport('2080-lunden', daysAgo(1), reportBody({ occupied: 28 }))).status).toBe(200);

    const deactivate = await admin.updateUser('anna.falun', { active: false });
    expect(deactivate.body.active).toBe(false);
    expect((await anna.me()).status).toBe(401);
    expect((await new Api(server.baseUrl).login('anna.falun', 'correct horse battery')).status).toBe(401);

    await admin.updateUser('anna.falun', { active: true });
    expect((await admin.resetPassword('anna.falun', 'a brand new passphrase')).status).toBe(204);
    expect((await new Api(server.baseUrl).login('anna.falun', 'correct horse battery')).status).toBe(401);
    expect((await new Api(server.baseUrl).login('anna.falun', 'a brand new passphrase')).status).toBe(200);
  });

  it('refuses a taken username, a short password, a role that does not fit the organisation', async () => {
    const falunReporter = { role: 'reporter', organizationCode: '2080', password: 'long enough password' } as const;
    const taken = await admin.createUser({ ...falunReporter, username: 'falun' });
    expect(taken.status).toBe(409);
    const short = await admin.createUser({ ...falunReporter, username: 'kort', password: 'short' });
    expect(short.status).toBe(400);
    expect(Object.keys(short.error!.errors!)).toEqual(['password']);
    const misfit = await admin.createUser({ ...falunReporter, username: 'misfit', role: 'analyst' });
    expect(misfit.status).toBe(400);
    expect(Object.keys(misfit.error!.errors!)).toEqual(['role']);
  });

  it('a changed role takes effect at once: the old session is ended', async () => {
    await admin.createUser({
      username: 'erik.region',
      role: 'analyst',
      organizationCode: '20',
      password: 'long enough password',
    });
    const erik = await Api.loggedIn(server.baseUrl, 'erik.region', 'long enough password');
    expect((await erik.putFlows('20', today(), { rows: [] })).status).toBe(400);
    await admin.updateUser('erik.region', { role: 'chair' });
    expect((await erik.me()).status).toBe(401);
  });

  it('an admin cannot lock themself out', async () => {
    expect((await admin.updateUser('admin', { active: false })).status).toBe(400);
  });
});

describe('admin: units', () => {
  it('adds a unit that can be reported on, renames it, and retires it without losing its history', async () => {
    const create = await admin.createUnit({
      organizationCode: '2080',
      name: 'Korttidsenheten Björken',
      kind: 'short_term',
    });
    expect(create.status).toBe(201);
    const unitId = create.body.id;
    expect(unitId).toMatch(/^2080-korttidsenheten-bjorken-/);

    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const organizations = (await falun.organizations('20')).body;
    expect(organizations.find((o) => o.code === '2080')?.units.map((u) => u.id)).toContain(unitId);
    expect(
      (await falun.putReport(unitId, daysAgo(1), reportBody({ capacity: 8, occupied: 6, surgeCapacity: null }))).status,
    ).toBe(200);

    const renamed = await admin.updateUnit(unitId, { name: 'Björken' });
    expect(renamed.body.name).toBe('Björken');

    const retired = await admin.retireUnit(unitId);
    expect(retired.body.retiredAt).not.toBeNull();
    expect((await falun.organizations('20')).body.find((o) => o.code === '2080')?.units.map((u) => u.id)).not.toContain(unitId);
    expect((await falun.putReport(unitId, today(), reportBody())).status).toBe(404);
    const versions = await falun.reportVersions(unitId, daysAgo(1));
    expect(versions.body).toHaveLength(1);
    const units = await admin.units();
    expect(units.body.find((unit) => unit.id === unitId)).toMatchObject({ name: 'Björken', retiredAt: expect.any(String) });
  });

  it('refuses a hospital unit for a municipality', async () => {
    const response = await admin.createUnit({
      organizationCode: '2080',
      name: 'Sjukhus',
      kind: 'hospital',
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual(['kind']);
  });
});
