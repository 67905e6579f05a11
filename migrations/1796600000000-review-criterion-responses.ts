import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Klaar voor controle" leads somewhere: the quality officer accepts an answer marked ready or
 * sends it back with a comment. The outcome sits on the response (the history keeps every step);
 * a comment goes only with a sent-back answer, and an outcome always has a moment.
 */
export class ReviewCriterionResponses1796600000000 implements MigrationInterface {
  name = 'ReviewCriterionResponses1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD "review_status" character varying(16), ADD "review_comment" text, ADD "reviewed_at" TIMESTAMP WITH TIME ZONE, ADD "reviewed_by_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "ck_criterion_responses_review_status" CHECK (review_status IS NULL OR review_status IN ('accepted', 'sent-back'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "ck_criterion_responses_review_comment" CHECK (review_comment IS NULL OR review_status = 'sent-back')`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "ck_criterion_responses_reviewed_at" CHECK (review_status IS NULL OR reviewed_at IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "fk_criterion_responses_reviewed_by_id" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The review queue: answers marked ready in a round, per round.
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_responses_ready" ON "criterion_responses" ("round_id") WHERE state = 'ready-for-review'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_criterion_responses_ready"`);
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "fk_criterion_responses_reviewed_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "ck_criterion_responses_reviewed_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "ck_criterion_responses_review_comment"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "ck_criterion_responses_review_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP COLUMN "reviewed_by_id", DROP COLUMN "reviewed_at", DROP COLUMN "review_comment", DROP COLUMN "review_status"`,
    );
  }
}
