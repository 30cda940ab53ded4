import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1764000000002 implements MigrationInterface {
  name = 'AuditLog1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Every write: who, in what role and organisation, through which credential, when, what,
      -- before and after. Append-only, enforced here and not only by the absence of a route.
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        region_code text NOT NULL REFERENCES regions(code),
        actor text NOT NULL,
        actor_role text NOT NULL,
        actor_organization text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'cli', 'system')),
        -- a session hash prefix or a token id: enough to trace, never enough to authenticate
        credential text,
        action text NOT NULL,
        organization_code text,
        target text,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_log_region_at ON audit_log(region_code, at DESC);
      CREATE INDEX audit_log_actor ON audit_log(region_code, actor);
      CREATE INDEX audit_log_organization ON audit_log(region_code, organization_code);

      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER report_versions_no_truncate BEFORE TRUNCATE ON report_versions
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER flow_versions_no_truncate BEFORE TRUNCATE ON flow_versions
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

      ALTER TABLE users ADD COLUMN last_login_at timestamptz;
      ALTER TABLE users ADD COLUMN display_name text;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users DROP COLUMN display_name;
      ALTER TABLE users DROP COLUMN last_login_at;
      DROP TRIGGER flow_versions_no_truncate ON flow_versions;
      DROP TRIGGER report_versions_no_truncate ON report_versions;
      DROP TABLE audit_log;
    `);
  }
}
