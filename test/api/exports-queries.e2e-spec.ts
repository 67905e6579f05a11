import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation } from '../support/factories';
import { answerAll, saveResponse, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { createTestCatalog, linkEvidence, startSmallRound } from './dashboards.fixtures';
import { download, flatText, keep, pdfPages } from './exports.fixtures';

const PATHS = ['dossier.pdf', 'dossier.xlsx', 'criteria.csv'];
/** Ends a long rationale, so a test can see that all of it reached the PDF. */
const LONG_END = 'Einde van de lange onderbouwing.';

/**
 * No N+1 in the exports: a full round with many evidence links and actions is read in as many
 * queries as an empty round of 3 criteria, and the long-content paths of the PDF layout (a
 * rationale longer than a page, an evidence table that breaks across pages) still render.
 */
describe('queries and size of the exports', () => {
  let app: NestExpressApplication;
  let small: Actor;
  let large: Actor;
  let smallRound: AssessmentRoundDetail;
  let largeRound: AssessmentRoundDetail;

  /** Every SQL statement the API sends while the request runs (the session lookup included). */
  async function queriesOf(client: ApiClient, path: string): Promise<string[]> {
    const logger = app.get(DataSource).logger;
    const seen: string[] = [];
    const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query: string) => {
      seen.push(query);
    });
    try {
      const response = await download(client, path);
      expect(response.status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    return seen;
  }

  beforeAll(async () => {
    const catalog = createTestCatalog('exports-query');
    app = await createTestApp({ rubricsDir: catalog.dir });

    // A round of 3 criteria with one evidence link (without any, the evidence query is skipped).
    small = await registerOrganisation(app);
    smallRound = await startSmallRound(small, catalog.rubricId);
    const one = await uploadPdf(small.client, { title: 'Enig bewijsstuk' });
    await linkEvidence(small.client, smallRound.id, 'OPD-01', one.id);

    // Every criterion answered, 12 evidence items on one criterion and 3 on each of the others,
    // an action on every criterion and a rationale of several pages.
    large = await registerOrganisation(app);
    largeRound = await startRound(large, { title: 'Volledige ronde' });
    await answerAll(large, largeRound);
    const codes = largeRound.responses.map((response) => response.criterionCode);
    const evidence = [];
    for (let item = 0; item < 12; item += 1) {
      evidence.push(await uploadPdf(large.client, { title: `Bewijsstuk ${item + 1}` }, `b${item}`));
    }
    for (const [index, code] of codes.entries()) {
      const linked = code === 'VAK-03' ? evidence : evidence.slice(index % 9, (index % 9) + 3);
      for (const item of linked) {
        await linkEvidence(large.client, largeRound.id, code, item.id);
      }
      await large.client
        .post(`/api/v1/rounds/${largeRound.id}/actions`, {
          criterionCode: code,
          title: `Verbeteractie voor ${code}`,
          dueDate: '2027-01-15',
        })
        .expect(201);
    }
    const vak03 = (await large.client.get(`/api/v1/rounds/${largeRound.id}/responses/VAK-03`))
      .body as { version: number };
    await saveResponse(large.client, largeRound.id, 'VAK-03', vak03.version, {
      level: 3,
      targetLevel: 4,
      rationale: `${'Wij bespreken casuïstiek maandelijks in elk team. '.repeat(160)}${LONG_END}`,
      state: 'ready-for-review',
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(PATHS)(
    'reads a full round for %s in as many queries as a round of 3 criteria',
    async (file) => {
      const smallPath = `/api/v1/rounds/${smallRound.id}/${file}`;
      const largePath = `/api/v1/rounds/${largeRound.id}/${file}`;
      // The first report of a rubric version loads it once; later reports take it from memory.
      await queriesOf(small.client, smallPath);
      await queriesOf(large.client, largePath);

      const fewer = await queriesOf(small.client, smallPath);
      const more = await queriesOf(large.client, largePath);
      expect(more.length).toBe(fewer.length);
      expect(more.length).toBeLessThanOrEqual(24);
    },
  );

  it('lays out a rationale longer than a page and an evidence table across pages', async () => {
    const response = await download(
      large.client,
      `/api/v1/rounds/${largeRound.id}/dossier.pdf`,
    ).expect(200);
    keep('dossier-full.pdf', response.body as Buffer);
    const pages = await pdfPages(response.body as Buffer);
    const text = flatText(pages);
    expect(pages.length).toBeGreaterThan(15);
    expect(text).toContain(LONG_END);
    for (let item = 1; item <= 12; item += 1) {
      expect(text).toContain(`Bewijsstuk ${item}`);
    }
    expect(text).toContain('Verbeteractie voor IMP-06');
    pages.forEach((page, index) => {
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
    });
  });
});
