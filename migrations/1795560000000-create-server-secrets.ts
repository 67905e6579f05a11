import { MigrationInterface, QueryRunner } from 'typeorm';

/** Secrets shared by every API instance; the first instance to start writes the CSRF key. */
export class CreateServerSecrets1795560000000 implements MigrationInterface {
  name = 'CreateServerSecrets1795560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "server_secrets" ("name" character varying(64) NOT NULL, "value" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_server_secrets" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "server_secrets"`);
  }
}
