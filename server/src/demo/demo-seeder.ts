import { Injectable, Logger } from '@nestjs/common';
import { reportingDay, type UnitKind } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoFlows, demoReports, type DemoReport, type DemoUnit } from './demo-history.js';
import { hashSeed } from './seeded-random.js';

const CHUNK = 2000;

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
        `INSERT INTO users (username, password_hash, role, organization_code)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
        [
          accounts.map((a) => a.username),
          accounts.map(() => passwordHash),
          accounts.map((a) => a.role),
          accounts.map((a) => a.organizationCode),
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
      for (const chunk of chunks(reports)) await this.insertReports(manager.query.bind(manager), chunk);

      const flows = municipalities.flatMap((m) =>
        demoFlows({ code: m.code, regionCode: m.region_code, population: m.population }, today),
      );
      const analysts = new Map([
        ['20', 'region-dalarna'],
        ['10', 'region-blekinge'],
      ]);
      for (const chunk of chunks(flows)) {
        const columns = [
          chunk.map((f) => f.municipalityCode),
          chunk.map((f) => f.date),
          chunk.map((f) => f.regionCode),
          chunk.map((f) => f.inpatients),
          chunk.map((f) => f.admissions),
          chunk.map((f) => f.dischargesHome + f.dischargesShortTerm + f.dischargesNursingHome + f.dischargesOther),
          chunk.map((f) => f.dischargesHome),
          chunk.map((f) => f.dischargesShortTerm),
          chunk.map((f) => f.dischargesNursingHome),
          chunk.map((f) => f.dischargesOther),
          chunk.map((f) => f.readyForDischarge),
          chunk.map((f) => analysts.get(f.regionCode) ?? 'demo'),
        ];
        const select = `SELECT m, d::date, r, 1, a, b, c, e, f, g, h, i,
                               least(now(), (d::date + time '09:15') AT TIME ZONE 'Europe/Stockholm'), u
                          FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[],
                                      $8::int[], $9::int[], $10::int[], $11::int[], $12::text[])
                            AS t(m, d, r, a, b, c, e, f, g, h, i, u)`;
        await manager.query(
          `INSERT INTO flows (municipality_code, date, region_code, version, inpatients, admissions, discharges, discharges_home,
                              discharges_short_term, discharges_nursing_home, discharges_other, ready_for_discharge,
                              updated_at, updated_by) ${select}`,
          columns,
        );
        await manager.query(
          `INSERT INTO flow_versions (municipality_code, date, region_code, version, inpatients, admissions, discharges,
                                      discharges_home, discharges_short_term, discharges_nursing_home, discharges_other,
                                      ready_for_discharge, created_at, created_by, via)
           SELECT *, 'system' FROM (${select}) AS rows`,
          columns,
        );
      }
      this.logger.log(
        `demo data loaded: ${accounts.length} accounts, ${reports.length} reports, ${flows.length} flow rows in ${Date.now() - started} ms`,
      );
    });
    return true;
  }

  private async insertReports(
    query: (sql: string, parameters: unknown[]) => Promise<unknown>,
    chunk: DemoReport[],
  ): Promise<void> {
    const columns = [
      chunk.map((r) => r.unitId),
      chunk.map((r) => r.date),
      chunk.map((r) => r.capacity),
      chunk.map((r) => r.occupied),
      chunk.map((r) => r.surgeCapacity),
      chunk.map((r) => r.admissions),
      chunk.map((r) => r.discharges),
      chunk.map((r) => (r.dischargesByDestination ? JSON.stringify(r.dischargesByDestination) : null)),
      chunk.map((r) => r.staffing),
      chunk.map((r) => r.sickLeavePct),
      chunk.map((r) => r.covidPatients),
      chunk.map((r) => r.comment),
      // Reports arrive between 07:30 and 10:30; today's never later than now.
      chunk.map((r) => 450 + (hashSeed(`${r.unitId}${r.date}`) % 180)),
      chunk.map((r) => r.updatedBy),
    ];
    const select = `SELECT unit_id, day::date, 1, capacity, occupied, surge, admissions, discharges, destinations::jsonb, staffing,
                           sick, covid, comment,
                           least(now() - interval '1 minute', (day::date + make_interval(mins => minutes)) AT TIME ZONE 'Europe/Stockholm'),
                           updated_by
                      FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[],
                                  $9::text[], $10::numeric[], $11::int[], $12::text[], $13::int[], $14::text[])
                        AS t(unit_id, day, capacity, occupied, surge, admissions, discharges, destinations, staffing, sick,
                             covid, comment, minutes, updated_by)`;
    await query(
      `INSERT INTO reports (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
                            discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment, updated_at, updated_by)
       ${select}`,
      columns,
    );
    await query(
      `INSERT INTO report_versions (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
                                    discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment,
                                    created_at, created_by, via)
       SELECT *, 'system' FROM (${select}) AS rows`,
      columns,
    );
  }
}
