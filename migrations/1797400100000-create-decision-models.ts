import { MigrationInterface, QueryRunner } from 'typeorm';

/** Decision models written in the product: the label owner's and organisations' own, drafts and published versions. */
export class CreateDecisionModels1797400100000 implements MigrationInterface {
  name = 'CreateDecisionModels1797400100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decision_models" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "owner_key" character varying(40) NOT NULL, "model_id" character varying(100), "version" character varying(40), "status" character varying(16) NOT NULL, "content" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_decision_models_status" CHECK (status IN ('draft', 'published')), CONSTRAINT "pk_decision_models" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_decision_models_organisation_id" ON "decision_models" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_decision_models_published" ON "decision_models" ("owner_key", "model_id", "version") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_models" ADD CONSTRAINT "fk_decision_models_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_models" ADD CONSTRAINT "fk_decision_models_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "decision_models"`);
  }
}
