import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the dashboards need at sector scale (found with `npm run bench` and EXPLAIN ANALYZE):
 * the trend and the sector view read the figures of many rounds at once, which these let
 * PostgreSQL answer with index-only scans instead of scanning whole tables:
 * - responses of a set of rounds (the sector view's 500 rounds seq-scanned all responses);
 * - evidence links of a set of rounds, joined to the evidence's validity (the trend hash-joined
 *   the whole evidence table for six rounds);
 * - each organisation's latest submitted round, without reading the wide round rows.
 */
export class AddDashboardIndexes1795556960621 implements MigrationInterface {
  name = 'AddDashboardIndexes1795556960621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_assessment_rounds_organisation_id_submitted_at" ON "assessment_rounds" ("organisation_id", "submitted_at", "id", "rubric_id", "rubric_version") WHERE status IN ('submitted', 'reviewed') AND submitted_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_criterion_responses_round_id_criterion_code_level" ON "criterion_responses" ("round_id", "criterion_code", "level", "target_level", "not_applicable")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_evidence_id_valid_until" ON "evidence" ("id", "valid_until")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_response_evidence_round_id_criterion_code_evidence_id" ON "response_evidence" ("round_id", "criterion_code", "evidence_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."idx_response_evidence_round_id_criterion_code_evidence_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_evidence_id_valid_until"`);
    await queryRunner.query(
      `DROP INDEX "public"."idx_criterion_responses_round_id_criterion_code_level"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."idx_assessment_rounds_organisation_id_submitted_at"`,
    );
  }
}
