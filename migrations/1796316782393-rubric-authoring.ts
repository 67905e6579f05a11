import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rubric authoring in the product: drafts (editable, with an optimistic version), an append-only
 * rubric history, and the database guarding published versions. A trigger refuses changing the
 * content, hash, id, version, title, date or load time of a published or retired version, any
 * status change but published → retired (with retired_at), and deleting one; the history refuses
 * UPDATE, DELETE and TRUNCATE altogether.
 */
/** Lets a draft row change; of a published one, only retiring it. */
const GUARD_FROZEN_FUNCTION = `CREATE FUNCTION "rubric_versions_guard_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'rubric_versions holds frozen versions: TRUNCATE is not allowed'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'draft' THEN
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'rubric % % is %: a published version is never deleted',
            OLD.rubric_id, OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.rubric_id IS DISTINCT FROM OLD.rubric_id
          OR NEW.version IS DISTINCT FROM OLD.version
          OR NEW.content IS DISTINCT FROM OLD.content
          OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
          OR NEW.title IS DISTINCT FROM OLD.title
          OR NEW.effective_date IS DISTINCT FROM OLD.effective_date
          OR NEW.loaded_at IS DISTINCT FROM OLD.loaded_at THEN
          RAISE EXCEPTION 'rubric % % is %: its content never changes, publish a new version',
            OLD.rubric_id, OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
          AND NOT (OLD.status = 'published' AND NEW.status = 'retired') THEN
          RAISE EXCEPTION 'rubric % % is %: only published -> retired is allowed, not -> %',
            OLD.rubric_id, OLD.version, OLD.status, NEW.status
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.retired_at IS DISTINCT FROM OLD.retired_at AND NEW.status = OLD.status THEN
          RAISE EXCEPTION 'rubric % % is %: retired_at is set only when retiring',
            OLD.rubric_id, OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`;

export class RubricAuthoring1796316782393 implements MigrationInterface {
  name = 'RubricAuthoring1796316782393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rubric_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rubric_id" character varying(100) NOT NULL, "base_version" character varying(40), "origin" character varying(16) NOT NULL, "content" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "updated_by_name" character varying(120), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rubric_drafts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rubric_drafts_rubric_id" ON "rubric_drafts"  ("rubric_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rubric_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" SERIAL NOT NULL, "rubric_id" character varying(100) NOT NULL, "version" character varying(40), "draft_id" uuid, "type" character varying(32) NOT NULL, "actor_user_id" uuid, "actor_name" character varying(120), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "detail" jsonb, CONSTRAINT "ck_rubric_history_type" CHECK (type IN ('draft-started', 'imported', 'published', 'retired', 'bundled-file-loaded')), CONSTRAINT "pk_rubric_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rubric_history_rubric_id_sequence" ON "rubric_history"  ("rubric_id", "sequence") `,
    );
    await queryRunner.query(
      `ALTER TABLE "rubric_versions" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );

    await queryRunner.query(
      `CREATE FUNCTION "rubric_history_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rubric_history is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_rubric_history_append_only" BEFORE UPDATE OR DELETE ON "rubric_history"
      FOR EACH ROW EXECUTE FUNCTION "rubric_history_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_rubric_history_no_truncate" BEFORE TRUNCATE ON "rubric_history"
      FOR EACH STATEMENT EXECUTE FUNCTION "rubric_history_refuse_change"()`,
    );

    await queryRunner.query(GUARD_FROZEN_FUNCTION);
    await queryRunner.query(
      `CREATE TRIGGER "trg_rubric_versions_frozen" BEFORE UPDATE OR DELETE ON "rubric_versions"
      FOR EACH ROW EXECUTE FUNCTION "rubric_versions_guard_frozen"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_rubric_versions_no_truncate" BEFORE TRUNCATE ON "rubric_versions"
      FOR EACH STATEMENT EXECUTE FUNCTION "rubric_versions_guard_frozen"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_rubric_versions_no_truncate" ON "rubric_versions"`);
    await queryRunner.query(`DROP TRIGGER "trg_rubric_versions_frozen" ON "rubric_versions"`);
    await queryRunner.query(`DROP FUNCTION "rubric_versions_guard_frozen"()`);
    await queryRunner.query(`DROP TRIGGER "trg_rubric_history_no_truncate" ON "rubric_history"`);
    await queryRunner.query(`DROP TRIGGER "trg_rubric_history_append_only" ON "rubric_history"`);
    await queryRunner.query(`DROP FUNCTION "rubric_history_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "rubric_versions" DROP COLUMN "retired_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rubric_history_rubric_id_sequence"`);
    await queryRunner.query(`DROP TABLE "rubric_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rubric_drafts_rubric_id"`);
    await queryRunner.query(`DROP TABLE "rubric_drafts"`);
  }
}
