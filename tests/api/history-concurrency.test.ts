import { databaseOptions } from '@lagesbild/server/database/database-options.js';
import { DailyTotalsDeltas1764000000100 } from '@lagesbild/server/database/migrations/1764000000100-daily-totals-deltas.js';
import { ClosedBeds1765000000400 } from '@lagesbild/server/database/migrations/1765000000400-closed-beds.js';
import type { History, HistoryPoint, Situation } from '@lagesbild/shared';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

// The history's daily totals are kept by the database as reports are written. Units of one
// organisation and kind saved at the same moment (the entry form saves them all with one button)
// must never leave the history disagreeing with the situation.

const ROUNDS = 24;

let server: RunningServer;
let analyst: Api;
let borlange: Api;
beforeAll(async () => {
  server = await startServer();
  [analyst, borlange] = await Promise.all([
    Api.loggedIn(server.baseUrl, 'region-dalarna'),
    Api.loggedIn(server.baseUrl, 'borlange'),
  ]);
});
afterAll(async () => {
  await server.stop();
});

type Totals = Omit<HistoryPoint, 'date'>;

/** What the situation shows for an organisation's units of one kind that reported on its day. */
function situationTotals(situation: Situation, organizationCode: string, kind: string): Totals {
  const reports = (situation.organizations.find((o) => o.code === organizationCode)?.units ?? [])
    .filter((unit) => unit.kind === kind)
    .flatMap((unit) => (unit.report ? [unit.report] : []));
  const sum = (value: (report: (typeof reports)[number]) => number) => reports.reduce((total, r) => total + value(r), 0);
  return {
    units: reports.length,
    capacity: sum((r) => r.capacity),
    occupied: sum((r) => r.occupied),
    surgeCapacity: sum((r) => r.surgeCapacity ?? r.capacity),
    admissions: sum((r) => r.admissions),
    discharges: sum((r) => r.discharges),
    covidPatients: sum((r) => r.covidPatients ?? 0),
    closedBeds: sum((r) => r.closedBeds ?? 0),
  };
}

/** The history's totals for the same organisation, kind and (single) day. */
function historyTotals(history: History, organizationCode: string, kind: string): Totals | undefined {
  const series = history.series.find((s) => s.organizationCode === organizationCode && s.unitKind === kind);
  if (!series) return undefined;
  return {
    units: series.units[0] ?? 0,
    capacity: series.capacity[0] ?? 0,
    occupied: series.occupied[0] ?? 0,
    surgeCapacity: series.surgeCapacity[0] ?? 0,
    admissions: series.admissions[0] ?? 0,
    discharges: series.discharges[0] ?? 0,
    covidPatients: series.covidPatients[0] ?? 0,
    closedBeds: series.closedBeds[0] ?? 0,
  };
}

describe('history totals under parallel writes', () => {
  it('every round, the four Dalarna hospitals and Borlänge’s two units saved at once leave history equal to the situation', async () => {
    const situation = (await analyst.situation('20')).body;
    const unitsOf = (code: string, kind: string) =>
      situation.organizations.find((o) => o.code === code)?.units.filter((u) => u.kind === kind) ?? [];
    const hospitals = unitsOf('20', 'hospital');
    const borlangeUnits = unitsOf('2081', 'short_term');
    expect(hospitals).toHaveLength(4);
    expect(borlangeUnits).toHaveLength(2);

    const mismatches: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const responses = await Promise.all([
        ...hospitals.map((unit, index) =>
          analyst.putReport(
            unit.id,
            today(),
            reportBody({
              capacity: 150 + index * 10,
              occupied: 120 + round + index * 7,
              surgeCapacity: round % 2 === 0 ? null : 200 + index,
              admissions: round + index,
              discharges: 0,
              covidPatients: (round + index) % 5,
              closedBeds: (round * 3 + index) % 7,
            }),
          ),
        ),
        ...borlangeUnits.map((unit, index) =>
          borlange.putReport(
            unit.id,
            today(),
            reportBody({ capacity: 20 + index, occupied: 10 + round + index, surgeCapacity: null }),
          ),
        ),
      ]);
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));

      const [afterSituation, history] = await Promise.all([analyst.situation('20'), analyst.history('20', today(), today())]);
      for (const [code, kind] of [
        ['20', 'hospital'],
        ['2081', 'short_term'],
      ] as const) {
        const shown = situationTotals(afterSituation.body, code, kind);
        const kept = historyTotals(history.body, code, kind);
        if (JSON.stringify(kept) !== JSON.stringify(shown)) {
          mismatches.push(`round ${round}, ${code} ${kind}: history ${JSON.stringify(kept)}, situation ${JSON.stringify(shown)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('a delete takes a report out of its day’s totals; the last one gone, the day has none', async () => {
    const day = daysAgo(3);
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      const before = (await analyst.situation('20', day)).body;
      const kvarnsveden = before.organizations
        .find((o) => o.code === '2081')
        ?.units.find((u) => u.id === '2081-kvarnsveden')?.report;
      expect(kvarnsveden).toBeTruthy();
      await db.query(`DELETE FROM reports WHERE unit_id = '2081-angen' AND date = $1`, [day]);
      const history = (await analyst.history('20', day, day)).body;
      expect(historyTotals(history, '2081', 'short_term')).toEqual(
        situationTotals((await analyst.situation('20', day)).body, '2081', 'short_term'),
      );
      expect(historyTotals(history, '2081', 'short_term')).toMatchObject({ units: 1, capacity: kvarnsveden?.capacity });
      await db.query(`DELETE FROM reports WHERE unit_id = '2081-kvarnsveden' AND date = $1`, [day]);
      expect(historyTotals((await analyst.history('20', day, day)).body, '2081', 'short_term')).toBeUndefined();
    } finally {
      await db.end();
    }
  });

  it('upgrading from the first trigger corrects the totals it left wrong', async () => {
    const dataSource = new DataSource(databaseOptions(server.databaseUrl!));
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      const migration = new DailyTotalsDeltas1764000000100();
      // The migrations after it come off first and go back on after, as on a database upgraded from then.
      const later = [new ClosedBeds1765000000400()];
      await runner.startTransaction();
      for (const laterMigration of later) await laterMigration.down(runner);
      await migration.down(runner);
      // What the first trigger could leave: a day's total off, and a total for a day with no reports.
      await runner.query(
        `UPDATE daily_totals SET capacity = capacity + 7, units = units + 1 WHERE organization_code = '20' AND date = $1`,
        [daysAgo(4)],
      );
      await runner.query(
        `INSERT INTO daily_totals (organization_code, unit_kind, date, region_code, units, capacity, occupied, surge_capacity,
                                   admissions, discharges, covid_patients)
         VALUES ('2080', 'palliative', $1, '20', 1, 5, 5, 5, 0, 0, 0)`,
        [daysAgo(4)],
      );
      await migration.up(runner);
      for (const laterMigration of later.reverse()) await laterMigration.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      await dataSource.destroy();
    }
    const [situation, history] = await Promise.all([
      analyst.situation('20', daysAgo(4)),
      analyst.history('20', daysAgo(4), daysAgo(4)),
    ]);
    for (const organization of situation.body.organizations) {
      for (const kind of new Set(organization.units.map((unit) => unit.kind))) {
        const shown = situationTotals(situation.body, organization.code, kind);
        expect(historyTotals(history.body, organization.code, kind) ?? 'no totals').toEqual(
          shown.units > 0 ? shown : 'no totals',
        );
      }
    }
    expect(historyTotals(history.body, '2080', 'palliative')).toBeUndefined();
  });
});
