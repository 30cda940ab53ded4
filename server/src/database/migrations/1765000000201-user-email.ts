import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserEmail1765000000201 implements MigrationInterface {
  name = 'UserEmail1765000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Users' addresses for reminders and notices, set by an admin or by the user, and whether the
    // user wants reminders by mail. A user's own change waits in email_changes until the link mailed
    // to the new address is opened by that user: the token is stored only as its SHA-256, made by
    // the job that mails it, and lasts 24 hours; a newer request supersedes an older one.
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN email text CHECK (length(email) <= 254),
        ADD COLUMN email_reminders boolean NOT NULL DEFAULT true;

      CREATE TABLE email_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        email text NOT NULL CHECK (length(email) <= 254),
        token_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        superseded_at timestamptz
      );
      CREATE INDEX email_changes_user ON email_changes (user_id, created_at);
      CREATE INDEX email_changes_expires ON email_changes (expires_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE email_changes;
      ALTER TABLE users DROP COLUMN email_reminders, DROP COLUMN email;
    `);
  }
}
