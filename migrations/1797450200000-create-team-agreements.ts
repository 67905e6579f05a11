import { MigrationInterface, QueryRunner } from 'typeorm';

/** Team agreements on recurring questions, with every version kept. */
export class CreateTeamAgreements1797450200000 implements MigrationInterface {
  name = 'CreateTeamAgreements1797450200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_team_agreements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_agreements_team_id" ON "team_agreements" ("team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_agreements_organisation_id_team_id" ON "team_agreements" ("organisation_id", "team_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_agreement_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "version" integer NOT NULL, "question" text NOT NULL, "agreement_text" text NOT NULL, "rationale" text NOT NULL, "agreed_on" date NOT NULL, "review_on" date, "status" character varying(16) NOT NULL, "changed_by_user_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_team_agreement_versions_agreement_id_version" UNIQUE ("agreement_id", "version"), CONSTRAINT "pk_team_agreement_versions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_agreement_versions_changed_by_user_id" ON "team_agreement_versions" ("changed_by_user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "team_agreements" ADD CONSTRAINT "fk_team_agreements_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_agreements" ADD CONSTRAINT "fk_team_agreements_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_agreement_versions" ADD CONSTRAINT "fk_team_agreement_versions_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "team_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_agreement_versions" ADD CONSTRAINT "fk_team_agreement_versions_changed_by_user_id" FOREIGN KEY ("changed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "team_agreement_versions"`);
    await queryRunner.query(`DROP TABLE "team_agreements"`);
  }
}
