import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailLog1765000000100 implements MigrationInterface {
  name = 'MailLog1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every mail the server tried to send and how it went, so a failure is on record even when
    // nobody read the log line (MailService). Pruned after 180 days by the housekeeping job.
    await queryRunner.query(`
      CREATE TABLE mail_log (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        recipient text NOT NULL,
        subject text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('sent', 'failed')),
        message_id text,
        error text
      );
      CREATE INDEX mail_log_created_at ON mail_log (created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE mail_log');
  }
}
