import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intercollegiale toetsing: each reviewer's review of a round (one per accepted invitation), their
 * findings per criterion with the organisation's response (hoor en wederhoor) and the link to a
 * verbeteractie, and the round's leerrapport (hearing period, final content and its hash).
 */
export class CreateReviews1795556772403 implements MigrationInterface {
  name = 'CreateReviews1795556772403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invitation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "reviewer_user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "overall_judgement" character varying(16), "strengths" text NOT NULL DEFAULT '', "improvements" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_reviews_overall_judgement" CHECK (overall_judgement IN ('meets', 'partly-meets', 'does-not-meet', 'not-assessed')), CONSTRAINT "ck_reviews_status" CHECK (status IN ('draft', 'submitted')), CONSTRAINT "pk_reviews" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reviews_invitation_id" ON "reviews" ("invitation_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_reviews_round_id" ON "reviews" ("round_id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_reviews_reviewer_user_id" ON "reviews" ("reviewer_user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "leerrapports" ("round_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "merged" jsonb NOT NULL, "lead_review_id" uuid NOT NULL, "issued_by_user_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hearing_ends_on" date NOT NULL, "finalised_at" TIMESTAMP WITH TIME ZONE, "finalised_by_user_id" uuid, "final_content" text, "content_hash" character(64), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_leerrapports_status" CHECK (status IN ('draft', 'hearing', 'final')), CONSTRAINT "pk_leerrapports" PRIMARY KEY ("round_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_leerrapports_organisation_id" ON "leerrapports" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_findings" ("review_id" uuid NOT NULL, "criterion_code" character varying(20) NOT NULL, "judgement" character varying(16) NOT NULL, "finding" text NOT NULL DEFAULT '', "questions" text NOT NULL DEFAULT '', "response" text, "responded_by_user_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "action_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_review_findings_judgement" CHECK (judgement IN ('meets', 'partly-meets', 'does-not-meet', 'not-assessed')), CONSTRAINT "pk_review_findings" PRIMARY KEY ("review_id", "criterion_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_invitation_id" FOREIGN KEY ("invitation_id") REFERENCES "review_invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_reviewer_user_id" FOREIGN KEY ("reviewer_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" ADD CONSTRAINT "fk_leerrapports_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" ADD CONSTRAINT "fk_leerrapports_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" ADD CONSTRAINT "fk_leerrapports_lead_review_id" FOREIGN KEY ("lead_review_id") REFERENCES "reviews"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" ADD CONSTRAINT "fk_leerrapports_issued_by_user_id" FOREIGN KEY ("issued_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" ADD CONSTRAINT "fk_leerrapports_finalised_by_user_id" FOREIGN KEY ("finalised_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_findings" ADD CONSTRAINT "fk_review_findings_review_id" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_findings" ADD CONSTRAINT "fk_review_findings_responded_by_user_id" FOREIGN KEY ("responded_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_findings" ADD CONSTRAINT "fk_review_findings_action_id" FOREIGN KEY ("action_id") REFERENCES "improvement_actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_findings" DROP CONSTRAINT "fk_review_findings_action_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_findings" DROP CONSTRAINT "fk_review_findings_responded_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_findings" DROP CONSTRAINT "fk_review_findings_review_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" DROP CONSTRAINT "fk_leerrapports_finalised_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" DROP CONSTRAINT "fk_leerrapports_issued_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" DROP CONSTRAINT "fk_leerrapports_lead_review_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" DROP CONSTRAINT "fk_leerrapports_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leerrapports" DROP CONSTRAINT "fk_leerrapports_round_id"`,
    );
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_reviewer_user_id"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_round_id"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_invitation_id"`);
    await queryRunner.query(`DROP TABLE "review_findings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_leerrapports_organisation_id"`);
    await queryRunner.query(`DROP TABLE "leerrapports"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reviews_reviewer_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reviews_round_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reviews_invitation_id"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
  }
}
