import { MigrationInterface, QueryRunner } from 'typeorm';

/** Prikkelende vragen: each team's cadence, and the members' answers per period. */
export class CreateCheckIns1797450300000 implements MigrationInterface {
  name = 'CreateCheckIns1797450300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_in_schedules" ("team_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "cadence" character varying(16) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_check_in_schedules" PRIMARY KEY ("team_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "answers" jsonb NOT NULL, "action_links" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_check_ins_team_id_author_user_id_period_key" UNIQUE ("team_id", "author_user_id", "period_key"), CONSTRAINT "pk_check_ins" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_check_ins_author_user_id" ON "check_ins" ("author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_check_ins_organisation_id_team_id_period_key" ON "check_ins" ("organisation_id", "team_id", "period_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in_schedules" ADD CONSTRAINT "fk_check_in_schedules_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "fk_check_ins_author_user_id" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "check_ins"`);
    await queryRunner.query(`DROP TABLE "check_in_schedules"`);
  }
}
