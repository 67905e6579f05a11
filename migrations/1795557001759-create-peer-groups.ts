import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Toetsingsgroepen: groups of organisations that review each other in turn, their member
 * organisations (in join order, which drives the schedule; the schedule itself is computed, not
 * stored) and the single-use links to join, stored as the sha256 of their token.
 */
export class CreatePeerGroups1795557001759 implements MigrationInterface {
  name = 'CreatePeerGroups1795557001759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "peer_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "creator_organisation_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_peer_groups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_group_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_organisation_id" uuid, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_organisation_id" uuid, "accepted_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, CONSTRAINT "pk_peer_group_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_peer_group_invitations_group_id" ON "peer_group_invitations"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_group_invitations_token_hash" ON "peer_group_invitations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_group_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "joined_by_id" uuid, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_peer_group_members_group_organisation" UNIQUE ("group_id", "organisation_id"), CONSTRAINT "pk_peer_group_members" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_peer_group_members_organisation_id" ON "peer_group_members"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_groups" ADD CONSTRAINT "fk_peer_groups_creator_organisation_id" FOREIGN KEY ("creator_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_groups" ADD CONSTRAINT "fk_peer_groups_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_group_id" FOREIGN KEY ("group_id") REFERENCES "peer_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_invited_by_organisation_id" FOREIGN KEY ("invited_by_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_invited_by_id" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_accepted_by_organisation_id" FOREIGN KEY ("accepted_by_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_accepted_by_id" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" ADD CONSTRAINT "fk_peer_group_invitations_revoked_by_id" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" ADD CONSTRAINT "fk_peer_group_members_group_id" FOREIGN KEY ("group_id") REFERENCES "peer_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" ADD CONSTRAINT "fk_peer_group_members_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" ADD CONSTRAINT "fk_peer_group_members_joined_by_id" FOREIGN KEY ("joined_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" DROP CONSTRAINT "fk_peer_group_members_joined_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" DROP CONSTRAINT "fk_peer_group_members_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_members" DROP CONSTRAINT "fk_peer_group_members_group_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_revoked_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_accepted_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_accepted_by_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_invited_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_invited_by_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_invitations" DROP CONSTRAINT "fk_peer_group_invitations_group_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_groups" DROP CONSTRAINT "fk_peer_groups_created_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_groups" DROP CONSTRAINT "fk_peer_groups_creator_organisation_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_peer_group_members_organisation_id"`);
    await queryRunner.query(`DROP TABLE "peer_group_members"`);
    await queryRunner.query(`DROP INDEX "public"."uq_peer_group_invitations_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_peer_group_invitations_group_id"`);
    await queryRunner.query(`DROP TABLE "peer_group_invitations"`);
    await queryRunner.query(`DROP TABLE "peer_groups"`);
  }
}
