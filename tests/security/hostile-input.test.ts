import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, flowRowBody, reportBody, type FieldErrorBody } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

// Input no schema should ever have to think about: keys that reach an object's prototype, and the
// NUL character PostgreSQL refuses in text. Both are refused once, for every route.

let server: RunningServer;
let falun: Api;
let analyst: Api;
let admin: Api;
beforeAll(async () => {
  server = await startServer();
  [falun, analyst, admin] = await Promise.all([
    Api.loggedIn(server.baseUrl, 'falun'),
    Api.loggedIn(server.baseUrl, 'region-dalarna'),
    Api.loggedIn(server.baseUrl, 'admin'),
  ]);
});
afterAll(async () => {
  await server.stop();
});

/** A body as the wire carries it: JSON.stringify cannot write an own `__proto__` key. */
const withKey = (body: Record<string, unknown>, key: string, value: unknown) =>
  `${JSON.stringify(body).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;

describe('keys that reach the prototype (__proto__, constructor, prototype)', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'a report with a top-level %s key is a 400 naming it, and no version is made',
    async (key) => {
      const date = daysAgo(4);
      expect((await falun.putReport('2080-lunden', date, reportBody({ occupied: 12 }))).status).toBe(200);
      const before = await falun.reportVersions('2080-lunden', date);
      const response = await falun.request<FieldErrorBody>(
        'PUT',
        `/api/units/2080-lunden/reports/${date}`,
        withKey(reportBody({ occupied: 13 }), key, { capacity: 1 }),
      );
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.errors)).toEqual([key]);
      expect(response.body.codes[key]).toEqual(['validation.forbiddenKey']);
      expect((await falun.reportVersions('2080-lunden', date)).body).toEqual(before.body);
    },
  );

  it('a key nested in a row of flows is named by its path, and nothing is stored', async () => {
    const date = daysAgo(5);
    const flowsOf2080 = async () =>
      (await analyst.situation('20', date)).body.organizations.find((organization) => organization.code === '2080')?.flows;
    const before = await flowsOf2080();
    const row = withKey(flowRowBody('2080'), 'constructor', { prototype: { polluted: true } });
    const response = await analyst.request<FieldErrorBody>('PUT', `/api/regions/20/flows/${date}`, `{"rows":[${row}]}`);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['rows.0.constructor']);
    expect(await flowsOf2080()).toEqual(before);
  });

  it('is refused on a route whose body has no schema of its own, and by the admin routes', async () => {
    const created = await admin.request<{ id: string }>('POST', '/api/admin/units', {
      organizationCode: '2080',
      name: `Prov ${Date.now()}`,
      kind: 'short_term',
    });
    const retire = await admin.request<FieldErrorBody>(
      'POST',
      `/api/admin/units/${created.body.id}/retire`,
      '{"__proto__":{"x":1}}',
    );
    expect(retire.status).toBe(400);
    expect(Object.keys(retire.body.errors)).toEqual(['__proto__']);
    const units = await admin.request<{ id: string; retiredAt: string | null }[]>('GET', '/api/admin/units');
    expect(units.body.find((unit) => unit.id === created.body.id)?.retiredAt).toBeNull();
  });
});

describe('the NUL character', () => {
  it('in a report comment is a 400 naming the field, and no version is made', async () => {
    const date = daysAgo(6);
    expect((await falun.putReport('2080-lunden', date, reportBody({ occupied: 14 }))).status).toBe(200);
    const before = await falun.reportVersions('2080-lunden', date);
    const response = await falun.request<FieldErrorBody>(
      'PUT',
      `/api/units/2080-lunden/reports/${date}`,
      reportBody({ occupied: 15, comment: 'fullt\u0000i kväll' }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['comment']);
    expect(response.body.codes.comment).toEqual(['validation.nulCharacter']);
    expect((await falun.reportVersions('2080-lunden', date)).body).toEqual(before.body);
  });

  it('in any other text field, nested too, is a 400 naming it', async () => {
    const unit = await admin.request<FieldErrorBody>('POST', '/api/admin/units', {
      organizationCode: '2080',
      name: 'Noll\u0000enheten',
      kind: 'short_term',
    });
    expect(unit.status).toBe(400);
    expect(Object.keys(unit.body.errors)).toEqual(['name']);
    const login = await new Api(server.baseUrl).request<FieldErrorBody>('POST', '/api/auth/login', {
      username: 'falun\u0000',
      password: 'demo',
    });
    expect(login.status).toBe(400);
    expect(Object.keys(login.body.errors)).toEqual(['username']);
    const flows = await analyst.putFlows('20', today(), { rows: [flowRowBody('20\u000080')] });
    expect(flows.status).toBe(400);
    expect(Object.keys((flows.body as unknown as FieldErrorBody).errors)).toEqual(['rows.0.municipalityCode']);
  });

  it('in a query parameter is a 400 naming it', async () => {
    const response = await admin.request<FieldErrorBody>('GET', '/api/regions/20/audit?organization=%00');
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(['organization']);
  });

  it.each([
    ['GET', '/api/units/%00/reports'],
    ['PUT', `/api/units/%00/reports/${today()}`],
    ['GET', '/api/meetings/%00'],
    ['GET', '/api/regions/2%000/situation'],
    ['PATCH', '/api/admin/users/%00'],
    ['PATCH', '/api/admin/units/%00'],
    ['DELETE', '/api/admin/tokens/%00'],
  ])('in a path parameter (%s %s) is a 404, never a 500', async (method, path) => {
    const caller = method === 'PUT' ? falun : admin;
    const body = method === 'GET' || method === 'DELETE' ? undefined : method === 'PUT' ? reportBody() : { name: 'x' };
    const response = await caller.request(method, path, body);
    expect(response.status).toBe(404);
  });
});
