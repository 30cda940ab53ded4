import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Networks1765000000700 implements MigrationInterface {
  name = 'Networks1765000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- A network is a meeting series of a region (LSVO, Länschefsnätverket, …).
      CREATE TABLE networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES regions(code),
        name text NOT NULL,
        decision_phrase text NOT NULL,
        description text,
        -- the § number the next meeting starts at; NULL for a network that does not number
        next_paragraph integer CHECK (next_paragraph >= 1),
        extra_recipients text[] NOT NULL DEFAULT '{}',
        -- the secret of the calendar feed's address (calendar apps cannot log in); rotated at will
        feed_token text NOT NULL UNIQUE,
        feed_token_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX networks_name ON networks (region_code, lower(name));

      CREATE TABLE network_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES networks(id),
        name text NOT NULL,
        organization_code text REFERENCES organizations(code),
        role text,
        email text,
        username text,
        deputy_for uuid REFERENCES network_members(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      );
      CREATE INDEX network_members_network ON network_members (network_id);
      CREATE UNIQUE INDEX network_members_email ON network_members (network_id, email)
        WHERE removed_at IS NULL AND email IS NOT NULL;
      CREATE INDEX network_members_username ON network_members (username) WHERE removed_at IS NULL;
      CREATE INDEX network_members_lower_email ON network_members (lower(email)) WHERE removed_at IS NULL;

      CREATE TABLE network_calendar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES networks(id),
        meeting_date date NOT NULL,
        start_time time NOT NULL,
        end_time time CHECK (end_time > start_time),
        place text,
        link text,
        title text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- bumped on every change, so a calendar app takes the new time (iCalendar SEQUENCE)
        sequence integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      );
      CREATE INDEX network_calendar_network ON network_calendar (network_id, meeting_date);

      ALTER TABLE meetings
        ADD COLUMN network_id uuid REFERENCES networks(id),
        ADD COLUMN calendar_entry_id uuid UNIQUE REFERENCES network_calendar(id),
        ADD COLUMN first_paragraph integer,
        ADD COLUMN start_time time,
        ADD COLUMN end_time time,
        ADD COLUMN place text,
        ADD COLUMN link text,
        ADD COLUMN current_item_id uuid,
        ADD COLUMN search_text text,
        ADD COLUMN search tsvector;
      -- A network meets once at a time: a second open meeting is refused here, whoever starts it.
      CREATE UNIQUE INDEX meetings_one_open_per_network ON meetings (network_id) WHERE status = 'open';
      CREATE INDEX meetings_network ON meetings (network_id, created_at DESC);
      CREATE INDEX meetings_search ON meetings USING gin (search);

      CREATE TABLE meeting_agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        position integer NOT NULL,
        type text NOT NULL CHECK (type IN ('information', 'decision', 'dialog', 'situation')),
        -- what the item shows (the agenda's extension point); validated by the shared schema
        content text NOT NULL DEFAULT 'text',
        title text NOT NULL,
        presenter text,
        proposal text,
        text text,
        links jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      );
      CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, position);

      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        member_id uuid NOT NULL REFERENCES network_members(id),
        position integer NOT NULL,
        status text NOT NULL CHECK (status IN ('present', 'absent')),
        substitute_id uuid REFERENCES network_members(id),
        PRIMARY KEY (meeting_id, member_id)
      );

      CREATE TABLE meeting_guests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        position integer NOT NULL,
        name text NOT NULL,
        organization text,
        role text
      );
      CREATE INDEX meeting_guests_meeting ON meeting_guests (meeting_id);

      ALTER TABLE meeting_decisions
        ADD COLUMN agenda_item_id uuid REFERENCES meeting_agenda_items(id),
        ADD COLUMN organization_code text REFERENCES organizations(code),
        ADD COLUMN figure jsonb;

      ALTER TABLE meeting_actions
        ADD COLUMN agenda_item_id uuid REFERENCES meeting_agenda_items(id),
        ADD COLUMN owner_organization_code text REFERENCES organizations(code),
        ADD COLUMN owner_member_id uuid REFERENCES network_members(id),
        ADD COLUMN until_next_meeting boolean NOT NULL DEFAULT false;
      CREATE INDEX meeting_actions_owner_member ON meeting_actions (owner_member_id) WHERE removed_at IS NULL;
      CREATE INDEX meeting_actions_owner_organization ON meeting_actions (owner_organization_code) WHERE removed_at IS NULL;

      -- An action's status over time: who ticked it off (or struck it), when, in which meeting.
      -- Append-only; the latest row is the status. Written only in an open meeting, which may be
      -- a later one than the action's own: the first meeting's minutes stay as they were closed.
      CREATE TABLE meeting_action_status (
        id bigserial PRIMARY KEY,
        action_id uuid NOT NULL REFERENCES meeting_actions(id),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        status text NOT NULL CHECK (status IN ('open', 'done', 'struck')),
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX meeting_action_status_action ON meeting_action_status (action_id, id DESC);
      CREATE INDEX meeting_action_status_meeting ON meeting_action_status (meeting_id);
      CREATE TRIGGER meeting_action_status_append_only BEFORE UPDATE OR DELETE ON meeting_action_status
        FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

      CREATE TRIGGER meeting_agenda_items_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_agenda_items
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();
      CREATE TRIGGER meeting_attendance_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_attendance
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();
      CREATE TRIGGER meeting_guests_closed BEFORE INSERT OR UPDATE OR DELETE ON meeting_guests
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();
      CREATE TRIGGER meeting_action_status_closed BEFORE INSERT ON meeting_action_status
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_meeting_change();

      -- Each sending of a meeting's minutes, and how it went per recipient (the job sends once to each).
      CREATE TABLE minutes_sends (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX minutes_sends_meeting ON minutes_sends (meeting_id);
      CREATE TABLE minutes_send_recipients (
        send_id uuid NOT NULL REFERENCES minutes_sends(id),
        email text NOT NULL,
        name text,
        outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'sent', 'failed', 'off')),
        message_id text,
        error text,
        attempted_at timestamptz,
        PRIMARY KEY (send_id, email)
      );

      -- The text of a meeting as searched: title, agenda, decisions, actions and the round's notes.
      CREATE FUNCTION meeting_search_text(meeting uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws(E'\\n',
          (SELECT string_agg(concat_ws(' ', a.title, a.presenter, a.proposal, a.text), E'\\n' ORDER BY a.position)
             FROM meeting_agenda_items a WHERE a.meeting_id = meeting AND a.removed_at IS NULL),
          (SELECT string_agg(d.text, E'\\n' ORDER BY d.created_at)
             FROM meeting_decisions d WHERE d.meeting_id = meeting AND d.removed_at IS NULL),
          (SELECT string_agg(concat_ws(' ', x.who, x.what), E'\\n' ORDER BY x.created_at)
             FROM meeting_actions x WHERE x.meeting_id = meeting AND x.removed_at IS NULL),
          (SELECT string_agg(n.text, E'\\n' ORDER BY n.organization_code)
             FROM meeting_notes n WHERE n.meeting_id = meeting))
      $$;
      CREATE FUNCTION meeting_search_document(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
        SELECT setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || to_tsvector('swedish', coalesce(body, ''))
      $$;
    `);
    // Meetings closed before this migration become searchable too.
    await queryRunner.query('SET LOCAL statement_timeout = 0');
    await queryRunner.query(`
      UPDATE meetings SET search_text = meeting_search_text(id) WHERE status = 'closed';
      UPDATE meetings SET search = meeting_search_document(title, search_text) WHERE status = 'closed';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION meeting_search_document(text, text);
      DROP FUNCTION meeting_search_text(uuid);
      DROP TABLE minutes_send_recipients, minutes_sends, meeting_action_status, meeting_guests, meeting_attendance;
      ALTER TABLE meeting_actions DROP COLUMN agenda_item_id, DROP COLUMN owner_organization_code,
        DROP COLUMN owner_member_id, DROP COLUMN until_next_meeting;
      ALTER TABLE meeting_decisions DROP COLUMN agenda_item_id, DROP COLUMN organization_code, DROP COLUMN figure;
      DROP TABLE meeting_agenda_items;
      DROP INDEX meetings_one_open_per_network;
      ALTER TABLE meetings DROP COLUMN network_id, DROP COLUMN calendar_entry_id, DROP COLUMN first_paragraph,
        DROP COLUMN start_time, DROP COLUMN end_time, DROP COLUMN place, DROP COLUMN link, DROP COLUMN current_item_id,
        DROP COLUMN search_text, DROP COLUMN search;
      DROP TABLE network_calendar, network_members, networks;
    `);
  }
}
