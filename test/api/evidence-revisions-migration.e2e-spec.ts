import { AssessmentRoundDetail, Evidence } from '@labelklaar/domain';
import { MIGRATIONS } from '@labelklaar/migrations';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { Actor, registerOrganisation } from '../support/factories';
import { submitRound } from '../support/reviews';
import { answerAll, pdfBytes, sha256, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

/** The revisions migration over data written before it: every item becomes its revision 1. */
describe('migration EvidenceRevisions1796700000000', () => {
  let app: NestExpressApplication;
  let dataSource: DataSource;
  let qo: Actor;
  let evidence: Evidence;
  let submitted: AssessmentRoundDetail;
  let draft: AssessmentRoundDetail;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    qo = await registerOrganisation(app, 'Stichting Migratie');
    evidence = await uploadPdf(qo.client, { title: 'Oud jaarplan' }, 'oud jaarplan');
    submitted = await startRound(qo, { title: 'Oud ingediend' });
    await answerAll(qo, submitted);
    await qo.client
      .post(`/api/v1/rounds/${submitted.id}/responses/VAK-03/evidence/${evidence.id}`)
      .expect(201);
    submitted = await submitRound(qo, submitted);
    draft = await startRound(qo, { title: 'Oud lopend' });
    await qo.client
      .post(`/api/v1/rounds/${draft.id}/responses/VAK-03/evidence/${evidence.id}`)
      .expect(201);
    expect(MIGRATIONS.map((migration) => migration.name)).toContain(
      'EvidenceRevisions1796700000000',
    );
    // Back to the schema before revisions (and any later migration), then forward over the data.
    const applied = async () =>
      (
        await dataSource.query<{ name: string }[]>(
          `SELECT name FROM migrations WHERE name = 'EvidenceRevisions1796700000000'`,
        )
      ).length > 0;
    while (await applied()) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('makes each existing item its revision 1, with its file, dates and author', async () => {
    const rows: { revision_number: number; file_sha256: string; title: string }[] =
      await dataSource.query(
        'SELECT revision_number, file_sha256, title FROM evidence_revisions WHERE evidence_id = $1',
        [evidence.id],
      );
    expect(rows).toEqual([
      { revision_number: 1, file_sha256: sha256(pdfBytes('oud jaarplan')), title: 'Oud jaarplan' },
    ]);
    const [row] = await dataSource.query('SELECT revision_number FROM evidence WHERE id = $1', [
      evidence.id,
    ]);
    expect(row.revision_number).toBe(1);
  });

  it("pins a submitted round's links to revision 1 and leaves a draft round's following", async () => {
    const links: { round_id: string; revision_number: number | null }[] = await dataSource.query(
      'SELECT round_id, revision_number FROM response_evidence WHERE evidence_id = $1',
      [evidence.id],
    );
    expect(new Map(links.map((link) => [link.round_id, link.revision_number]))).toEqual(
      new Map([
        [submitted.id, 1],
        [draft.id, null],
      ]),
    );
    const history = await qo.client.get(`/api/v1/evidence/${evidence.id}/revisions`).expect(200);
    expect(history.body).toHaveLength(1);
    expect(history.body[0].rounds.map((round: { title: string }) => round.title).sort()).toEqual([
      'Oud ingediend',
      'Oud lopend',
    ]);
  });
});
