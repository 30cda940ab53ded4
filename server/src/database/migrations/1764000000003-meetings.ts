import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1764000000003 implements MigrationInterface {
  name = 'Meetings1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES regions(code),
        title text NOT NULL,
        meeting_date date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        -- the meeting's own change counter: followers take any newer version whole
        version integer NOT NULL DEFAULT 1,
        participants text[] NOT NULL,
        step integer,
        snapshot jsonb NOT NULL,
        snapshot_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by text
      );
      CREATE INDEX meetings_region ON meetings(region_code, created_at DESC);

      CREATE TABLE meeting_notes (
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        organization_code text NOT NULL REFERENCES organizations(code),
        text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (meeting_id, organization_code)
      );

      CREATE TABLE meeting_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        removed_at timestamptz
      );
      CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id);

      CREATE TABLE meeting_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        who text NOT NULL,
        what text NOT NULL,
        due date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        removed_at timestamptz
      );
      CREATE INDEX meeting_actions_meeting ON meeting_actions(meeting_id);

      -- Minutes of a closed meeting are read-only, whatever writes to them.
      CREATE FUNCTION refuse_closed_meeting_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        meeting_status text;
      BEGIN
        SELECT status INTO meeting_status FROM meetings WHERE id = COALESCE(NEW.meeting_id, OLD.meeting_id);
        IF meeting_status = 'closed' THEN
          RAISE EXCEPTION 'the minutes of a closed meeting are read-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$;
      CREATE TRIGGER meeting_notes_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_notes
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();
      CREATE TRIGGER meeting_decisions_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_decisions
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();
      CREATE TRIGGER meeting_actions_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_actions
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();

    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE meeting_actions, meeting_decisions, meeting_notes, meetings;
      DROP FUNCTION refuse_closed_meeting_change();
    `);
  }
}
