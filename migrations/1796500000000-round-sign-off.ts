import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vaststelling: a manager establishes a round before submission (name, function, day, and when
 * and by whom it was recorded; all or nothing, which the check holds). The organisation decides
 * whether that is required before a round can be submitted; off for every existing organisation.
 */
export class RoundSignOff1796500000000 implements MigrationInterface {
  name = 'RoundSignOff1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "sign_off_required" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD "signed_off_name" character varying(120), ADD "signed_off_function" character varying(120), ADD "signed_off_on" date, ADD "signed_off_at" TIMESTAMP WITH TIME ZONE, ADD "signed_off_by_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_signed_off_by_id" FOREIGN KEY ("signed_off_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "ck_assessment_rounds_sign_off" CHECK ((signed_off_at IS NULL) = (signed_off_name IS NULL) AND (signed_off_at IS NULL) = (signed_off_function IS NULL) AND (signed_off_at IS NULL) = (signed_off_on IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "ck_assessment_rounds_sign_off"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_signed_off_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP COLUMN "signed_off_by_id", DROP COLUMN "signed_off_at", DROP COLUMN "signed_off_on", DROP COLUMN "signed_off_function", DROP COLUMN "signed_off_name"`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "sign_off_required"`);
  }
}
