import type { MigrationInterface, QueryRunner } from 'typeorm';

const FLOW_FIGURES = `inpatients, admissions, discharges, discharges_home, discharges_short_term, discharges_nursing_home,
                 discharges_other, ready_for_discharge`;

/**
 * Flows gain readmissions within 30 days (återinskrivningar inom 30 dagar), an optional figure: the
 * days before it read null. Readmissions are admissions too, so never more than them. History's
 * covering index takes the new column, so five years of flows are still read from the index alone.
 */
export class Readmissions1765000000600 implements MigrationInterface {
  name = 'Readmissions1765000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Rebuilding the index reads every flow row: on a large database that takes a while.
      SET LOCAL statement_timeout = 0;
      ALTER TABLE flows ADD COLUMN readmissions integer CHECK (readmissions >= 0),
        ADD CONSTRAINT flows_readmissions_within_admissions CHECK (readmissions <= admissions);
      ALTER TABLE flow_versions ADD COLUMN readmissions integer;
      DROP INDEX flows_history;
      CREATE INDEX flows_history ON flows(region_code, municipality_code, date)
        INCLUDE (${FLOW_FIGURES}, readmissions);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      SET LOCAL statement_timeout = 0;
      DROP INDEX flows_history;
      CREATE INDEX flows_history ON flows(region_code, municipality_code, date) INCLUDE (${FLOW_FIGURES});
      ALTER TABLE flow_versions DROP COLUMN readmissions;
      ALTER TABLE flows DROP COLUMN readmissions;
    `);
  }
}
