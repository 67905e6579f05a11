import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language an account's mail is written in; Dutch unless the person chose English. */
export class AddUserLanguage1797000000000 implements MigrationInterface {
  name = 'AddUserLanguage1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'nl'`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_language" CHECK (language IN ('nl', 'en'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
