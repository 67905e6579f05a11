import { MigrationInterface, QueryRunner } from 'typeorm';

/** Decision reflections: a professional's own notes, shared with their team when they choose. */
export class CreateReflections1797450000000 implements MigrationInterface {
  name = 'CreateReflections1797450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reflections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "date" date NOT NULL, "decision_kind" character varying(32) NOT NULL, "dilemmas" character varying(40) array NOT NULL, "model_id" character varying(80), "model_version" character varying(20), "prompt_answers" jsonb NOT NULL, "considerations" character varying(40) array NOT NULL, "steps" jsonb NOT NULL, "decision" text NOT NULL, "insight" text NOT NULL, "is_shared" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_reflections" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_reflections_team_id" ON "reflections" ("team_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_reflections_author_user_id" ON "reflections" ("author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_reflections_organisation_id_team_id_date" ON "reflections" ("organisation_id", "team_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reflections" ADD CONSTRAINT "fk_reflections_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflections" ADD CONSTRAINT "fk_reflections_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reflections" ADD CONSTRAINT "fk_reflections_author_user_id" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reflections"`);
  }
}
