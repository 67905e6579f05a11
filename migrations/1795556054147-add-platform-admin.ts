import { MigrationInterface, QueryRunner } from 'typeorm';

/** The label owner's staff: a user flag, since a platform admin belongs to no organisation. */
export class AddPlatformAdmin1795556054147 implements MigrationInterface {
  name = 'AddPlatformAdmin1795556054147';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "platform_admin" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "platform_admin"`);
  }
}
