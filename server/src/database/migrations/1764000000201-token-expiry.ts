import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TokenExpiry1764000000201 implements MigrationInterface {
  name = 'TokenExpiry1764000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Tokens expire (chosen at issue, at most a year) and end with the admin who issued them.
    // Tokens issued before expiry existed get the default 90 days from now, so no integration
    // stops without warning on the day this is deployed.
    await queryRunner.query(`
      ALTER TABLE api_tokens
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN revoked_reason text CHECK (revoked_reason IN ('revoked', 'issuer_deactivated'));
      UPDATE api_tokens SET expires_at = now() + interval '90 days';
      UPDATE api_tokens SET revoked_reason = 'revoked' WHERE revoked_at IS NOT NULL;
      ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
      CREATE INDEX api_tokens_issuer ON api_tokens(created_by) WHERE revoked_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX api_tokens_issuer;
      ALTER TABLE api_tokens DROP COLUMN expires_at, DROP COLUMN revoked_reason;
    `);
  }
}
