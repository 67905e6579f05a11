import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's own data (AVG): a grace period for erasing an organisation, erased accounts,
 * and the two ways the append-only histories may still change. Both are opened per transaction by
 * a setting only the erasure code sets (`SET LOCAL`), and only for the rows it names:
 * - `labelklaar.erase_organisation` = an organisation id: its round events may be deleted, as the
 *   organisation itself is deleted in the same transaction;
 * - `labelklaar.pseudonymise_user` = a user id: the actor name and the snapshots of that person's
 *   rows may be rewritten, every other column stays as it was.
 */
const ROUND_EVENTS_GUARD = `CREATE OR REPLACE FUNCTION "round_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
          AND OLD.organisation_id::text = current_setting('labelklaar.erase_organisation', true) THEN
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE'
          AND coalesce(current_setting('labelklaar.pseudonymise_user', true), '') <> ''
          AND (NEW.id, NEW.sequence, NEW.organisation_id, NEW.round_id, NEW.criterion_code,
               NEW.subject, NEW.subject_id, NEW.type, NEW.actor_user_id, NEW.occurred_at)
            IS NOT DISTINCT FROM
              (OLD.id, OLD.sequence, OLD.organisation_id, OLD.round_id, OLD.criterion_code,
               OLD.subject, OLD.subject_id, OLD.type, OLD.actor_user_id, OLD.occurred_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'round_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`;

const RUBRIC_HISTORY_GUARD = `CREATE OR REPLACE FUNCTION "rubric_history_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
          AND OLD.actor_user_id::text = current_setting('labelklaar.pseudonymise_user', true)
          AND (NEW.id, NEW.sequence, NEW.rubric_id, NEW.version, NEW.draft_id, NEW.type,
               NEW.actor_user_id, NEW.occurred_at, NEW.detail)
            IS NOT DISTINCT FROM
              (OLD.id, OLD.sequence, OLD.rubric_id, OLD.version, OLD.draft_id, OLD.type,
               OLD.actor_user_id, OLD.occurred_at, OLD.detail) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'rubric_history is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`;

const ORIGINAL_ROUND_EVENTS_GUARD = `CREATE OR REPLACE FUNCTION "round_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'round_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`;

const ORIGINAL_RUBRIC_HISTORY_GUARD = `CREATE OR REPLACE FUNCTION "rubric_history_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rubric_history is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`;

export class OrganisationDataErasure1797320000000 implements MigrationInterface {
  name = 'OrganisationDataErasure1797320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "deletion_requested_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "deletion_due_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ADD "deletion_requested_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "organisation_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_organisation_events_type" CHECK (type IN ('deletion-requested', 'deletion-undone', 'erased', 'exported')), CONSTRAINT "pk_organisation_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_organisation_events_organisation_id_occurred_at" ON "organisation_events" ("organisation_id", "occurred_at") `,
    );
    await queryRunner.query(ROUND_EVENTS_GUARD);
    await queryRunner.query(RUBRIC_HISTORY_GUARD);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ORIGINAL_RUBRIC_HISTORY_GUARD);
    await queryRunner.query(ORIGINAL_ROUND_EVENTS_GUARD);
    await queryRunner.query(
      `DROP INDEX "public"."idx_organisation_events_organisation_id_occurred_at"`,
    );
    await queryRunner.query(`DROP TABLE "organisation_events"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "deletion_requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "deletion_due_at"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "deletion_requested_at"`);
  }
}
