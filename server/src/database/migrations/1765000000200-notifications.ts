import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1765000000200 implements MigrationInterface {
  name = 'Notifications1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One inbox for every feature (server/src/notifications). A notice is stored once with its kind
    // and params (rendered per language by the client, in Swedish for mail), and once per recipient
    // with their read state. `dedup_key` makes a retried job's notice a no-op. `link` is a path in
    // the client, never another site.
    await queryRunner.query(`
      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        region_code text NOT NULL REFERENCES regions(code),
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text CHECK (link ~ '^/([^/\\\\]|$)'),
        dedup_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE notification_recipients (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        read_at timestamptz,
        -- one's inbox newest first, paged by id, is a backward walk of this key
        PRIMARY KEY (user_id, notification_id)
      );
      CREATE INDEX notification_recipients_unread ON notification_recipients (user_id) WHERE read_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_recipients; DROP TABLE notifications;');
  }
}
