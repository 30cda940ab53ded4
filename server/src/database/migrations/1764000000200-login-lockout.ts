import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockout1764000000200 implements MigrationInterface {
  name = 'LoginLockout1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Attempts are now reserved before the password check (a burst cannot all pass the "is it
    // locked?" read), locks have their own deadline so delays can grow, and every row says when it
    // stops mattering, so pruning is one indexed range delete. Expired sessions are pruned by the
    // same sweep, on their own index.
    await queryRunner.query(`
      ALTER TABLE login_failures ADD COLUMN locked_until timestamptz, ADD COLUMN expires_at timestamptz;
      UPDATE login_failures SET expires_at = first_at + interval '15 minutes';
      ALTER TABLE login_failures ALTER COLUMN expires_at SET NOT NULL, DROP COLUMN first_at;
      CREATE INDEX login_failures_expires ON login_failures(expires_at);
      CREATE INDEX sessions_expires ON sessions(expires_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX sessions_expires;
      DROP INDEX login_failures_expires;
      ALTER TABLE login_failures ADD COLUMN first_at timestamptz NOT NULL DEFAULT now();
      UPDATE login_failures SET first_at = expires_at - interval '15 minutes';
      ALTER TABLE login_failures DROP COLUMN locked_until, DROP COLUMN expires_at;
    `);
  }
}
