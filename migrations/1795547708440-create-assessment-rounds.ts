import { MigrationInterface, QueryRunner } from 'typeorm';

/** Assessment rounds, criterion responses, evidence and its links to responses, improvement actions. */
export class CreateAssessmentRounds1795547708440 implements MigrationInterface {
  name = 'CreateAssessmentRounds1795547708440';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "rubric_id" character varying(100) NOT NULL, "rubric_version" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "route" character varying(32) NOT NULL, "target_date" date NOT NULL, "self_evaluation_deadline" date NOT NULL, "ambitions" text NOT NULL DEFAULT '', "bottlenecks" text NOT NULL DEFAULT '', "participation" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'draft', "previous_round_id" uuid, "content_hash" character(64), "submitted_content" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_assessment_rounds_status" CHECK (status IN ('draft', 'submitted', 'reviewed')), CONSTRAINT "ck_assessment_rounds_route" CHECK (route IN ('external-audit', 'peer-review', 'internal')), CONSTRAINT "pk_assessment_rounds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_assessment_rounds_organisation_id" ON "assessment_rounds" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "improvement_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "criterion_code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "owner_membership_id" uuid, "due_date" date, "status" character varying(16) NOT NULL DEFAULT 'open', "reflection" text, "carried_over_from_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_improvement_actions_status" CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')), CONSTRAINT "pk_improvement_actions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_improvement_actions_owner_membership_id" ON "improvement_actions" ("owner_membership_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_improvement_actions_round_id_criterion_code" ON "improvement_actions" ("round_id", "criterion_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_improvement_actions_organisation_id_status" ON "improvement_actions" ("organisation_id", "status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "criterion_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "criterion_code" character varying(20) NOT NULL, "level" smallint, "target_level" smallint, "rationale" text NOT NULL DEFAULT '', "not_applicable" boolean NOT NULL DEFAULT false, "not_applicable_reason" text, "state" character varying(24) NOT NULL DEFAULT 'draft', "owner_membership_id" uuid, "is_carried_over" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "uq_criterion_responses_round_criterion" UNIQUE ("round_id", "criterion_code"), CONSTRAINT "ck_criterion_responses_state" CHECK (state IN ('draft', 'ready-for-review')), CONSTRAINT "pk_criterion_responses" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_responses_owner_membership_id" ON "criterion_responses" ("owner_membership_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "source" character varying(8) NOT NULL, "title" character varying(300) NOT NULL, "evidence_kind" character varying(64) NOT NULL, "document_date" date NOT NULL, "valid_until" date, "url" character varying(2000), "file_sha256" character(64), "file_name" character varying(255), "media_type" character varying(100), "size_bytes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, CONSTRAINT "ck_evidence_payload" CHECK ((source = 'file' AND file_sha256 IS NOT NULL AND url IS NULL) OR (source = 'link' AND url IS NOT NULL AND file_sha256 IS NULL)), CONSTRAINT "ck_evidence_source" CHECK (source IN ('file', 'link')), CONSTRAINT "pk_evidence" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_evidence_organisation_id" ON "evidence" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_evidence_file_sha256" ON "evidence" ("file_sha256")`,
    );
    await queryRunner.query(
      `CREATE TABLE "response_evidence" ("response_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "round_id" uuid NOT NULL, "criterion_code" character varying(20) NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "linked_by_id" uuid, CONSTRAINT "pk_response_evidence" PRIMARY KEY ("response_id", "evidence_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_response_evidence_evidence_id" ON "response_evidence" ("evidence_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_response_evidence_round_id" ON "response_evidence" ("round_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_rubric_version" FOREIGN KEY ("rubric_id", "rubric_version") REFERENCES "rubric_versions"("rubric_id","version") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_previous_round_id" FOREIGN KEY ("previous_round_id") REFERENCES "assessment_rounds"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_submitted_by_id" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" ADD CONSTRAINT "fk_assessment_rounds_updated_by_id" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_owner_membership_id" FOREIGN KEY ("owner_membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_carried_over_from_id" FOREIGN KEY ("carried_over_from_id") REFERENCES "improvement_actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "fk_improvement_actions_updated_by_id" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "fk_criterion_responses_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "fk_criterion_responses_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "fk_criterion_responses_owner_membership_id" FOREIGN KEY ("owner_membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" ADD CONSTRAINT "fk_criterion_responses_updated_by_id" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "fk_evidence_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "fk_evidence_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" ADD CONSTRAINT "fk_response_evidence_response_id" FOREIGN KEY ("response_id") REFERENCES "criterion_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" ADD CONSTRAINT "fk_response_evidence_evidence_id" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" ADD CONSTRAINT "fk_response_evidence_round_id" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" ADD CONSTRAINT "fk_response_evidence_linked_by_id" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "response_evidence" DROP CONSTRAINT "fk_response_evidence_linked_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" DROP CONSTRAINT "fk_response_evidence_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" DROP CONSTRAINT "fk_response_evidence_evidence_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_evidence" DROP CONSTRAINT "fk_response_evidence_response_id"`,
    );
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "fk_evidence_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "fk_evidence_organisation_id"`);
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "fk_criterion_responses_updated_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "fk_criterion_responses_owner_membership_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "fk_criterion_responses_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_responses" DROP CONSTRAINT "fk_criterion_responses_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_updated_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_created_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_carried_over_from_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_owner_membership_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "fk_improvement_actions_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_updated_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_created_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_submitted_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_previous_round_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_rubric_version"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_rounds" DROP CONSTRAINT "fk_assessment_rounds_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_response_evidence_round_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_response_evidence_evidence_id"`);
    await queryRunner.query(`DROP TABLE "response_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."idx_evidence_file_sha256"`);
    await queryRunner.query(`DROP INDEX "public"."idx_evidence_organisation_id"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."idx_criterion_responses_owner_membership_id"`);
    await queryRunner.query(`DROP TABLE "criterion_responses"`);
    await queryRunner.query(`DROP INDEX "public"."idx_improvement_actions_organisation_id_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."idx_improvement_actions_round_id_criterion_code"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_improvement_actions_owner_membership_id"`);
    await queryRunner.query(`DROP TABLE "improvement_actions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_assessment_rounds_organisation_id"`);
    await queryRunner.query(`DROP TABLE "assessment_rounds"`);
  }
}
