import { describe, expect, it } from 'vitest';
import { Api, flowRowBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';

// Aggregates of the region's flows: patient-days ready for discharge, readmissions, the weekday
// pattern. Fixed figures are written for Säter on past days and read back summed.

const server = useServer();
const analyst = useApi(server, 'region-dalarna');

const sater = (overrides: Record<string, unknown>) =>
  flowRowBody('2082', {
    admissions: 10,
    dischargesHome: 4,
    dischargesShortTerm: 0,
    dischargesNursingHome: 0,
    dischargesOther: 0,
    ...overrides,
  });

describe('GET /api/regions/:region/flow-statistics', () => {
  it('sums patient-days ready for discharge per month and gives the average and the readmission rate', async () => {
    // 10–12 March 2025: ready for discharge 4, 6 and 5 patients; readmissions 1 and 2 on two days of 8 and 12 discharges.
    const days = [
      ['2025-03-10', { readyForDischarge: 4, dischargesHome: 8, readmissions: 1 }],
      ['2025-03-11', { readyForDischarge: 6, dischargesHome: 12, readmissions: 2 }],
      ['2025-03-12', { readyForDischarge: 5, dischargesHome: 10, readmissions: null }],
    ] as const;
    for (const [date, figures] of days) expect((await analyst.putFlows('20', date, { rows: [sater(figures)] })).status).toBe(200);

    const response = await analyst.flowStatistics('20', '2025-03-10', '2025-03-12');
    expect(response.status).toBe(200);
    expect(response.body.months).toEqual(['2025-03-10']);
    const sums = response.body.municipalities.find((m) => m.code === '2082')!;
    expect(sums.total).toMatchObject({
      days: 3,
      discharges: 30,
      readyPatientDays: 15,
      readyAverage: 5,
      readmissions: 3,
      dischargesWithReadmissions: 20,
      readmissionRatePct: 15,
    });
    // Säter has 11 223 inhabitants.
    expect(sums.total.readyPatientDaysPer10k).toBe(13.4);
    expect(sums.months).toEqual([sums.total]);
    // The region's total is every municipality's sums added.
    const everyone = response.body.municipalities.reduce((total, m) => total + m.total.readyPatientDays, 0);
    expect(response.body.total.total.readyPatientDays).toBe(everyone);
  });

  it('goes month by month over up to five years, and no further', async () => {
    const fiveYears = await analyst.flowStatistics('20', daysAgo(1826), today());
    expect(fiveYears.status).toBe(200);
    expect(fiveYears.body.months.length).toBeGreaterThanOrEqual(60);
    expect(fiveYears.body.municipalities.every((m) => m.months.length === fiveYears.body.months.length)).toBe(true);
    const tooLong = await analyst.flowStatistics('20', daysAgo(1830), today());
    expect(tooLong.status).toBe(400);
    expect(tooLong.error?.codes).toEqual({ from: ['validation.rangeFiveYears'] });
  });

  it('is the region’s own', async () => {
    expect((await analyst.flowStatistics('10')).status).toBe(403);
    const falun = await Api.loggedIn(server, 'falun');
    expect((await falun.flowStatistics('20')).status).toBe(200);
  });
});

describe('GET /api/regions/:region/weekday-pattern', () => {
  it('averages discharges and readiness per weekday, with the red days apart', async () => {
    // 14–27 April 2025: Easter (långfredagen 18, påskdagen 20, annandag påsk 21 April) in the middle.
    // Discharges: 10 on each working day, 4 on Saturdays and Sundays, 1 on the red days.
    for (let day = 14; day <= 27; day += 1) {
      const date = `2025-04-${day}`;
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      const red = [18, 20, 21].includes(day);
      const discharges = red ? 1 : weekday === 0 || weekday === 6 ? 4 : 10;
      const saved = await analyst.putFlows('20', date, {
        rows: [sater({ dischargesHome: discharges, readyForDischarge: red ? 9 : 3 })],
      });
      expect(saved.status).toBe(200);
    }
    const response = await analyst.weekdayPattern('20', '2025-04-14', '2025-04-27');
    expect(response.status).toBe(200);
    expect(response.body.holidays.map((h) => h.name)).toEqual(['Långfredagen', 'Påskdagen', 'Annandag påsk']);
    const pattern = response.body.municipalities.find((m) => m.code === '2082')!.weekdays;
    expect(pattern.map((day) => [day.category, day.days, day.dischargesPerDay])).toEqual([
      [1, 1, 10], // the Monday after Easter is annandag påsk: only 14 April
      [2, 2, 10],
      [3, 2, 10],
      [4, 2, 10],
      [5, 1, 10], // långfredagen counts as a red day
      [6, 2, 4],
      [7, 1, 4], // påskdagen counts as a red day
      [0, 3, 1],
    ]);
    expect(pattern[7]).toMatchObject({ holiday: true, readyPerDay: 9, dischargesPctOfWeekday: 10 });
    expect(pattern[5]).toMatchObject({ weekend: true, dischargesPctOfWeekday: 40 });
  });

  it('takes five years and refuses more', async () => {
    expect((await analyst.weekdayPattern('20', daysAgo(1826), today())).status).toBe(200);
    expect((await analyst.weekdayPattern('20', daysAgo(2000), today())).error?.codes).toEqual({
      from: ['validation.rangeFiveYears'],
    });
    expect((await analyst.weekdayPattern('10')).status).toBe(403);
  });
});
