import type { MigrationInterface, QueryRunner } from 'typeorm';

// The figures daily_totals sums per organisation, unit kind and day: (column, how a report adds to it).
const BEFORE: [string, string][] = [
  ['capacity', 'c.capacity'],
  ['occupied', 'c.occupied'],
  ['surge_capacity', 'coalesce(c.surge_capacity, c.capacity)'],
  ['admissions', 'c.admissions'],
  ['discharges', 'c.discharges'],
  ['covid_patients', 'coalesce(c.covid_patients, 0)'],
];
const AFTER: [string, string][] = [...BEFORE, ['closed_beds', 'coalesce(c.closed_beds, 0)']];

/**
 * The three delta triggers of 1764000000100-daily-totals-deltas.ts over a given set of figures:
 * each statement adds its reports' differences (new minus old) to its groups' rows.
 */
function triggerFunctions(figures: [string, string][]): string {
  const columns = figures.map(([column]) => column);
  const reportColumns = [
    'unit_id',
    'date',
    ...new Set(figures.flatMap(([, sum]) => [...sum.matchAll(/c\.(\w+)/g)].map((m) => m[1]!))),
  ];
  const applyDeltas = (changes: string) => `
    INSERT INTO daily_totals AS t (organization_code, unit_kind, date, region_code, units, ${columns.join(', ')})
    SELECT u.organization_code, u.kind, c.date, o.region_code, sum(c.sign), ${figures.map(([, sum]) => `sum(c.sign * ${sum})`).join(', ')}
      FROM (${changes}) c
      JOIN units u ON u.id = c.unit_id
      JOIN organizations o ON o.code = u.organization_code
     GROUP BY u.organization_code, u.kind, c.date, o.region_code
     ORDER BY u.organization_code, u.kind, c.date
    ON CONFLICT (organization_code, unit_kind, date) DO UPDATE SET
      units = t.units + EXCLUDED.units, ${columns.map((column) => `${column} = t.${column} + EXCLUDED.${column}`).join(', ')};`;
  const list = reportColumns.join(', ');
  return `
    CREATE OR REPLACE FUNCTION daily_totals_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${applyDeltas(`SELECT 1 AS sign, ${list} FROM new_reports`)}
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION daily_totals_add_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${applyDeltas(`SELECT 1 AS sign, ${list} FROM new_reports UNION ALL SELECT -1, ${list} FROM old_reports`)}
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION daily_totals_add_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${applyDeltas(`SELECT -1 AS sign, ${list} FROM old_reports`)}
      DELETE FROM daily_totals t USING (SELECT DISTINCT u.organization_code, u.kind, d.date
                                          FROM old_reports d JOIN units u ON u.id = d.unit_id) g
       WHERE t.organization_code = g.organization_code AND t.unit_kind = g.kind AND t.date = g.date AND t.units = 0;
      RETURN NULL;
    END $$;
    DROP INDEX daily_totals_history;
    CREATE INDEX daily_totals_history ON daily_totals(region_code, organization_code, unit_kind, date)
      INCLUDE (units, ${columns.join(', ')});`;
}

/**
 * Hospital reports gain "stängda vårdplatser": beds a ward has but cannot staff. Optional in both
 * tables (old days read null, "not reported"); summed into daily_totals so history draws its trend.
 * Every stored report has no closed beds yet, so the new total column is exact at 0 for every
 * existing row: no correction pass is needed, and the migration is quick on a large database.
 */
export class ClosedBeds1765000000400 implements MigrationInterface {
  name = 'ClosedBeds1765000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      SET LOCAL statement_timeout = 0;
      ALTER TABLE reports ADD COLUMN closed_beds integer CHECK (closed_beds >= 0);
      ALTER TABLE report_versions ADD COLUMN closed_beds integer;
      ALTER TABLE daily_totals ADD COLUMN closed_beds integer NOT NULL DEFAULT 0;
      ${triggerFunctions(AFTER)}
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ${triggerFunctions(BEFORE)}
      ALTER TABLE daily_totals DROP COLUMN closed_beds;
      ALTER TABLE report_versions DROP COLUMN closed_beds;
      ALTER TABLE reports DROP COLUMN closed_beds;
    `);
  }
}
