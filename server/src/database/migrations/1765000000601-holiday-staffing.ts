import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each municipality's declared staffing for the days of holiday periods (biståndshandläggare on
 * duty, Trygg hemgång open or not, the number to call), with every version kept like figures.
 */
export class HolidayStaffing1765000000601 implements MigrationInterface {
  name = 'HolidayStaffing1765000000601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE holiday_staffing (
        municipality_code text NOT NULL REFERENCES organizations(code),
        date date NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        version integer NOT NULL CHECK (version >= 1),
        caseworkers integer CHECK (caseworkers >= 0),
        trygg_hemgang boolean,
        phone text CHECK (length(phone) <= 40),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        PRIMARY KEY (municipality_code, date)
      );
      -- The holiday view reads a region's period: every municipality's days at once.
      CREATE INDEX holiday_staffing_region_date ON holiday_staffing(region_code, date);

      CREATE TABLE holiday_staffing_versions (
        id bigserial PRIMARY KEY,
        municipality_code text NOT NULL REFERENCES organizations(code),
        date date NOT NULL,
        region_code text NOT NULL,
        version integer NOT NULL,
        caseworkers integer,
        trygg_hemgang boolean,
        phone text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'system')),
        UNIQUE (municipality_code, date, version)
      );
      CREATE TRIGGER holiday_staffing_versions_append_only BEFORE UPDATE OR DELETE ON holiday_staffing_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER holiday_staffing_versions_no_truncate BEFORE TRUNCATE ON holiday_staffing_versions
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE holiday_staffing_versions, holiday_staffing');
  }
}
