import type { AuditRecord } from '@lagesbild/shared';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const analyst = useApi(server, 'region-dalarna');
const admin = useApi(server, 'admin');

// Records whose before/after are the objects this file writes, so their fields can be read.
type Audited = AuditRecord & { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
const audit = async (query: Parameters<Api['audit']>[1] = {}) => (await analyst.audit('20', query)).body as Audited[];

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
    await admin.createUser({
      username: 'ny.rapportor',
      role: 'reporter',
      organizationCode: '2080',
      password: 'long enough password',
    });
    await admin.updateUser('ny.rapportor', { active: false });
    await admin.resetPassword('ny.rapportor', 'another long password');
    const unit = await admin.createUnit({
      organizationCode: '2080',
      name: 'Granskad',
      kind: 'short_term',
    });
    await admin.updateUnit(unit.body.id, { name: 'Granskad 2' });
    await admin.retireUnit(unit.body.id);
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
    const byPrefix = await audit({ user: 'falu' });
    expect(byPrefix.length).toBeGreaterThan(0);
    expect(byPrefix.every((record) => record.actor === 'falun')).toBe(true);
    expect(await audit({ user: '%' })).toEqual([]);
    const byUser = await audit({ user: 'falun' });
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((record) => record.actor === 'falun')).toBe(true);
    const byOrganization = await audit({ organization: '2062' });
    expect(byOrganization.some((record) => record.action === 'flows.put')).toBe(true);
    expect(byOrganization.every((record) => record.organizationCode === '2062' || record.actorOrganization === '2062')).toBe(
      true,
    );
    expect(await audit({ from: '2000-01-01', to: '2000-01-02' })).toEqual([]);
    expect((await analyst.audit('20', { from: 'not-a-date' })).status).toBe(400);
  });

  it('exports CSV with a header row', async () => {
    const response = await admin.auditCsv('20', { user: 'falun' });
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
    const response = await admin.auditCsv('20', { from: 'igår' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(Object.keys(response.error!.codes!)).toEqual(['from']);
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
