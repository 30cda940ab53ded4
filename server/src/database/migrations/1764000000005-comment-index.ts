import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentIndex1764000000005 implements MigrationInterface {
  name = 'CommentIndex1764000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Few reports carry a comment; without this, history's comment list visits every report of the
    // region's period (~55 000 rows for a year of the largest region) to find them.
    await queryRunner.query(`CREATE INDEX reports_with_comment ON reports(unit_id, date) WHERE comment IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reports_with_comment`);
  }
}
