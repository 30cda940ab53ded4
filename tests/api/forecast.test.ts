import { type RegionForecast, type SeriesForecast } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, flowRowBody, reportBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const analyst = useApi(server, 'region-dalarna');
const avesta = useApi(server, 'avesta');

/** The answer without what changes on every read: when it was made and the seq it was made at. */
function comparable(forecast: RegionForecast) {
  const { generatedAt: _generatedAt, seq: _seq, ...rest } = forecast;
  return rest;
}

const municipality = (forecast: RegionForecast, code: string): SeriesForecast => {
  const found = forecast.municipalities.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no forecast for ${code}`);
  return found;
};

describe('GET /api/regions/:region/forecast', () => {
  it('forecasts each municipality by its code and the region’s total, each day with an 80 % interval, with the model and its backtest', async () => {
    const response = await avesta.forecast('20');
    expect(response.status).toBe(200);
    const forecast = response.body;
    expect(forecast).toMatchObject({ region: '20', asOf: today(), horizon: 14 });
    const organizations = (await avesta.organizations('20')).body;
    expect(forecast.municipalities.map((series) => series.code)).toEqual(
      organizations.filter((organization) => organization.kind === 'municipality').map((organization) => organization.code),
    );
    expect(forecast.municipalities).toHaveLength(15);
    expect(forecast.total).toMatchObject({ code: '20', kind: 'region', status: 'ok' });

    const falun = municipality(forecast, '2080');
    if (falun.status !== 'ok') throw new Error(`no forecast for Falun: ${falun.reason}`);
    expect(falun.days).toHaveLength(14);
    expect(falun.days[0]!.date > today()).toBe(true);
    for (const day of falun.days) {
      expect(Object.keys(day).sort()).toEqual(['date', 'expected', 'high', 'low']);
      expect(day.low).toBeLessThanOrEqual(day.expected);
      expect(day.expected).toBeLessThanOrEqual(day.high);
    }
    expect(['seasonalNaive', 'holtWinters', 'flow']).toContain(falun.model);
    expect(falun.accuracy).toMatchObject({ evaluationDays: 90, mae: expect.any(Number), mase: expect.any(Number) });
    expect(falun.accuracy.coverage).toBeGreaterThan(0.5);
    expect(falun.candidates.map((candidate) => candidate.model)).toEqual(['seasonalNaive', 'holtWinters', 'flow']);
    expect(falun.current).toMatchObject({ date: today(), capacity: 34, surgeCapacity: 40 });
  });

  it('says why where there is no forecast: Vansbro has been silent too long', async () => {
    const vansbro = municipality((await analyst.forecast('20')).body, '2021');
    expect(vansbro).toMatchObject({ status: 'none', reason: 'noRecentFigures', needs: [], warning: null });
  });

  it('warns where the upper bound passes the places with surge within a week: Avesta', async () => {
    const avestaForecast = municipality((await avesta.forecast('20')).body, '2084');
    expect(avestaForecast.warning).toMatchObject({ daysAhead: expect.any(Number), extraPlaces: expect.any(Number) });
    expect(avestaForecast.warning!.daysAhead).toBeLessThanOrEqual(7);
    expect(avestaForecast.warning!.extraPlaces).toBeGreaterThan(0);
  });

  it('forecasts up to 28 days', async () => {
    const response = await analyst.forecast('20', { days: 28 });
    expect(response.status).toBe(200);
    expect(response.body.horizon).toBe(28);
    expect(response.body.total.status === 'ok' && response.body.total.days).toHaveLength(28);
    expect(response.body.total.capacity).toHaveLength(28);
  });

  it('a forecast as of an earlier day does not change when later figures, flows and plans arrive', async () => {
    const asOf = daysAgo(10);
    const before = await analyst.forecast('20', { asOf });
    expect(before.status).toBe(200);
    expect(municipality(before.body, '2080').status).toBe('ok');
    const todayBefore = (await analyst.forecast('20')).body;

    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    for (const day of [daysAgo(9), daysAgo(3), today()])
      expect(
        (await falun.putReport('2080-lunden', day, reportBody({ occupied: 39, capacity: 34, surgeCapacity: 40 }))).status,
      ).toBe(200);
    expect((await analyst.putFlows('20', daysAgo(2), { rows: [flowRowBody('2080', { readyForDischarge: 30 })] })).status).toBe(
      200,
    );
    expect((await falun.putPlannedCapacity('2080-lunden', daysAgo(-2), { mode: 'add', places: 8 })).status).toBe(200);

    const after = await analyst.forecast('20', { asOf });
    expect(after.body.seq).toBeGreaterThan(before.body.seq);
    expect(comparable(after.body)).toEqual(comparable(before.body));
    // The same figures do change the forecast made as of today: the comparison above can fail.
    const todayAfter = (await analyst.forecast('20')).body;
    expect(municipality(todayAfter, '2080')).not.toEqual(municipality(todayBefore, '2080'));
    expect(municipality(todayAfter, '2080').capacity.find((day) => day.date === daysAgo(-2))?.capacity).toBe(34 + 8);
  });

  it('answers 400 naming the field for a bad asOf or days, and 403 in another region', async () => {
    const bad = async (query: Record<string, string | number>, field: string, code: string) => {
      const response = await analyst.forecast('20', query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.error?.codes).toEqual({ [field]: [code] });
    };
    await bad({ days: 0 }, 'days', 'validation.forecastDays');
    await bad({ days: 29 }, 'days', 'validation.forecastDays');
    await bad({ days: 'two' }, 'days', 'validation.forecastDays');
    await bad({ asOf: daysAgo(-1) }, 'asOf', 'validation.forecastFuture');
    await bad({ asOf: '2001-01-01' }, 'asOf', 'validation.forecastBeforeData');
    await bad({ asOf: '2026-02-30' }, 'asOf', 'validation.date');
    expect((await analyst.forecast('10')).status).toBe(403);
    expect((await analyst.forecast('99')).status).toBe(404);
  });

  it('is answered alike to everyone asking at once', async () => {
    const readers = await Promise.all(['falun', 'chair-dalarna', 'admin', 'region-dalarna'].map((u) => Api.loggedIn(server, u)));
    const answers = await Promise.all(
      readers.flatMap((reader) => [reader.forecast('20', { days: 9 }), reader.forecast('20', { days: 9 })]),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const first = comparable(answers[0]!.body);
    for (const answer of answers) expect(comparable(answer.body)).toEqual(first);
  });
});
