import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which version of its readiness report a round is at, so every API instance can keep the report
 * in memory and ask the database, in one indexed query, whether it still holds. The counters are
 * bumped by triggers in the same transaction as every write the report is computed from
 * (responses, evidence links, evidence and its revisions, improvement actions and their owners'
 * names), whichever code path writes them. One counter per round and criterion (the slot), so
 * saves of different criteria of one round never wait for each other's row lock; the report's
 * version is the sum of its round's counters, which only grows. Counters are taken in one order
 * (round, slot), so two statements that bump several never deadlock on each other.
 */
const BUMP = (rows: string) => `
  INSERT INTO round_report_versions AS v (round_id, slot, version)
  SELECT c.round_id, c.slot, count(*) FROM (${rows}) c
   WHERE EXISTS (SELECT 1 FROM assessment_rounds r WHERE r.id = c.round_id)
   GROUP BY c.round_id, c.slot
   ORDER BY c.round_id, c.slot
  ON CONFLICT (round_id, slot) DO UPDATE SET version = v.version + excluded.version;`;

/** Rows that carry their own round and criterion: responses, evidence links, actions. */
const ROWS_FUNCTION = `CREATE FUNCTION "round_report_bump_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${BUMP('SELECT round_id, criterion_code AS slot FROM new_rows')}
  ELSIF TG_OP = 'DELETE' THEN
    ${BUMP('SELECT round_id, criterion_code AS slot FROM old_rows')}
  ELSE
    ${BUMP(
      'SELECT round_id, criterion_code AS slot FROM new_rows UNION ALL SELECT round_id, criterion_code FROM old_rows',
    )}
  END IF;
  RETURN NULL;
END $$`;

/** An evidence item changed: every link to it (a draft round's link follows the item). */
const EVIDENCE_FUNCTION = `CREATE FUNCTION "round_report_bump_evidence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${BUMP(
    'SELECT l.round_id, l.criterion_code AS slot FROM response_evidence l JOIN new_rows n ON n.id = l.evidence_id',
  )}
  RETURN NULL;
END $$`;

/** A revision changed: the links that name it (a submitted round's link does). */
const REVISIONS_FUNCTION = `CREATE FUNCTION "round_report_bump_evidence_revisions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    ${BUMP(
      `SELECT l.round_id, l.criterion_code AS slot FROM response_evidence l
         JOIN old_rows o ON o.evidence_id = l.evidence_id AND o.revision_number = l.revision_number`,
    )}
  ELSE
    ${BUMP(
      `SELECT l.round_id, l.criterion_code AS slot FROM response_evidence l
         JOIN new_rows n ON n.evidence_id = l.evidence_id AND n.revision_number = l.revision_number`,
    )}
  END IF;
  RETURN NULL;
END $$`;

/** A person changed (their name): the actions they own, whose owner the report names. */
const USERS_FUNCTION = `CREATE FUNCTION "round_report_bump_users"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${BUMP(
    `SELECT a.round_id, a.criterion_code AS slot FROM new_rows n
       JOIN memberships m ON m.user_id = n.id
       JOIN improvement_actions a ON a.owner_membership_id = m.id`,
  )}
  RETURN NULL;
END $$`;

/** [table, function, events it fires on] */
const TRIGGERS: [string, string, ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
  ['criterion_responses', 'round_report_bump_rows', ['INSERT', 'UPDATE', 'DELETE']],
  ['response_evidence', 'round_report_bump_rows', ['INSERT', 'UPDATE', 'DELETE']],
  ['improvement_actions', 'round_report_bump_rows', ['INSERT', 'UPDATE', 'DELETE']],
  ['evidence', 'round_report_bump_evidence', ['UPDATE']],
  ['evidence_revisions', 'round_report_bump_evidence_revisions', ['INSERT', 'UPDATE', 'DELETE']],
  ['users', 'round_report_bump_users', ['UPDATE']],
];

// Transition tables take one event per trigger.
const REFERENCING = {
  INSERT: 'REFERENCING NEW TABLE AS new_rows',
  UPDATE: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
  DELETE: 'REFERENCING OLD TABLE AS old_rows',
};

const triggerName = (table: string, event: string) =>
  `trg_${table}_report_version_${event.toLowerCase()}`;

export class CreateRoundReportVersions1797340000000 implements MigrationInterface {
  name = 'CreateRoundReportVersions1797340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key: a round's delete cascades to its responses, whose trigger must not fail on
    // the round that is going; the round's own trigger below removes its counters.
    await queryRunner.query(
      `CREATE TABLE "round_report_versions" ("round_id" uuid NOT NULL, "slot" character varying(20) NOT NULL, "version" bigint NOT NULL, CONSTRAINT "pk_round_report_versions" PRIMARY KEY ("round_id", "slot"))`,
    );
    for (const sql of [ROWS_FUNCTION, EVIDENCE_FUNCTION, REVISIONS_FUNCTION, USERS_FUNCTION]) {
      await queryRunner.query(sql);
    }
    for (const [table, fn, events] of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(
          `CREATE TRIGGER "${triggerName(table, event)}" AFTER ${event} ON "${table}" ${REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
        );
      }
    }
    await queryRunner.query(
      `CREATE FUNCTION "round_report_forget_round"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM round_report_versions v USING old_rows o WHERE v.round_id = o.id;
  RETURN NULL;
END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_assessment_rounds_report_version_delete" AFTER DELETE ON "assessment_rounds" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "round_report_forget_round"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "trg_assessment_rounds_report_version_delete" ON "assessment_rounds"`,
    );
    await queryRunner.query(`DROP FUNCTION "round_report_forget_round"()`);
    for (const [table, , events] of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(`DROP TRIGGER "${triggerName(table, event)}" ON "${table}"`);
      }
    }
    for (const fn of [
      'round_report_bump_rows',
      'round_report_bump_evidence',
      'round_report_bump_evidence_revisions',
      'round_report_bump_users',
    ]) {
      await queryRunner.query(`DROP FUNCTION "${fn}"()`);
    }
    await queryRunner.query(`DROP TABLE "round_report_versions"`);
  }
}
