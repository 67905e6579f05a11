import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft round can be withdrawn: it keeps its rows and history, leaves every list, and records
 * when. The status and the moment go together, which the second check holds.
 */
export class WithdrawAssessmentRounds1796400000000 implements MigrationInterface {
  name = 'WithdrawAssessmentRounds1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "ck_assessment_rounds_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "ck_assessment_rounds_status" CHECK (status IN ('draft', 'submitted', 'reviewed', 'withdrawn'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "ck_assessment_rounds_withdrawn_at" CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to a draft rather than gone: a rollback loses no round.
    await queryRunner.query(
      `UPDATE "assessment_rounds" SET status = 'draft', withdrawn_at = NULL WHERE status = 'withdrawn'`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "ck_assessment_rounds_withdrawn_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "ck_assessment_rounds_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "ck_assessment_rounds_status" CHECK (status IN ('draft', 'submitted', 'reviewed'))`,
    );
    await queryRunner.query(`ALTER TABLE "assessment_rounds" DROP COLUMN "withdrawn_at"`);
  }
}
