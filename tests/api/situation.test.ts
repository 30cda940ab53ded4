import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { flowPoints, seriesPoints, shiftDay, weekStart } from '@lagesbild/shared';
import { useServer } from '../support/server.js';

const server = useServer();
const analyst = useApi(server, 'region-dalarna');

describe('GET /api/regions/:region/situation', () => {
  it('shows a municipality that has not reported today as null, with the age of its last report', async () => {
    const response = await analyst.situation('20');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ region: '20', date: today() });
    expect(typeof response.body.seq).toBe('number');
    const orsa = response.body.organizations.find((o) => o.code === '2034');
    expect(orsa?.units[0]?.report).toBeNull();
    expect(orsa?.units[0]?.lastReport?.date).toBe(daysAgo(1));
    expect(orsa?.lastReportedAt).toBe(orsa?.units[0]?.lastReport?.updatedAt);
    const vansbro = response.body.organizations.find((o) => o.code === '2021');
    expect(vansbro?.units[0]?.report).toBeNull();
    expect(vansbro?.units[0]?.lastReport?.date).toBe(daysAgo(5));
  });

  it('gives totals as reported and as an estimate that carries silent units forward at most 3 days', async () => {
    const { body } = await analyst.situation('20');
    const { reported, estimated } = body.totals;
    expect(body.totals.carryForwardDays).toBe(3);
    // Orsa (1 day), Hedemora (1 day), Älvdalen (2 days) are carried; Vansbro (5 days) is not.
    expect(estimated.coverage).toMatchObject({ carriedForward: 3, missing: 1 });
    expect(reported.coverage.missing).toBe(4);
    expect(reported.coverage.units).toBe(estimated.coverage.units);
    const carried = ['2034', '2039', '2083'].map(
      (code) => body.organizations.find((o) => o.code === code)?.units[0]?.lastReport?.capacity ?? 0,
    );
    expect(estimated.municipal.capacity - reported.municipal.capacity).toBe(carried.reduce((a, b) => a + b, 0));
    expect(reported.municipal.free).toBeGreaterThanOrEqual(0);
    expect(reported.hospital.capacity).toBeGreaterThan(0);
    expect(reported.icu.capacity).toBe(24);
  });

  it('totals follow a new report at once, with overcrowding derived', async () => {
    const before = (await analyst.situation('20')).body.totals.reported.hospital;
    const current = (await analyst.situation('20')).body.organizations[0]?.units.find(
      (u) => u.id === '20-avesta-lasarett',
    )?.report;
    const response = await analyst.putReport(
      '20-avesta-lasarett',
      today(),
      reportBody({ capacity: 90, occupied: 100, surgeCapacity: null }),
    );
    expect(response.status).toBe(200);
    const after = (await analyst.situation('20')).body.totals.reported.hospital;
    expect(after.occupied - before.occupied).toBe(100 - (current?.occupied ?? 0));
    expect(after.overcrowding).toBeGreaterThanOrEqual(10);
  });

  it('answers an earlier day with that day’s reports and refuses a future one', async () => {
    const { body } = await analyst.situation('20', daysAgo(10));
    expect(body.date).toBe(daysAgo(10));
    expect(body.organizations.find((o) => o.code === '2034')?.units[0]?.report?.date).toBe(daysAgo(10));
    expect((await analyst.situation('20', '2999-01-01')).status).toBe(400);
    expect((await analyst.situation('20', 'yesterday')).status).toBe(400);
  });

  it('is 403 for another region', async () => {
    expect((await analyst.situation('10')).status).toBe(403);
  });
});

describe('GET /api/regions/:region/history', () => {
  it('gives daily series per organisation and unit kind, flows and comments, column by column', async () => {
    const response = await analyst.history('20', daysAgo(29), today());
    expect(response.status).toBe(200);
    const history = response.body;
    expect(history).toMatchObject({ region: '20', from: daysAgo(29), to: today() });
    expect(history.days).toHaveLength(30);
    expect(history.days[0]).toBe(daysAgo(29));
    const falun = history.series.find((s) => s.organizationCode === '2080' && s.unitKind === 'short_term')!;
    expect(falun.capacity).toHaveLength(30);
    expect(seriesPoints(history, falun)[0]).toMatchObject({ date: daysAgo(29), units: 1, capacity: 34 });
    const hospitals = history.series.find((s) => s.organizationCode === '20' && s.unitKind === 'hospital')!;
    expect(hospitals.units[0]).toBe(4);
    expect(history.series.find((s) => s.organizationCode === '2081')?.units[0]).toBe(2);
    // Vansbro has been silent for five days: those days are null, not zero.
    const vansbro = history.series.find((s) => s.organizationCode === '2021')!;
    expect(vansbro.occupied.slice(-5)).toEqual([null, null, null, null, null]);
    expect(seriesPoints(history, vansbro)).toHaveLength(25);
    expect(history.flows).toHaveLength(15);
    expect(flowPoints(history, history.flows[0]!)).toHaveLength(30);
    expect(Array.isArray(history.comments)).toBe(true);
  });

  it('follows a new report at once (the daily totals are kept by the database)', async () => {
    const before = (await analyst.history('20', daysAgo(1), daysAgo(1))).body;
    const lunden = before.series.find((s) => s.organizationCode === '2080')!;
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    await falun.putReport('2080-lunden', daysAgo(1), reportBody({ capacity: 34, occupied: 7 }));
    const after = (await analyst.history('20', daysAgo(1), daysAgo(1))).body;
    expect(lunden.occupied[0]).not.toBe(7);
    expect(after.series.find((s) => s.organizationCode === '2080')?.occupied).toEqual([7]);
  });

  it('reaches back five years week by week, each point the average of its week, with the red days for the time axis', async () => {
    // A week two and a half years back: Falun's Lunden reports 10, 11, … 16 occupied places.
    const monday = weekStart(daysAgo(900));
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    for (let day = 0; day < 7; day += 1) {
      const saved = await falun.putReport('2080-lunden', shiftDay(monday, day), reportBody({ capacity: 34, occupied: 10 + day }));
      expect(saved.status).toBe(200);
    }
    const response = await analyst.history('20', daysAgo(1826), today());
    expect(response.status).toBe(200);
    const history = response.body;
    expect(history.resolution).toBe('week');
    expect(history.days[0]).toBe(daysAgo(1826));
    expect(history.days.slice(1).every((day) => weekStart(day) === day)).toBe(true);
    expect(history.days.length).toBeGreaterThanOrEqual(261);
    const lunden = history.series.find((s) => s.organizationCode === '2080' && s.unitKind === 'short_term')!;
    const week = history.days.indexOf(monday);
    expect(lunden.occupied[week]).toBe(13);
    expect(lunden.capacity[week]).toBe(34);
    expect(history.holidays.filter((holiday) => holiday.name === 'Julafton')).toHaveLength(5);
    expect(history.holidays.every((holiday) => holiday.date >= history.from && holiday.date <= history.to)).toBe(true);

    const year = (await analyst.history('20', daysAgo(364), today())).body;
    expect(year.resolution).toBe('day');
    expect(year.days).toHaveLength(365);
  });

  it('refuses a reversed or too long period', async () => {
    expect((await analyst.history('20', today(), daysAgo(3))).status).toBe(400);
    const sixYears = await analyst.history('20', daysAgo(6 * 365), today());
    expect(sixYears.status).toBe(400);
    expect(sixYears.error?.codes).toEqual({ from: ['validation.rangeFiveYears'] });
    expect((await analyst.history('10')).status).toBe(403);
  });
});
