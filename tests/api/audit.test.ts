import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

interface AuditRecord {
  actor: string;
  actorRole: string;
  actorOrganization: string;
  via: string;
  credential: string | null;
  action: string;
  organizationCode: string | null;
  target: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

let server: RunningServer;
let analyst: Api;
let admin: Api;
beforeAll(async () => {
  server = await startServer();
  analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
  admin = await Api.loggedIn(server.baseUrl, 'admin');
});
afterAll(async () => {
  await server.stop();
});

const audit = async (query = '') => (await analyst.request<AuditRecord[]>('GET', `/api/regions/20/audit${query}`)).body;

describe('audit trail', () => {
  it('records every kind of write with who, role, organisation, credential, before and after', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const first = await falun.putReport('2080-lunden', today(), reportBody({ occupied: 30 }));
    await falun.putReport('2080-lunden', today(), reportBody({ occupied: 31 }));
    await analyst.putFlows('20', today(), {
      rows: [
        {
          municipalityCode: '2062',
          inpatients: 1,
          admissions: 1,
          dischargesHome: 1,
          dischargesShortTerm: 0,
          dischargesNursingHome: 0,
          dischargesOther: 0,
          readyForDischarge: 2,
        },
      ],
    });
    const token = await admin.issueToken({ name: 'export', organizationCode: '20', role: 'analyst' });
    await admin.revokeToken(token.body.id);
    await admin.request('POST', '/api/admin/users', {
      username: 'ny.rapportor',
      role: 'reporter',
      organizationCode: '2080',
      password: 'long enough password',
    });
    await admin.request('PATCH', '/api/admin/users/ny.rapportor', { active: false });
    await admin.request('PUT', '/api/admin/users/ny.rapportor/password', { password: 'another long password' });
    const unit = await admin.request<{ id: string }>('POST', '/api/admin/units', {
      organizationCode: '2080',
      name: 'Granskad',
      kind: 'short_term',
    });
    await admin.request('PATCH', `/api/admin/units/${unit.body.id}`, { name: 'Granskad 2' });
    await admin.request('POST', `/api/admin/units/${unit.body.id}/retire`);
    const sessionValue = falun.cookie?.split('=')[1] ?? '';
    expect(sessionValue.length).toBeGreaterThan(20);
    await falun.logout();

    const records = await audit();
    const actions = new Set(records.map((record) => record.action));
    for (const action of [
      'report.put',
      'flows.put',
      'token.issue',
      'token.revoke',
      'user.create',
      'user.update',
      'user.password',
      'unit.create',
      'unit.update',
      'unit.retire',
      'auth.login',
      'auth.logout',
    ]) {
      expect(actions, action).toContain(action);
    }
    const correction = records.find((record) => record.action === 'report.put' && record.after?.occupied === 31);
    expect(correction).toMatchObject({
      actor: 'falun',
      actorRole: 'reporter',
      actorOrganization: '2080',
      via: 'session',
      organizationCode: '2080',
      target: `2080-lunden/${today()}`,
      before: expect.objectContaining({ occupied: 30, version: first.body.version }),
    });
    expect(correction?.credential).toMatch(/^[0-9a-f]{12}$/);
    // Never a password, a cookie or a token in the trail.
    const text = JSON.stringify(records);
    expect(text).not.toContain('long enough password');
    expect(text).not.toContain(token.body.token);
    expect(text).not.toContain(sessionValue);
  });

  it('is searchable by organisation, user and date', async () => {
    const byPrefix = await audit('?user=falu');
    expect(byPrefix.length).toBeGreaterThan(0);
    expect(byPrefix.every((record) => record.actor === 'falun')).toBe(true);
    expect(await audit('?user=%25')).toEqual([]);
    const byUser = await audit('?user=falun');
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((record) => record.actor === 'falun')).toBe(true);
    const byOrganization = await audit('?organization=2062');
    expect(byOrganization.some((record) => record.action === 'flows.put')).toBe(true);
    expect(byOrganization.every((record) => record.organizationCode === '2062' || record.actorOrganization === '2062')).toBe(
      true,
    );
    expect(await audit('?from=2000-01-01&to=2000-01-02')).toEqual([]);
    expect((await analyst.request('GET', '/api/regions/20/audit?from=not-a-date')).status).toBe(400);
  });

  it('exports CSV with a header row', async () => {
    const response = await admin.request<string>('GET', '/api/regions/20/audit/export.csv?user=falun');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    // Semicolons, for Excel in a Swedish locale (the decoder has taken off the byte-order mark).
    const [header, ...lines] = response.body.trim().split('\n');
    expect(header).toBe(
      'tidpunkt;användare;roll;användarens organisation;via;session/nyckel;händelse;organisation;objekt;före;efter',
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.split(';')[1] === 'falun')).toBe(true);
  });

  it('answers a bad export query with the usual JSON 400, not as a CSV file', async () => {
    const response = await admin.request<{ codes: Record<string, string[]> }>(
      'GET',
      '/api/regions/20/audit/export.csv?from=igår',
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(Object.keys(response.body.codes)).toEqual(['from']);
  });

  it('cannot be changed or deleted, even directly in the database', async () => {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(`UPDATE audit_log SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(client.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM report_versions')).rejects.toThrow(/append-only/);
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE actor = 'someone-else'`);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
