import { MigrationInterface, QueryRunner } from 'typeorm';

/** Overleg: the internal thread per criterion of a round, and its events in the round's history. */
export class CreateCriterionComments1797230000000 implements MigrationInterface {
  name = 'CreateCriterionComments1797230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "criterion_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "criterion_code" character varying(20) NOT NULL, "author_user_id" uuid, "body" text NOT NULL, "mentions" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_criterion_comments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_comments_organisation_id" ON "criterion_comments" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_comments_author_user_id" ON "criterion_comments" ("author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_comments_round_id_criterion_code_created_at" ON "criterion_comments" ("round_id", "criterion_code", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_comments" ADD CONSTRAINT "fk_criterion_comments_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_comments" ADD CONSTRAINT "fk_criterion_comments_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_comments" ADD CONSTRAINT "fk_criterion_comments_author_user_id" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "round_events" DROP CONSTRAINT "ck_round_events_subject"`);
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "ck_round_events_subject" CHECK (subject IN ('round', 'response', 'evidence-link', 'action', 'review', 'comment'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_events" DROP CONSTRAINT "ck_round_events_subject"`);
    // The trail is append-only: comment events written meanwhile stay, so old rows are not checked.
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "ck_round_events_subject" CHECK (subject IN ('round', 'response', 'evidence-link', 'action', 'review')) NOT VALID`,
    );
    await queryRunner.query(`DROP TABLE "criterion_comments"`);
  }
}
