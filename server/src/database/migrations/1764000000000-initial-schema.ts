import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        -- grows by exactly one per change in the region, in the change's own transaction
        seq bigint NOT NULL DEFAULT 0
      );

      CREATE TABLE organizations (
        code text PRIMARY KEY,
        region_code text NOT NULL REFERENCES regions(code),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('municipality', 'region')),
        population integer CHECK (population >= 0),
        sort_order integer NOT NULL DEFAULT 0
      );
      CREATE INDEX organizations_region ON organizations(region_code);

      CREATE TABLE units (
        id text PRIMARY KEY,
        organization_code text NOT NULL REFERENCES organizations(code),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('short_term', 'palliative', 'nursing_home_reserve', 'hospital', 'icu')),
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      );
      CREATE INDEX units_organization ON units(organization_code);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        password_hash text,
        role text NOT NULL CHECK (role IN ('reporter', 'analyst', 'chair', 'admin')),
        organization_code text NOT NULL REFERENCES organizations(code),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE sessions (
        -- sha256 of the cookie value; the value itself is never stored
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      );
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        organization_code text NOT NULL REFERENCES organizations(code),
        role text NOT NULL CHECK (role IN ('reporter', 'analyst', 'chair', 'admin')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );

      CREATE TABLE reports (
        unit_id text NOT NULL REFERENCES units(id),
        date date NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        capacity integer NOT NULL CHECK (capacity >= 0),
        occupied integer NOT NULL CHECK (occupied >= 0),
        surge_capacity integer CHECK (surge_capacity >= capacity),
        admissions integer NOT NULL CHECK (admissions >= 0),
        discharges integer NOT NULL CHECK (discharges >= 0),
        discharges_by_destination jsonb,
        staffing text NOT NULL CHECK (staffing IN ('normal', 'strained', 'critical')),
        sick_leave_pct numeric(5, 2) CHECK (sick_leave_pct BETWEEN 0 AND 100),
        covid_patients integer CHECK (covid_patients >= 0),
        comment text,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        PRIMARY KEY (unit_id, date)
      );
      CREATE INDEX reports_date ON reports(date);

      -- Every version of every report, append-only.
      CREATE TABLE report_versions (
        id bigserial PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        date date NOT NULL,
        version integer NOT NULL,
        capacity integer NOT NULL,
        occupied integer NOT NULL,
        surge_capacity integer,
        admissions integer NOT NULL,
        discharges integer NOT NULL,
        discharges_by_destination jsonb,
        staffing text NOT NULL,
        sick_leave_pct numeric(5, 2),
        covid_patients integer,
        comment text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'system')),
        UNIQUE (unit_id, date, version)
      );

      CREATE TABLE flows (
        municipality_code text NOT NULL REFERENCES organizations(code),
        date date NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        version integer NOT NULL CHECK (version >= 1),
        inpatients integer NOT NULL CHECK (inpatients >= 0),
        admissions integer NOT NULL CHECK (admissions >= 0),
        discharges integer NOT NULL CHECK (discharges >= 0),
        discharges_home integer NOT NULL CHECK (discharges_home >= 0),
        discharges_short_term integer NOT NULL CHECK (discharges_short_term >= 0),
        discharges_nursing_home integer NOT NULL CHECK (discharges_nursing_home >= 0),
        discharges_other integer NOT NULL CHECK (discharges_other >= 0),
        ready_for_discharge integer NOT NULL CHECK (ready_for_discharge >= 0),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        PRIMARY KEY (municipality_code, date)
      );
      CREATE INDEX flows_region_date ON flows(region_code, date);

      CREATE TABLE flow_versions (
        id bigserial PRIMARY KEY,
        municipality_code text NOT NULL REFERENCES organizations(code),
        date date NOT NULL,
        region_code text NOT NULL,
        version integer NOT NULL,
        inpatients integer NOT NULL,
        admissions integer NOT NULL,
        discharges integer NOT NULL,
        discharges_home integer NOT NULL,
        discharges_short_term integer NOT NULL,
        discharges_nursing_home integer NOT NULL,
        discharges_other integer NOT NULL,
        ready_for_discharge integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        via text NOT NULL CHECK (via IN ('session', 'token', 'system')),
        UNIQUE (municipality_code, date, version)
      );

      -- The change log behind live updates: what a reconnecting client missed.
      CREATE TABLE changes (
        region_code text NOT NULL REFERENCES regions(code),
        seq bigint NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, seq)
      );

      -- Needed by @socket.io/postgres-adapter for payloads too large for NOTIFY.
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      );

      -- Versions are history: no route, and no bug, may rewrite them.
      CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER report_versions_append_only BEFORE UPDATE OR DELETE ON report_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
      CREATE TRIGGER flow_versions_append_only BEFORE UPDATE OR DELETE ON flow_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE socket_io_attachments, changes, flow_versions, flows, report_versions, reports,
        api_tokens, sessions, users, units, organizations, regions;
      DROP FUNCTION refuse_history_change();
    `);
  }
}
