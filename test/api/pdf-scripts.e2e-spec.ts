import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { Actor, registerOrganisation } from '../support/factories';
import { writerOf } from '../support/review-writing';
import { addReviewer, submittedRound } from '../support/reviews';
import { saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import {
  download,
  embeddedFonts,
  flatText,
  keep,
  notdefGlyphs,
  pdfPages,
} from './exports.fixtures';

const HEBREW = 'שלום';
const ARABIC = 'مرحبا بالعالم';
const EMOJI = '🙂👍';
const MIXED = `Wij werken met ${HEBREW} en ${ARABIC} ${EMOJI}.`;
/** Long enough to wrap: the lines of a right-to-left paragraph must follow each other. */
const HEBREW_PARAGRAPH = 'שלום עולם, זהו משפט בעברית על העבודה בשכונה. '.repeat(8).trim();
const ARABIC_PARAGRAPH = 'مرحبا بالعالم، هذه جملة عربية عن العمل في الحي. '.repeat(8).trim();

const SCRIPT_FONTS = ['NotoEmoji-Regular', 'IBMPlexSansArabic-Regular', 'NotoSansHebrew-Regular'];

/** Hebrew, Arabic and emoji come out of the PDF as they went in, each in a font that has them. */
async function expectEveryScript(pdf: Buffer): Promise<string> {
  expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['Roboto-Regular', ...SCRIPT_FONTS]));
  expect(notdefGlyphs(pdf)).toBe(0);
  const text = flatText(await pdfPages(pdf));
  expect(text).toContain(HEBREW);
  expect(text).toContain(ARABIC);
  expect(text).toContain(EMOJI);
  return text;
}

describe('PDFs in Hebrew, Arabic and emoji', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, `Stichting ${HEBREW} ${EMOJI}`);
    round = await submittedRound(qo, { title: `Zelfevaluatie ${ARABIC}` });
  });

  afterAll(async () => {
    await app.close();
  });

  it('sets the dossier in fonts that cover every script, right to left where it reads so', async () => {
    const draft = await startRound(qo, { title: `Concept ${HEBREW}` });
    const version = (code: string) =>
      draft.responses.find((response) => response.criterionCode === code)?.version ?? 1;
    await saveResponse(qo.client, draft.id, 'OPD-01', version('OPD-01'), {
      level: 3,
      targetLevel: 4,
      rationale: `${MIXED}\n${HEBREW_PARAGRAPH}\n${ARABIC_PARAGRAPH}`,
      state: 'draft',
    });
    await qo.client
      .post(`/api/v1/rounds/${draft.id}/actions`, {
        criterionCode: 'OPD-01',
        title: `Gesprek ${HEBREW} ${EMOJI}`,
        dueDate: '2027-01-31',
      })
      .expect(201);

    const response = await download(qo.client, `/api/v1/rounds/${draft.id}/dossier.pdf`).expect(
      200,
    );
    const pdf = response.body as Buffer;
    keep('dossier-scripts.pdf', pdf);
    const text = await expectEveryScript(pdf);
    expect(text).toContain(`Concept ${HEBREW}`);
    expect(text).toContain(`Gesprek ${HEBREW} ${EMOJI}`);
  });

  it('sets the leerrapport the same way: findings, reviewers and organisations', async () => {
    const writer = writerOf(
      await addReviewer(app, qo, round.id, {
        invitation: { reviewerOrganisationName: `جمعية ${ARABIC}` },
      }),
    );
    for (const { criterionCode } of round.responses) {
      await writer.client
        .put(`/api/v1/reviews/${writer.reviewId}/findings/${criterionCode}`, {
          judgement: 'meets',
          finding: criterionCode === 'OPD-01' ? MIXED : `Bevinding bij ${criterionCode}.`,
          questions: criterionCode === 'OPD-01' ? HEBREW_PARAGRAPH : '',
        })
        .expect(200);
    }
    await writer.client
      .put(`/api/v1/reviews/${writer.reviewId}/overall`, {
        judgement: 'meets',
        strengths: ARABIC_PARAGRAPH,
        improvements: `Meer ${EMOJI}`,
      })
      .expect(200);
    await writer.client.post(`/api/v1/reviews/${writer.reviewId}/submit`).expect(200);

    const response = await download(qo.client, `/api/v1/rounds/${round.id}/leerrapport.pdf`).expect(
      200,
    );
    const pdf = response.body as Buffer;
    keep('leerrapport-scripts.pdf', pdf);
    const text = await expectEveryScript(pdf);
    expect(text).toContain(`Zelfevaluatie ${ARABIC}`);
    expect(text).toContain(`جمعية ${ARABIC}`);
    expect(text).toContain(`Meer ${EMOJI}`);
  });
});
