import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review invitations (intercollegiale toetsing): a single-use link per reviewer, stored as the
 * sha256 of its token; once accepted, the reviewer's access to one round until it expires or is
 * revoked. The round's event history gets the subject 'review' for invitations and reviews.
 */
export class CreateReviewInvitations1795556636396 implements MigrationInterface {
  name = 'CreateReviewInvitations1795556636396';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "reviewer_organisation_name" character varying(200) NOT NULL, "message" character varying(2000) NOT NULL DEFAULT '', "lead" boolean NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "invited_by_user_id" uuid NOT NULL, "accepted_by_user_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_user_id" uuid, "peer_group_id" uuid, CONSTRAINT "pk_review_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_review_invitations_round_id" ON "review_invitations" ("round_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_invitations_token_hash" ON "review_invitations" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_review_invitations_accepted_by_user_id_round_id" ON "review_invitations" ("accepted_by_user_id", "round_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" ADD CONSTRAINT "fk_review_invitations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" ADD CONSTRAINT "fk_review_invitations_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" ADD CONSTRAINT "fk_review_invitations_invited_by_user_id" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" ADD CONSTRAINT "fk_review_invitations_accepted_by_user_id" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" ADD CONSTRAINT "fk_review_invitations_revoked_by_user_id" FOREIGN KEY ("revoked_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "round_events" DROP CONSTRAINT "ck_round_events_subject"`);
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "ck_round_events_subject" CHECK (subject IN ('round', 'response', 'evidence-link', 'action', 'review'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_events" DROP CONSTRAINT "ck_round_events_subject"`);
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "ck_round_events_subject" CHECK (subject IN ('round', 'response', 'evidence-link', 'action'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" DROP CONSTRAINT "fk_review_invitations_revoked_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" DROP CONSTRAINT "fk_review_invitations_accepted_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" DROP CONSTRAINT "fk_review_invitations_invited_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" DROP CONSTRAINT "fk_review_invitations_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_invitations" DROP CONSTRAINT "fk_review_invitations_organisation_id"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."idx_review_invitations_accepted_by_user_id_round_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_review_invitations_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_review_invitations_round_id"`);
    await queryRunner.query(`DROP TABLE "review_invitations"`);
  }
}
