import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';
import { shiftDay } from '@lagesbild/shared';

const server = useServer();
const falun = useApi(server, 'falun');

describe('PUT /api/units/:unitId/reports/:date', () => {
  it('stores the figures and answers them with version, updatedAt and updatedBy', async () => {
    const response = await falun.putReport(
      '2080-lunden',
      daysAgo(1),
      reportBody({ occupied: 31, comment: 'Två väntar på SÄBO.' }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      unitId: '2080-lunden',
      date: daysAgo(1),
      capacity: 34,
      occupied: 31,
      surgeCapacity: 40,
      staffing: 'normal',
      sickLeavePct: 8,
      comment: 'Två väntar på SÄBO.',
      updatedBy: 'falun',
    });
    expect(response.body.version).toBeGreaterThanOrEqual(1);
    expect(Date.now() - Date.parse(response.body.updatedAt)).toBeLessThan(60_000);
  });

  it('keeps every version of a corrected report, with who and when', async () => {
    const date = daysAgo(2);
    const first = await falun.putReport('2080-lunden', date, reportBody({ occupied: 20 }));
    const second = await falun.putReport('2080-lunden', date, reportBody({ occupied: 21 }));
    expect(second.body.version).toBe(first.body.version + 1);
    const versions = await falun.reportVersions('2080-lunden', date);
    expect(versions.status).toBe(200);
    const occupied = versions.body.map((version) => version.occupied);
    expect(occupied.slice(-2)).toEqual([20, 21]);
    expect(versions.body.at(-1)).toMatchObject({ updatedBy: 'falun', version: second.body.version });
    expect(versions.body.map((version) => version.version)).toEqual(versions.body.map((_, index) => index + 1));
  });

  it('treats an identical resubmission as a no-op: same version, 200', async () => {
    const date = daysAgo(3);
    const first = await falun.putReport('2080-lunden', date, reportBody({ occupied: 25 }));
    const again = await falun.putReport('2080-lunden', date, reportBody({ occupied: 25 }));
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
    expect((await falun.reportVersions('2080-lunden', date)).body).toHaveLength(first.body.version);
  });

  it('treats an identical resubmission with discharges by destination as a no-op too', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const body = reportBody({
      capacity: 420,
      occupied: 400,
      surgeCapacity: null,
      discharges: 10,
      dischargesByDestination: { home: 6, shortTerm: 2, nursingHome: 1, other: 1 },
    });
    const first = await analyst.putReport('20-falu-lasarett', daysAgo(8), body);
    const again = await analyst.putReport('20-falu-lasarett', daysAgo(8), body);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
  });

  it('answers 409 with the current report when expectedVersion is stale, and changes nothing', async () => {
    const date = daysAgo(4);
    const current = await falun.putReport('2080-lunden', date, reportBody({ occupied: 26 }));
    const stale = await falun.putReport(
      '2080-lunden',
      date,
      reportBody({ occupied: 27, expectedVersion: current.body.version - 1 || 99 }),
    );
    expect(stale.status).toBe(409);
    expect((stale.body as unknown as { current: { occupied: number; version: number } }).current).toMatchObject({
      occupied: 26,
      version: current.body.version,
    });
    const fresh = await falun.putReport('2080-lunden', date, reportBody({ occupied: 27, expectedVersion: current.body.version }));
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(current.body.version + 1);
  });

  it('accepts occupied above capacity (overcrowding is shown, not refused)', async () => {
    const response = await falun.putReport('2080-lunden', daysAgo(5), reportBody({ capacity: 34, occupied: 38 }));
    expect(response.status).toBe(200);
    expect(response.body.occupied).toBe(38);
  });

  it('accepts a far-off figure but flags it for the reporter to confirm', async () => {
    const response = await falun.putReport('2080-lunden', daysAgo(6), reportBody({ occupied: 300, capacity: 34 }));
    expect(response.status).toBe(200);
    expect(response.body.outliers).toEqual([expect.objectContaining({ field: 'occupied', value: 300 })]);
    const normal = await falun.putReport('2080-lunden', daysAgo(6), reportBody({ occupied: 30 }));
    expect(normal.body.outliers).toEqual([]);
  });

  it.each([
    ['capacity', { capacity: -1 }],
    ['occupied', { occupied: 2.5 }],
    ['admissions', { admissions: 'many' }],
    ['discharges', { discharges: undefined }],
    ['staffing', { staffing: 'overloaded' }],
    ['sickLeavePct', { sickLeavePct: 140 }],
    ['surgeCapacity', { surgeCapacity: 10, capacity: 34 }],
    ['covidPatients', { covidPatients: -3 }],
    ['closedBeds', { closedBeds: -2 }],
    ['comment', { comment: 'x'.repeat(1001) }],
    ['expectedVersion', { expectedVersion: -1 }],
    ['colour', { colour: 'red' }],
  ])('answers 400 naming %s, and stores nothing', async (field, overrides) => {
    const date = daysAgo(7);
    const before = await falun.reportVersions('2080-lunden', date);
    const response = await falun.putReport('2080-lunden', date, reportBody(overrides));
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual([field]);
    expect(response.error!.errors![field]?.[0]).toMatch(/\p{L}/u);
    expect((await falun.reportVersions('2080-lunden', date)).body).toEqual(before.body);
  });

  it('refuses discharges by destination that do not add up to total discharges', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const body = reportBody({
      capacity: 420,
      occupied: 400,
      surgeCapacity: null,
      discharges: 10,
      dischargesByDestination: { home: 5, shortTerm: 2, nursingHome: 1, other: 1 },
    });
    const response = await analyst.putReport('20-falu-lasarett', daysAgo(1), body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual(['dischargesByDestination']);
    const fixed = await analyst.putReport('20-falu-lasarett', daysAgo(1), {
      ...body,
      dischargesByDestination: { home: 6, shortTerm: 2, nursingHome: 1, other: 1 },
    });
    expect(fixed.status).toBe(200);
  });

  it('refuses a day in the future and a malformed date', async () => {
    const tomorrow = shiftDay(today(), 1);
    const future = await falun.putReport('2080-lunden', tomorrow, reportBody());
    expect(future.status).toBe(400);
    expect(future.error!.errors!.date?.[0]).toMatch(/framtiden/);
    const malformed = await falun.putReport('2080-lunden', '2026-02-30', reportBody());
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.error!.errors!)).toEqual(['date']);
  });

  it('answers 403 for another municipality, a hospital, and roles that do not write figures', async () => {
    expect((await falun.putReport('2081-angen', today(), reportBody())).status).toBe(403);
    expect((await falun.putReport('20-falu-lasarett', today(), reportBody())).status).toBe(403);
    expect((await falun.putReport('1083-korttid', today(), reportBody())).status).toBe(403);
    const chair = await Api.loggedIn(server.baseUrl, 'chair-dalarna');
    expect((await chair.putReport('2080-lunden', today(), reportBody())).status).toBe(403);
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    expect((await analyst.putReport('2080-lunden', today(), reportBody())).status).toBe(403);
    expect((await analyst.putReport('10-karlskrona', today(), reportBody())).status).toBe(403);
  });

  it('GET /api/units/:unitId/reports gives the unit’s current reports, the last 14 days by default', async () => {
    const response = await falun.unitReports('2081-angen');
    expect(response.status).toBe(200);
    expect(response.body.map((r) => r.date)).toEqual(Array.from({ length: 14 }, (_, index) => daysAgo(13 - index)));
    expect(response.body.every((r) => r.unitId === '2081-angen')).toBe(true);
    const range = await falun.unitReports('2081-angen', daysAgo(40), daysAgo(31));
    expect(range.body).toHaveLength(10);
    expect((await falun.unitReports('2081-angen', today(), daysAgo(1))).status).toBe(400);
    expect((await falun.unitReports('1083-korttid')).status).toBe(403);
    expect((await falun.unitReports('no-such-unit')).status).toBe(404);
  });

  it('answers 404 for an unknown unit', async () => {
    expect((await falun.putReport('no-such-unit', today(), reportBody())).status).toBe(404);
  });

  it('lets an analyst write the region organisation’s hospital units', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const response = await analyst.putReport(
      '20-mora-lasarett',
      today(),
      reportBody({ capacity: 160, occupied: 170, surgeCapacity: null, covidPatients: 4 }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ occupied: 170, covidPatients: 4, updatedBy: 'region-dalarna' });
  });

  it('keeps a hospital’s closed beds in the report, its versions, the totals and the history’s trend', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
    const date = daysAgo(4);
    const closedInHistory = async () => {
      const history = (await analyst.history('20', date, date)).body;
      return history.series.find((s) => s.organizationCode === '20' && s.unitKind === 'hospital')?.closedBeds[0] ?? null;
    };
    const before = await closedInHistory();
    const body = reportBody({ capacity: 90, occupied: 95, surgeCapacity: null, closedBeds: 7 });
    const first = await analyst.putReport('20-avesta-lasarett', date, body);
    expect(first.status).toBe(200);
    expect(first.body.closedBeds).toBe(7);
    const second = await analyst.putReport('20-avesta-lasarett', date, { ...body, closedBeds: 9 });
    expect(second.body).toMatchObject({ closedBeds: 9, version: first.body.version + 1 });
    const versions = (await analyst.reportVersions('20-avesta-lasarett', date)).body;
    expect(versions.slice(-2).map((version) => version.closedBeds)).toEqual([7, 9]);
    // The demo's own report of the day had none at Avesta: the region's total grew by 9.
    expect(await closedInHistory()).toBe((before ?? 0) + 9);
    const situation = (await analyst.situation('20', date)).body;
    const hospitalUnits = situation.organizations.find((o) => o.code === '20')!.units.filter((u) => u.kind === 'hospital');
    expect(situation.totals.reported.hospital.closedBeds).toBe(
      hospitalUnits.reduce((sum, unit) => sum + (unit.report?.closedBeds ?? 0), 0),
    );
    expect(situation.totals.reported.hospital.closedBeds).toBe(await closedInHistory());
    // Left out, it is stored and answered as not reported, never as 0.
    const without = await analyst.putReport(
      '20-avesta-lasarett',
      date,
      reportBody({ capacity: 90, occupied: 95, surgeCapacity: null }),
    );
    expect(without.body.closedBeds).toBeNull();
    expect(await closedInHistory()).toBe(before);
  });

  it('falun can write Falun’s unit, and the write is visible to the whole region', async () => {
    const response = await falun.putReport('2080-lunden', today(), reportBody({ occupied: 33, comment: 'Fullt i kväll' }));
    expect(response.status).toBe(200);
    const borlange = await Api.loggedIn(server.baseUrl, 'borlange');
    const situation = await borlange.situation('20');
    const unit = situation.body.organizations.find((o) => o.code === '2080')?.units[0];
    expect(unit?.report).toMatchObject({ occupied: 33, comment: 'Fullt i kväll', version: response.body.version });
  });
});
