import { MigrationInterface, QueryRunner } from 'typeorm';

/** The professional (sociaal werker) as a member role, and teams with their members and leads. */
export class CreateTeams1797400000000 implements MigrationInterface {
  name = 'CreateTeams1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['memberships', 'invitations']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_role"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_role" CHECK (role IN ('quality-officer', 'contributor', 'manager', 'professional'))`,
      );
    }
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "name_key" character varying(80) NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_teams" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_teams_organisation_id_name_key" ON "teams" ("organisation_id", "name_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "team_role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_team_members_team_id_membership_id" UNIQUE ("team_id", "membership_id"), CONSTRAINT "ck_team_members_team_role" CHECK (team_role IN ('member', 'lead')), CONSTRAINT "pk_team_members" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_team_members_membership_id" ON "team_members" ("membership_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "fk_teams_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "fk_team_members_team_id" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "fk_team_members_membership_id" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    // Professionals cannot stay under the old rule: their memberships and invitations go.
    await queryRunner.query(`DELETE FROM "memberships" WHERE role = 'professional'`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE role = 'professional'`);
    for (const table of ['memberships', 'invitations']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_role"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_role" CHECK (role IN ('quality-officer', 'contributor', 'manager'))`,
      );
    }
  }
}
