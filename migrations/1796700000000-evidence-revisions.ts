import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence gets revisions: an expired document is replaced by a new revision of the same evidence
 * item. Every existing item becomes its revision 1; the evidence row keeps the current revision's
 * fields (so lists and dashboards read one row) and its number. A link of a submitted or reviewed
 * round names the revision it was submitted with; a draft round's link (no number) follows the
 * current revision.
 */
export class EvidenceRevisions1796700000000 implements MigrationInterface {
  name = 'EvidenceRevisions1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "revision_number" integer NOT NULL, "source" character varying(8) NOT NULL, "title" character varying(300) NOT NULL, "evidence_kind" character varying(64) NOT NULL, "document_date" date NOT NULL, "valid_until" date, "url" character varying(2000), "file_sha256" character(64), "file_name" character varying(255), "media_type" character varying(100), "size_bytes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, CONSTRAINT "uq_evidence_revisions_evidence_id_revision_number" UNIQUE ("evidence_id", "revision_number"), CONSTRAINT "ck_evidence_revisions_payload" CHECK ((source = 'file' AND file_sha256 IS NOT NULL AND url IS NULL) OR (source = 'link' AND url IS NOT NULL AND file_sha256 IS NULL)), CONSTRAINT "ck_evidence_revisions_source" CHECK (source IN ('file', 'link')), CONSTRAINT "ck_evidence_revisions_revision_number" CHECK (revision_number >= 1), CONSTRAINT "pk_evidence_revisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_evidence_revisions_organisation_id" ON "evidence_revisions" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_evidence_revisions_file_sha256" ON "evidence_revisions" ("file_sha256")`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" ADD CONSTRAINT "fk_evidence_revisions_evidence_id" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" ADD CONSTRAINT "fk_evidence_revisions_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" ADD CONSTRAINT "fk_evidence_revisions_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD "revision_number" integer NOT NULL DEFAULT 1`,
    );
    // Keep every existing item: its registered fields become revision 1.
    await queryRunner.query(
      `INSERT INTO "evidence_revisions" ("evidence_id", "organisation_id", "revision_number", "source", "title", "evidence_kind", "document_date", "valid_until", "url", "file_sha256", "file_name", "media_type", "size_bytes", "created_at", "created_by_id")
       SELECT "id", "organisation_id", 1, "source", "title", "evidence_kind", "document_date", "valid_until", "url", "file_sha256", "file_name", "media_type", "size_bytes", "created_at", "created_by_id"
         FROM "evidence"`,
    );
    await queryRunner.query(`ALTER TABLE "response_evidence" ADD "revision_number" integer`);
    // Rounds already submitted keep what they were submitted with: the only revision there was.
    await queryRunner.query(
      `UPDATE "response_evidence" l SET "revision_number" = 1
         FROM "assessment_rounds" r
        WHERE r.id = l.round_id AND r.status IN ('submitted', 'reviewed')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one row per item: the current revision's fields stay on the evidence row.
    await queryRunner.query(`ALTER TABLE "response_evidence" DROP COLUMN "revision_number"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "revision_number"`);
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" DROP CONSTRAINT "fk_evidence_revisions_created_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" DROP CONSTRAINT "fk_evidence_revisions_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_revisions" DROP CONSTRAINT "fk_evidence_revisions_evidence_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_evidence_revisions_file_sha256"`);
    await queryRunner.query(`DROP INDEX "public"."idx_evidence_revisions_organisation_id"`);
    await queryRunner.query(`DROP TABLE "evidence_revisions"`);
  }
}
