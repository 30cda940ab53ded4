import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, flowRowBody, useApi } from '../support/api.js';
import { useServer } from '../support/server.js';

// The holiday view and the municipalities' staffing plans. Periods are named by their year, so
// the tests hold whatever day they run on: past Easters for figures, a future Christmas for plans.

const server = useServer();
const analyst = useApi(server, 'region-dalarna');
const mora = useApi(server, 'mora');
const christmas2030 = { kind: 'christmas', year: 2030 };
/** A plan's period as the view's query names it. */
const query = ({ kind, ...rest }: { kind: string; year?: number; from?: string; to?: string }) => ({ period: kind, ...rest });
let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(() => db?.end());

/** Mora's flows on a day, with `discharges` sent home (the other destinations 0). */
const moraDischarges = (discharges: number) =>
  flowRowBody('2062', {
    admissions: 9,
    dischargesHome: discharges,
    dischargesShortTerm: 0,
    dischargesNursingHome: 0,
    dischargesOther: 0,
  });

describe('GET /api/regions/:region/holidays', () => {
  it('shows each municipality’s discharges on the matching days of earlier years, beside ordinary weekdays', async () => {
    // Easter 2024 ran 28 March – 1 April, Easter 2023 6–10 April; Easter 2025 is the one asked about.
    const easter2024 = { '2024-03-28': 6, '2024-03-29': 1, '2024-03-30': 2, '2024-03-31': 1, '2024-04-01': 2 };
    const easter2023 = { '2023-04-06': 7, '2023-04-07': 3, '2023-04-08': 2, '2023-04-09': 0, '2023-04-10': 1 };
    for (const [date, discharges] of Object.entries({ ...easter2024, ...easter2023 })) {
      expect((await analyst.putFlows('20', date, { rows: [moraDischarges(discharges)] })).status).toBe(200);
    }

    const response = await analyst.holidays('20', { period: 'easter', year: 2025 });
    expect(response.status).toBe(200);
    const view = response.body;
    expect(view.period).toEqual({ kind: 'easter', year: 2025, from: '2025-04-17', to: '2025-04-21' });
    expect(view.days).toEqual([
      { date: '2025-04-17', holiday: null, nonWorking: false },
      { date: '2025-04-18', holiday: 'Långfredagen', nonWorking: true },
      { date: '2025-04-19', holiday: null, nonWorking: true },
      { date: '2025-04-20', holiday: 'Påskdagen', nonWorking: true },
      { date: '2025-04-21', holiday: 'Annandag påsk', nonWorking: true },
    ]);
    expect(view.years.map((year) => year.year)).toEqual([2024, 2023, 2022, 2021, 2020]);
    expect(view.years[0]?.days).toEqual(Object.keys(easter2024));
    expect(view.municipalities.map((m) => m.code)).toHaveLength(15);

    const comparison = view.municipalities.find((m) => m.code === '2062')!.comparison;
    expect(comparison.days.map((day) => day.past.slice(0, 2).map((past) => past.discharges))).toEqual([
      [6, 7],
      [1, 3],
      [2, 2],
      [1, 0],
      [2, 1],
    ]);
    // Mora's ordinary weekdays in the four weeks before each earlier Easter: many days, more discharges.
    expect(comparison.ordinary.days).toBeGreaterThanOrEqual(30);
    expect(comparison.ordinary.median).toBeGreaterThan(comparison.days[3]!.spread.max ?? Infinity);
    expect(comparison.days[3]!.shareOfOrdinary).toBeLessThan(0.5);
  });

  it('opens on the coming jul och nyår, with every municipality’s plan', async () => {
    const view = (await analyst.holidays('20')).body;
    expect(view.period.kind).toBe('christmas');
    expect(view.days).toHaveLength(15);
    expect(view.days.find((day) => day.date.endsWith('-12-24'))).toMatchObject({ holiday: 'Julafton', nonWorking: true });
    // The demo's Falun has declared its staffing for every day already.
    expect(view.municipalities.find((m) => m.code === '2080')?.plan).toHaveLength(15);
  });

  it('takes any dates, at most 92 days, and names what is wrong', async () => {
    const custom = await analyst.holidays('20', { period: 'custom', from: '2025-07-01', to: '2025-07-31' });
    expect(custom.status).toBe(200);
    expect(custom.body.days).toHaveLength(31);
    expect(custom.body.years[0]?.days[0]).toBe('2024-07-01');

    const noEnd = await analyst.holidays('20', { period: 'custom', from: '2025-07-01' });
    expect(noEnd.status).toBe(400);
    expect(noEnd.error?.codes).toEqual({ to: ['validation.customPeriod'] });
    const tooLong = await analyst.holidays('20', { period: 'custom', from: '2025-06-01', to: '2025-09-01' });
    expect(tooLong.error?.codes).toEqual({ to: ['validation.customPeriod'] });
    const unknown = await analyst.holidays('20', { period: 'sportlov' });
    expect(unknown.error?.codes).toEqual({ period: ['validation.holidayPeriod'] });
    expect((await analyst.holidays('20', { year: 1999 })).error?.codes).toEqual({ year: ['validation.year'] });
  });

  it('is the region’s own: another region is refused, an unknown one is not found', async () => {
    expect((await mora.holidays('20')).status).toBe(200);
    expect((await mora.holidays('10')).status).toBe(403);
    expect((await analyst.holidays('99')).status).toBe(404);
  });
});

describe('PUT /api/regions/:region/holiday-plans/:municipality', () => {
  it('stores a municipality’s plan day by day, every version kept, and everyone in the region reads it', async () => {
    const saved = await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [
        { date: '2030-12-24', caseworkers: 1, tryggHemgang: false, phone: '0250-262 00', expectedVersion: 0 },
        { date: '2030-12-27', caseworkers: 2, tryggHemgang: true, phone: '+46 70 174 06 77', expectedVersion: 0 },
        { date: '2030-12-28' }, // nothing decided yet: not stored
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.days).toEqual([
      expect.objectContaining({ date: '2030-12-24', caseworkers: 1, tryggHemgang: false, phone: '0250-262 00', version: 1 }),
      expect.objectContaining({ date: '2030-12-27', phone: '070-174 06 77', version: 1, updatedBy: 'mora' }),
    ]);

    const corrected = await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [{ date: '2030-12-24', caseworkers: 2, tryggHemgang: false, phone: '0250-262 00', expectedVersion: 1 }],
    });
    expect(corrected.body.days[0]).toMatchObject({ caseworkers: 2, version: 2 });
    // An identical resend is no change: no new version.
    const again = await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [{ date: '2030-12-24', caseworkers: 2, tryggHemgang: false, phone: '0250 262 00' }],
    });
    expect(again.body.days[0]?.version).toBe(2);
    const versions = await db.query<{ version: number; caseworkers: number }>(
      `SELECT version, caseworkers FROM holiday_staffing_versions WHERE municipality_code = '2062' AND date = '2030-12-24' ORDER BY version`,
    );
    expect(versions.rows).toEqual([
      { version: 1, caseworkers: 1 },
      { version: 2, caseworkers: 2 },
    ]);

    for (const reader of [analyst, await Api.loggedIn(server, 'falun'), await Api.loggedIn(server, 'chair-dalarna')]) {
      const plan = (await reader.holidays('20', query(christmas2030))).body.municipalities.find((m) => m.code === '2062')?.plan;
      expect(plan?.map((day) => [day.date, day.caseworkers, day.tryggHemgang])).toEqual([
        ['2030-12-24', 2, false],
        ['2030-12-27', 2, true],
      ]);
    }
  });

  it('answers 400 naming the field for a day outside the period, a negative count or a phone number that is not one, and stores nothing', async () => {
    const bad = await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [
        { date: '2030-12-29', caseworkers: 3 },
        { date: '2030-12-30', caseworkers: -1 },
        { date: '2030-12-31', phone: 'ring växeln' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.codes).toEqual({ 'days.1.caseworkers': ['validation.wholeNumber'], 'days.2.phone': ['validation.phone'] });

    const outside = await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [
        { date: '2030-12-29', caseworkers: 3 },
        { date: '2030-12-22', caseworkers: 3 },
      ],
    });
    expect(outside.status).toBe(400);
    expect(outside.error?.codes).toEqual({ 'days.1.date': ['validation.planDayOutsidePeriod'] });
    // A red-day plan takes only the red days.
    const ordinary = await mora.putHolidayPlan('20', '2062', {
      period: { kind: 'redDays', year: 2030 },
      days: [{ date: '2030-03-05', caseworkers: 1 }],
    });
    expect(ordinary.error?.codes).toEqual({ 'days.0.date': ['validation.planDayOutsidePeriod'] });
    const customWithoutEnd = await mora.putHolidayPlan('20', '2062', {
      period: { kind: 'custom', from: '2030-07-01' },
      days: [{ date: '2030-07-01', caseworkers: 1 }],
    });
    expect(customWithoutEnd.error?.codes).toEqual({ 'period.to': ['validation.customPeriod'] });

    const stored = await db.query(
      `SELECT 1 FROM holiday_staffing WHERE municipality_code = '2062' AND date IN ('2030-12-29', '2030-12-22')`,
    );
    expect(stored.rowCount).toBe(0);
  });

  it('is for the municipality’s own members only', async () => {
    const body = { period: christmas2030, days: [{ date: '2030-12-23', caseworkers: 1 }] };
    for (const username of ['falun', 'region-dalarna', 'chair-dalarna', 'admin', 'solvesborg']) {
      const other = await Api.loggedIn(server, username);
      expect((await other.putHolidayPlan('20', '2062', body)).status, username).toBe(403);
    }
    expect((await mora.putHolidayPlan('10', '1080', body)).status).toBe(403);
    expect((await mora.putHolidayPlan('20', '1080', body)).status).toBe(404);
    expect((await mora.putHolidayPlan('20', '20', body)).status).toBe(404);
    const stored = await db.query(`SELECT 1 FROM holiday_staffing WHERE date = '2030-12-23'`);
    expect(stored.rowCount).toBe(0);
  });

  it('two first saves of the same day at once: one 200 and one 409 with the stored day, every round', async () => {
    const colleague = await Api.loggedIn(server, 'mora');
    for (let round = 0; round < 20; round += 1) {
      const date = `2031-07-${String(round + 1).padStart(2, '0')}`;
      const period = { kind: 'custom', from: '2031-07-01', to: '2031-07-31' };
      const [a, b] = await Promise.all([
        mora.putHolidayPlan('20', '2062', { period, days: [{ date, caseworkers: 1, expectedVersion: 0 }] }),
        colleague.putHolidayPlan('20', '2062', { period, days: [{ date, caseworkers: 2, expectedVersion: 0 }] }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [won, lost] = a.status === 200 ? [a, b] : [b, a];
      expect((lost.body as unknown as { current: unknown[] }).current).toEqual([
        expect.objectContaining({ date, version: 1, caseworkers: won.body.days[0]?.caseworkers }),
      ]);
      const versions = await db.query(
        `SELECT version FROM holiday_staffing_versions WHERE municipality_code = '2062' AND date = $1`,
        [date],
      );
      expect(versions.rowCount).toBe(1);
    }
  });

  it('saves of different days at once all land, each day once', async () => {
    const sessions = await Promise.all(Array.from({ length: 6 }, () => Api.loggedIn(server, 'mora')));
    const period = { kind: 'custom', from: '2031-08-01', to: '2031-08-31' };
    const answers = await Promise.all(
      sessions.map((session, index) =>
        session.putHolidayPlan('20', '2062', { period, days: [{ date: `2031-08-0${index + 1}`, caseworkers: index }] }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const plan = (await analyst.holidays('20', query(period))).body.municipalities.find((m) => m.code === '2062')?.plan;
    expect(plan?.map((day) => day.caseworkers)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('GET /api/regions/:region/holidays/plan.xlsx', () => {
  it('gives the region the county’s plan as a workbook: every municipality and day, staffing beside expected discharges', async () => {
    await mora.putHolidayPlan('20', '2062', {
      period: christmas2030,
      days: [{ date: '2030-12-25', caseworkers: 1, tryggHemgang: true, phone: '070-174 06 99' }],
    });
    const response = await analyst.holidayPlanWorkbook('20', query(christmas2030));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lagesbild-20-jul-och-nyar-2030-12-23--2031-01-06.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Helgplanering')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('biståndshandläggare i tjänst');
    expect(header).toContain('förväntade utskrivningar');
    expect(sheet.rowCount).toBe(1 + 15 * 15);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const moraJuldagen = rows.find((row) => row[1] === '2062' && row[3] === '2030-12-25')!;
    expect(moraJuldagen.slice(1, 6)).toEqual(['2062', 'Mora', '2030-12-25', 'onsdag', 'Juldagen']);
    expect(moraJuldagen.slice(11, 14)).toEqual([1, 'öppen', '070-174 06 99']);
  });

  it('is for the region organisation', async () => {
    expect((await mora.holidayPlanWorkbook('20')).status).toBe(403);
    const blekinge = await Api.loggedIn(server, 'region-blekinge');
    expect((await blekinge.holidayPlanWorkbook('20')).status).toBe(403);
    const chair = await Api.loggedIn(server, 'chair-dalarna');
    expect((await chair.holidayPlanWorkbook('20')).status).toBe(200);
  });
});
