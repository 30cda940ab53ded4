import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginFailures1764000000006 implements MigrationInterface {
  name = 'LoginFailures1764000000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Failed logins per username and per client address, shared by every instance, so a lockout
    // holds behind a load balancer too. Keys never hold a password.
    await queryRunner.query(`
      CREATE TABLE login_failures (
        key text PRIMARY KEY,
        count integer NOT NULL,
        first_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE login_failures');
  }
}
