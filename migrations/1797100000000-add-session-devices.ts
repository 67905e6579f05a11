import { MigrationInterface, QueryRunner } from 'typeorm';

/** "Actieve sessies": which browser, from which address, last active when. */
export class AddSessionDevices1797100000000 implements MigrationInterface {
  name = 'AddSessionDevices1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "ip_address" character varying(45)`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "ip_address"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
  }
}
