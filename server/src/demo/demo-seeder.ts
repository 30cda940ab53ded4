import { Injectable, Logger } from '@nestjs/common';
import { reportingDay, reportingDayTime, totalDischarges, type UnitKind } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { flowTable } from '../flows/flow-row.js';
import { demoPlannedCapacity } from '../forecast/demo-planned-capacity.js';
import { plannedCapacityTable } from '../forecast/planned-capacity-row.js';
import { planTable } from '../holidays/plan-row.js';
import { reportTable } from '../reports/report-row.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoCalendar, demoFlows, demoReports, type DemoUnit } from './demo-history.js';
import { demoHolidayPlans } from './demo-holiday-plans.js';
import { seedDemoNetworks } from './demo-networks.js';
import { seedDemoRequests } from './demo-requests.js';
import { hashSeed } from './seeded-random.js';

/** `at`, but no later than `marginMs` before now: today's demo figures are never saved in the future. */
function earlier(at: Date, marginMs: number): Date {
  return new Date(Math.min(at.getTime(), Date.now() - marginMs));
}

/**
 * Five years of reports in one statement, with `daily_totals` summed once afterwards. Row by row
 * the totals trigger would add each statement's deltas (right for live writes, where two units of
 * an organisation may be saved at once); for a bulk load into an empty table one sum is the same
 * figures at a fraction of the cost. The trigger is disabled only inside this transaction, which
 * holds the table locked until it commits.
 */
async function loadReportsWithTotals(manager: EntityManager, load: () => Promise<void>): Promise<void> {
  await manager.query('ALTER TABLE reports DISABLE TRIGGER reports_daily_totals_on_insert');
  await load();
  await manager.query(`
    INSERT INTO daily_totals (organization_code, unit_kind, date, region_code, units, capacity, occupied, surge_capacity,
                              admissions, discharges, covid_patients, closed_beds)
    SELECT u.organization_code, u.kind, r.date, o.region_code, count(*), sum(r.capacity), sum(r.occupied),
           sum(coalesce(r.surge_capacity, r.capacity)), sum(r.admissions), sum(r.discharges), sum(coalesce(r.covid_patients, 0)),
           sum(coalesce(r.closed_beds, 0))
      FROM reports r JOIN units u ON u.id = r.unit_id JOIN organizations o ON o.code = u.organization_code
     GROUP BY u.organization_code, u.kind, r.date, o.region_code`);
  await manager.query('ALTER TABLE reports ENABLE TRIGGER reports_daily_totals_on_insert');
}

/** Demo accounts, five years of history and some holiday plans, loaded only into an empty database. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(private readonly dataSource: DataSource) {}

  async seedIfEmpty(today: string = reportingDay()): Promise<boolean> {
    const [{ users }] = await this.dataSource.query<[{ users: number }]>('SELECT count(*)::int AS users FROM users');
    const [{ reports }] = await this.dataSource.query<[{ reports: number }]>('SELECT count(*)::int AS reports FROM reports');
    if (users > 0 || reports > 0) return false;
    const started = Date.now();
    await this.dataSource.transaction(async (manager) => {
      // Some 250 000 rows of generated history refer only to the reference data the migrations
      // made: as a superuser (the embedded database, tests) the load skips the foreign-key checks
      // for this transaction, as pg_restore does, which takes about a third off the demo's start.
      const [{ superuser }] = await manager.query<[{ superuser: boolean }]>(
        `SELECT current_setting('is_superuser') = 'on' AS superuser`,
      );
      if (superuser) await manager.query('SET LOCAL session_replication_role = replica');
      const municipalities: { code: string; name: string; region_code: string; population: number }[] = await manager.query(
        `SELECT code, name, region_code, population FROM organizations WHERE kind = 'municipality' ORDER BY code`,
      );
      const accounts = demoAccounts(municipalities);
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await manager.query(
        `INSERT INTO users (username, password_hash, role, organization_code, email)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [
          accounts.map((a) => a.username),
          accounts.map(() => passwordHash),
          accounts.map((a) => a.role),
          accounts.map((a) => a.organizationCode),
          accounts.map((a) => a.email),
        ],
      );
      const reporters = new Map(
        accounts.filter((a) => a.role !== 'admin' && a.role !== 'chair').map((a) => [a.organizationCode, a.username]),
      );

      const units: { id: string; kind: UnitKind; organization_code: string; region_code: string }[] = await manager.query(
        `SELECT u.id, u.kind, u.organization_code, o.region_code FROM units u JOIN organizations o ON o.code = u.organization_code`,
      );
      const demoUnits: DemoUnit[] = units.map((u) => ({
        id: u.id,
        kind: u.kind,
        organizationCode: u.organization_code,
        regionCode: u.region_code,
      }));
      const calendar = demoCalendar(today);
      // Midnight of each day in Stockholm, once per day: a report's time is minutes after it (no
      // clock change falls between 07:30 and 10:30).
      const midnight = new Map(calendar.map((day) => [day.date, reportingDayTime(day.date, 0).getTime()]));
      const at = (date: string, minutes: number) => new Date((midnight.get(date) ?? 0) + minutes * 60_000);
      const reports = demoUnits.flatMap((unit) => demoReports(unit, today, reporters, calendar));
      await loadReportsWithTotals(manager, () =>
        reportTable.load(
          manager,
          // Reports arrive between 07:30 and 10:30; today's never later than now.
          reports.map((report) => ({
            ...report,
            updatedAt: earlier(at(report.date, 450 + (hashSeed(`${report.unitId}${report.date}`) % 180)), 60_000),
          })),
          'system',
        ),
      );

      const flows = municipalities.flatMap((m) =>
        demoFlows({ code: m.code, regionCode: m.region_code, population: m.population }, today, calendar),
      );
      const analysts = new Map([
        ['20', 'region-dalarna'],
        ['10', 'region-blekinge'],
      ]);
      await flowTable.load(
        manager,
        flows.map((flow) => ({
          ...flow,
          discharges: totalDischarges(flow),
          updatedAt: earlier(at(flow.date, 9 * 60 + 15), 0),
          updatedBy: analysts.get(flow.regionCode) ?? 'demo',
        })),
        'system',
      );

      const plans = demoHolidayPlans(municipalities, today, reporters);
      await planTable.load(manager, plans, 'system');
      const requests = await seedDemoRequests(manager, today);
      const networks = await seedDemoNetworks(manager, today);
      await plannedCapacityTable.load(manager, demoPlannedCapacity(today), 'system');
      this.logger.log(
        `demo data loaded: ${accounts.length} accounts, ${reports.length} reports, ${flows.length} flow rows, ` +
          `${plans.length} holiday plan days, ${requests} requests, ${networks} networks in ${Date.now() - started} ms`,
      );
    });
    return true;
  }
}
