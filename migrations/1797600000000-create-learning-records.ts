import { MigrationInterface, QueryRunner } from 'typeorm';

/** Learning with clients and other organisations (issue 16). */
export class CreateLearningRecords1797600000000 implements MigrationInterface {
  name = 'CreateLearningRecords1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid, "kind" character varying(32) NOT NULL, "date" date NOT NULL, "counterpart" character varying(200) NOT NULL, "asked" text NOT NULL, "learned" text NOT NULL, "outcome" text NOT NULL, "recorded_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_learning_records" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_learning_records_team_id" ON "learning_records" ("team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_learning_records_recorded_by_user_id" ON "learning_records" ("recorded_by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_learning_records_organisation_id_date" ON "learning_records" ("organisation_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_records" ADD CONSTRAINT "fk_learning_records_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_records" ADD CONSTRAINT "fk_learning_records_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_records" ADD CONSTRAINT "fk_learning_records_recorded_by_user_id" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "learning_records"`);
  }
}
