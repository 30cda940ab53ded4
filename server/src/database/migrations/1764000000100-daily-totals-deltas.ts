import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DailyTotals1764000000004 } from './1764000000004-daily-totals.js';

// What each changed report adds to its group: sign 1 for a report as it now is, -1 for a report
// as it was. `changes` is a query over the trigger's transition tables.
const applyDeltas = (changes: string) => `
  INSERT INTO daily_totals AS t (organization_code, unit_kind, date, region_code, units, capacity, occupied,
                                 surge_capacity, admissions, discharges, covid_patients)
  SELECT u.organization_code, u.kind, c.date, o.region_code, sum(c.sign), sum(c.sign * c.capacity),
         sum(c.sign * c.occupied), sum(c.sign * coalesce(c.surge_capacity, c.capacity)), sum(c.sign * c.admissions),
         sum(c.sign * c.discharges), sum(c.sign * coalesce(c.covid_patients, 0))
    FROM (${changes}) c
    JOIN units u ON u.id = c.unit_id
    JOIN organizations o ON o.code = u.organization_code
   GROUP BY u.organization_code, u.kind, c.date, o.region_code
   -- Several groups in one statement (a bulk load) are locked in one order, so two never deadlock.
   ORDER BY u.organization_code, u.kind, c.date
  ON CONFLICT (organization_code, unit_kind, date) DO UPDATE SET
    units = t.units + EXCLUDED.units, capacity = t.capacity + EXCLUDED.capacity,
    occupied = t.occupied + EXCLUDED.occupied, surge_capacity = t.surge_capacity + EXCLUDED.surge_capacity,
    admissions = t.admissions + EXCLUDED.admissions, discharges = t.discharges + EXCLUDED.discharges,
    covid_patients = t.covid_patients + EXCLUDED.covid_patients;`;

const FIGURES = 'unit_id, date, capacity, occupied, surge_capacity, admissions, discharges, covid_patients';

// The exact totals, from every report there is.
const EXACT_TOTALS = `
  SELECT u.organization_code, u.kind AS unit_kind, r.date, o.region_code, count(*)::int AS units,
         sum(r.capacity)::int AS capacity, sum(r.occupied)::int AS occupied,
         sum(coalesce(r.surge_capacity, r.capacity))::int AS surge_capacity, sum(r.admissions)::int AS admissions,
         sum(r.discharges)::int AS discharges, sum(coalesce(r.covid_patients, 0))::int AS covid_patients
    FROM reports r JOIN units u ON u.id = r.unit_id JOIN organizations o ON o.code = u.organization_code
   GROUP BY u.organization_code, u.kind, r.date, o.region_code`;

/**
 * `daily_totals` exact under any interleaving of writes.
 *
 * The first trigger recomputed a group's sum from what its own transaction could see: two units of
 * one organisation and kind saved at once each missed the other's uncommitted report, and the later
 * upsert won (history then disagreed with the situation until the group was written again).
 *
 * Now each statement adds its reports' differences (new minus old) to the group's row with
 * INSERT … ON CONFLICT DO UPDATE SET x = t.x + delta. Under READ COMMITTED that update waits for a
 * concurrent writer of the same row and then applies to the row's latest committed version, so every
 * delta is counted exactly once, whatever the order; and the old values come from the report row the
 * writer itself has locked. A rolled-back write rolls back its delta with it.
 */
export class DailyTotalsDeltas1764000000100 implements MigrationInterface {
  name = 'DailyTotalsDeltas1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- A large database takes a while to check, and no report may be written meanwhile.
      SET LOCAL statement_timeout = 0;
      LOCK TABLE reports IN SHARE MODE;

      DROP TRIGGER reports_daily_totals_on_update ON reports;
      DROP TRIGGER reports_daily_totals_on_insert ON reports;
      DROP FUNCTION refresh_daily_totals();

      CREATE FUNCTION daily_totals_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyDeltas(`SELECT 1 AS sign, ${FIGURES} FROM new_reports`)}
        RETURN NULL;
      END $$;
      CREATE FUNCTION daily_totals_add_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyDeltas(`SELECT 1 AS sign, ${FIGURES} FROM new_reports UNION ALL SELECT -1, ${FIGURES} FROM old_reports`)}
        RETURN NULL;
      END $$;
      CREATE FUNCTION daily_totals_add_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyDeltas(`SELECT -1 AS sign, ${FIGURES} FROM old_reports`)}
        -- A day whose last report of the group is gone has no totals, as if never reported.
        DELETE FROM daily_totals t USING (SELECT DISTINCT u.organization_code, u.kind, d.date
                                            FROM old_reports d JOIN units u ON u.id = d.unit_id) g
         WHERE t.organization_code = g.organization_code AND t.unit_kind = g.kind AND t.date = g.date AND t.units = 0;
        RETURN NULL;
      END $$;
      CREATE TRIGGER reports_daily_totals_on_insert AFTER INSERT ON reports
        REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION daily_totals_add_inserted();
      CREATE TRIGGER reports_daily_totals_on_update AFTER UPDATE ON reports
        REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION daily_totals_add_updated();
      CREATE TRIGGER reports_daily_totals_on_delete AFTER DELETE ON reports
        REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION daily_totals_add_deleted();

      -- Rows the old trigger left wrong are corrected once, here. Only rows that differ are written
      -- (an upsert of every row would lock, and so rewrite, the whole table).
      INSERT INTO daily_totals AS t (organization_code, unit_kind, date, region_code, units, capacity, occupied,
                                     surge_capacity, admissions, discharges, covid_patients)
      SELECT e.* FROM (${EXACT_TOTALS}) e
        LEFT JOIN daily_totals d
          ON d.organization_code = e.organization_code AND d.unit_kind = e.unit_kind AND d.date = e.date
       WHERE (d.units, d.capacity, d.occupied, d.surge_capacity, d.admissions, d.discharges, d.covid_patients)
             IS DISTINCT FROM (e.units, e.capacity, e.occupied, e.surge_capacity, e.admissions, e.discharges, e.covid_patients)
      ON CONFLICT (organization_code, unit_kind, date) DO UPDATE SET
        units = EXCLUDED.units, capacity = EXCLUDED.capacity, occupied = EXCLUDED.occupied,
        surge_capacity = EXCLUDED.surge_capacity, admissions = EXCLUDED.admissions,
        discharges = EXCLUDED.discharges, covid_patients = EXCLUDED.covid_patients;
      DELETE FROM daily_totals t
       WHERE NOT EXISTS (SELECT 1 FROM reports r JOIN units u ON u.id = r.unit_id
                          WHERE u.organization_code = t.organization_code AND u.kind = t.unit_kind AND r.date = t.date);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER reports_daily_totals_on_delete ON reports;
      DROP TRIGGER reports_daily_totals_on_update ON reports;
      DROP TRIGGER reports_daily_totals_on_insert ON reports;
      DROP FUNCTION daily_totals_add_deleted();
      DROP FUNCTION daily_totals_add_updated();
      DROP FUNCTION daily_totals_add_inserted();
      DROP INDEX flows_history;
      DROP TABLE daily_totals;
    `);
    // Back to the first trigger, with the table rebuilt from the reports as that migration built it.
    await new DailyTotals1764000000004().up(queryRunner);
  }
}
