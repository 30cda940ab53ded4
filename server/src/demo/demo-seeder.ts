import { Injectable, Logger } from '@nestjs/common';
import { reportingDay, reportingDayTime, totalDischarges, type UnitKind } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { flowTable } from '../flows/flow-row.js';
import { reportTable } from '../reports/report-row.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoFlows, demoReports, type DemoUnit } from './demo-history.js';
import { seedDemoRequests } from './demo-requests.js';
import { hashSeed } from './seeded-random.js';

const CHUNK = 2000;

/** `at`, but no later than `marginMs` before now: today's demo figures are never saved in the future. */
function earlier(at: Date, marginMs: number): Date {
  return new Date(Math.min(at.getTime(), Date.now() - marginMs));
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) result.push(items.slice(index, index + CHUNK));
  return result;
}

/** Demo accounts and 180 days of history, loaded only into an empty database. */
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
      const reports = demoUnits.flatMap((unit) => demoReports(unit, today, reporters));
      for (const chunk of chunks(reports)) {
        await reportTable.load(
          manager,
          // Reports arrive between 07:30 and 10:30; today's never later than now.
          chunk.map((report) => ({
            ...report,
            updatedAt: earlier(reportingDayTime(report.date, 450 + (hashSeed(`${report.unitId}${report.date}`) % 180)), 60_000),
          })),
          'system',
        );
      }

      const flows = municipalities.flatMap((m) =>
        demoFlows({ code: m.code, regionCode: m.region_code, population: m.population }, today),
      );
      const analysts = new Map([
        ['20', 'region-dalarna'],
        ['10', 'region-blekinge'],
      ]);
      for (const chunk of chunks(flows)) {
        await flowTable.load(
          manager,
          chunk.map((flow) => ({
            ...flow,
            discharges: totalDischarges(flow),
            updatedAt: earlier(reportingDayTime(flow.date, 9 * 60 + 15), 0),
            updatedBy: analysts.get(flow.regionCode) ?? 'demo',
          })),
          'system',
        );
      }
      const requests = await seedDemoRequests(manager, today);
      this.logger.log(
        `demo data loaded: ${accounts.length} accounts, ${reports.length} reports, ${flows.length} flow rows, ${requests} requests in ${Date.now() - started} ms`,
      );
    });
    return true;
  }
}
