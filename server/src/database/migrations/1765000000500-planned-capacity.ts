import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlannedCapacity1765000000500 implements MigrationInterface {
  name = 'PlannedCapacity1765000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A municipality's dated changes to a short-term unit's places ("10 nya korttidsplatser fr.o.m.
    // 1 juni"), one per unit and first day, versioned like reports: the current version, and every
    // version with who and when. A withdrawn change is a version too, so the forecast made as of an
    // earlier day can still be made with the changes known then.
    await queryRunner.query(`
      CREATE TABLE planned_capacity (
        unit_id text NOT NULL REFERENCES units(id),
        date date NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        version integer NOT NULL CHECK (version >= 1),
        mode text NOT NULL CHECK (mode IN ('add', 'set')),
        places integer NOT NULL CHECK (places >= 0),
        note text,
        withdrawn boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        PRIMARY KEY (unit_id, date)
      );
      CREATE INDEX planned_capacity_region ON planned_capacity(region_code, date);

      CREATE TABLE planned_capacity_versions (
        id bigserial PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        date date NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        version integer NOT NULL,
        mode text NOT NULL,
        places integer NOT NULL,
        note text,
        withdrawn boolean NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'system')),
        UNIQUE (unit_id, date, version)
      );
      -- The forecast as of a day reads the versions saved up to its end.
      CREATE INDEX planned_capacity_versions_region ON planned_capacity_versions(region_code, created_at);
      CREATE TRIGGER planned_capacity_versions_append_only BEFORE UPDATE OR DELETE ON planned_capacity_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER planned_capacity_versions_no_truncate BEFORE TRUNCATE ON planned_capacity_versions
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE planned_capacity_versions, planned_capacity');
  }
}
