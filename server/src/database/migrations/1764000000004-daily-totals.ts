import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DailyTotals1764000000004 implements MigrationInterface {
  name = 'DailyTotals1764000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Each organisation's figures per unit kind and day, kept by the database itself: history is
      -- then read from one row per organisation, kind and day instead of aggregating every unit's
      -- reports on each request (a year of the largest region is ~55 000 reports).
      CREATE TABLE daily_totals (
        organization_code text NOT NULL REFERENCES organizations(code),
        unit_kind text NOT NULL,
        date date NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        units integer NOT NULL,
        capacity integer NOT NULL,
        occupied integer NOT NULL,
        surge_capacity integer NOT NULL,
        admissions integer NOT NULL,
        discharges integer NOT NULL,
        covid_patients integer NOT NULL,
        PRIMARY KEY (organization_code, unit_kind, date)
      );
      -- History reads a region's period in series order straight from this index, without a sort
      -- and without visiting the table.
      CREATE INDEX daily_totals_history ON daily_totals(region_code, organization_code, unit_kind, date)
        INCLUDE (units, capacity, occupied, surge_capacity, admissions, discharges, covid_patients);
      CREATE INDEX flows_history ON flows(region_code, municipality_code, date)
        INCLUDE (inpatients, admissions, discharges, discharges_home, discharges_short_term, discharges_nursing_home,
                 discharges_other, ready_for_discharge);

      CREATE FUNCTION refresh_daily_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO daily_totals AS t (organization_code, unit_kind, date, region_code, units, capacity, occupied,
                                       surge_capacity, admissions, discharges, covid_patients)
        SELECT u.organization_code, u.kind, r.date, o.region_code, count(*), sum(r.capacity), sum(r.occupied),
               sum(coalesce(r.surge_capacity, r.capacity)), sum(r.admissions), sum(r.discharges),
               sum(coalesce(r.covid_patients, 0))
          FROM (SELECT DISTINCT u2.organization_code, u2.kind, n.date FROM changed_reports n JOIN units u2 ON u2.id = n.unit_id) g
          JOIN units u ON u.organization_code = g.organization_code AND u.kind = g.kind
          JOIN reports r ON r.unit_id = u.id AND r.date = g.date
          JOIN organizations o ON o.code = u.organization_code
         GROUP BY u.organization_code, u.kind, r.date, o.region_code
        ON CONFLICT (organization_code, unit_kind, date) DO UPDATE SET
          units = EXCLUDED.units, capacity = EXCLUDED.capacity, occupied = EXCLUDED.occupied,
          surge_capacity = EXCLUDED.surge_capacity, admissions = EXCLUDED.admissions,
          discharges = EXCLUDED.discharges, covid_patients = EXCLUDED.covid_patients;
        RETURN NULL;
      END $$;
      CREATE TRIGGER reports_daily_totals_on_insert AFTER INSERT ON reports
        REFERENCING NEW TABLE AS changed_reports FOR EACH STATEMENT EXECUTE FUNCTION refresh_daily_totals();
      CREATE TRIGGER reports_daily_totals_on_update AFTER UPDATE ON reports
        REFERENCING NEW TABLE AS changed_reports FOR EACH STATEMENT EXECUTE FUNCTION refresh_daily_totals();

      INSERT INTO daily_totals (organization_code, unit_kind, date, region_code, units, capacity, occupied,
                                surge_capacity, admissions, discharges, covid_patients)
      SELECT u.organization_code, u.kind, r.date, o.region_code, count(*), sum(r.capacity), sum(r.occupied),
             sum(coalesce(r.surge_capacity, r.capacity)), sum(r.admissions), sum(r.discharges), sum(coalesce(r.covid_patients, 0))
        FROM reports r JOIN units u ON u.id = r.unit_id JOIN organizations o ON o.code = u.organization_code
       GROUP BY u.organization_code, u.kind, r.date, o.region_code;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER reports_daily_totals_on_update ON reports;
      DROP TRIGGER reports_daily_totals_on_insert ON reports;
      DROP FUNCTION refresh_daily_totals();
      DROP INDEX flows_history;
      DROP TABLE daily_totals;
    `);
  }
}
