import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail of rounds. The database itself refuses UPDATE, DELETE and TRUNCATE
 * on it, so not even a bug or a hand-written query in the application can rewrite history.
 */
export class CreateRoundEvents1795547708441 implements MigrationInterface {
  name = 'CreateRoundEvents1795547708441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "round_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" SERIAL NOT NULL, "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "criterion_code" character varying(20), "subject" character varying(16) NOT NULL, "subject_id" uuid, "type" character varying(40) NOT NULL, "actor_user_id" uuid, "actor_name" character varying(120), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "ck_round_events_subject" CHECK (subject IN ('round', 'response', 'evidence-link', 'action')), CONSTRAINT "pk_round_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_round_events_round_id_criterion_code" ON "round_events" ("round_id", "criterion_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_round_events_round_id_sequence" ON "round_events" ("round_id", "sequence")`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "fk_round_events_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_events" ADD CONSTRAINT "fk_round_events_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "round_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'round_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_round_events_append_only" BEFORE UPDATE OR DELETE ON "round_events"
      FOR EACH ROW EXECUTE FUNCTION "round_events_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_round_events_no_truncate" BEFORE TRUNCATE ON "round_events"
      FOR EACH STATEMENT EXECUTE FUNCTION "round_events_refuse_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_round_events_no_truncate" ON "round_events"`);
    await queryRunner.query(`DROP TRIGGER "trg_round_events_append_only" ON "round_events"`);
    await queryRunner.query(`DROP FUNCTION "round_events_refuse_change"()`);
    await queryRunner.query(
      `ALTER TABLE "round_events" DROP CONSTRAINT "fk_round_events_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_events" DROP CONSTRAINT "fk_round_events_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_round_events_round_id_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."idx_round_events_round_id_criterion_code"`);
    await queryRunner.query(`DROP TABLE "round_events"`);
  }
}
