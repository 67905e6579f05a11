import { MigrationInterface, QueryRunner } from 'typeorm';

/** A new e-mail address waits here until its owner confirms it with the mailed link. */
export class CreateEmailChanges1797100100000 implements MigrationInterface {
  name = 'CreateEmailChanges1797100100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "new_email" character varying(254) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_email_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_email_changes_user_id" ON "email_changes" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_email_changes_token_hash" ON "email_changes" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "email_changes" ADD CONSTRAINT "fk_email_changes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_changes"`);
  }
}
