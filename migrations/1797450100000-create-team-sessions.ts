import { MigrationInterface, QueryRunner } from 'typeorm';

/** Team sessions: casuïstiekbespreking, intervisie, moreel beraad, leerkring, inhoudelijk teamoverleg. */
export class CreateTeamSessions1797450100000 implements MigrationInterface {
  name = 'CreateTeamSessions1797450100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "session_type" character varying(32) NOT NULL, "date" date NOT NULL, "present_count" integer NOT NULL, "reflection_ids" uuid array NOT NULL, "model_id" character varying(80), "stood_out" text NOT NULL, "similarities_and_differences" text NOT NULL, "insights" text NOT NULL, "agreements_made" text NOT NULL, "recorded_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_team_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_sessions_team_id" ON "team_sessions" ("team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_sessions_recorded_by_user_id" ON "team_sessions" ("recorded_by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_sessions_organisation_id_team_id_date" ON "team_sessions" ("organisation_id", "team_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "team_sessions" ADD CONSTRAINT "fk_team_sessions_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_sessions" ADD CONSTRAINT "fk_team_sessions_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_sessions" ADD CONSTRAINT "fk_team_sessions_recorded_by_user_id" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "team_sessions"`);
  }
}
