import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `'normal', 'reinforced', 'staff', 'disaster'`;

/**
 * Declared levels (current row and every version, append-only), the region's deadlines and
 * triggers, the suggestions the triggers made, the confirmations of unchanged figures that count
 * for a later deadline, and the log of reminders sent.
 */
export class Escalation1765000000401 implements MigrationInterface {
  name = 'Escalation1765000000401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE escalation_levels (
        organization_code text PRIMARY KEY REFERENCES organizations(code),
        region_code text NOT NULL REFERENCES regions(code),
        level text NOT NULL CHECK (level IN (${LEVELS})),
        reason text,
        measures text[] NOT NULL DEFAULT '{}',
        other_measures text,
        since timestamptz NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      );
      CREATE INDEX escalation_levels_region ON escalation_levels(region_code);

      CREATE TABLE escalation_level_versions (
        id bigserial PRIMARY KEY,
        organization_code text NOT NULL REFERENCES organizations(code),
        region_code text NOT NULL,
        level text NOT NULL,
        reason text,
        measures text[] NOT NULL,
        other_measures text,
        since timestamptz NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'system')),
        UNIQUE (organization_code, version)
      );
      CREATE INDEX escalation_level_versions_region ON escalation_level_versions(region_code, created_at DESC);
      CREATE TRIGGER escalation_level_versions_append_only BEFORE UPDATE OR DELETE ON escalation_level_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

      CREATE TABLE escalation_settings (
        region_code text PRIMARY KEY REFERENCES regions(code),
        settings jsonb NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      );

      CREATE TABLE escalation_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES regions(code),
        level text NOT NULL CHECK (level IN ('reinforced', 'staff')),
        reporting_day date NOT NULL,
        fired jsonb NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed', 'superseded')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by text,
        note text
      );
      -- At most one suggestion waits for the chair at a time.
      CREATE UNIQUE INDEX escalation_suggestions_one_open ON escalation_suggestions(region_code) WHERE status = 'open';
      CREATE INDEX escalation_suggestions_region ON escalation_suggestions(region_code, created_at DESC);

      -- An identical resubmission stores no version; it still counts for a deadline later that day.
      CREATE TABLE report_confirmations (
        unit_id text NOT NULL REFERENCES units(id),
        date date NOT NULL,
        confirmed_at timestamptz NOT NULL,
        PRIMARY KEY (unit_id, date)
      );

      -- Every reminder and digest, one row per person and deadline: the row is what makes a retried
      -- job send nothing twice.
      CREATE TABLE reminder_log (
        id bigserial PRIMARY KEY,
        region_code text NOT NULL REFERENCES regions(code),
        kind text NOT NULL CHECK (kind IN ('reminder', 'digest')),
        reporting_day date NOT NULL,
        deadline text NOT NULL,
        username text NOT NULL,
        organizations text[] NOT NULL,
        round smallint NOT NULL DEFAULT 1,
        mail text NOT NULL CHECK (mail IN ('pending', 'sent', 'failed', 'off', 'no-address', 'opted-out')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_code, kind, reporting_day, deadline, round, username)
      );
      CREATE INDEX reminder_log_region_day ON reminder_log(region_code, reporting_day);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE reminder_log, report_confirmations, escalation_suggestions, escalation_settings,
        escalation_level_versions, escalation_levels;
    `);
  }
}
