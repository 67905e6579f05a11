import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import {
  DEMO_ACTIONS,
  DEMO_ANSWERS,
  DEMO_EVIDENCE,
} from '../../apps/api/src/app/demo/demo-round.data';
import { Actor, registerOrganisation } from '../support/factories';
import { registerLink, saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, keep, pdfPages } from './exports.fixtures';

/** Wider than the text column of an A4 page: it can only be set hyphenated over several lines. */
const VERY_LONG_WORD =
  'samenwerkingsovereenkomstenonderhandelingsresultatenregistratiesysteemontwikkelingsprogrammabegeleidingscommissievergadering';
const LONG_WORDS = ['samenwerkingsovereenkomst', 'kwaliteitsmanagementsysteem'];

/** A toelichting long enough to run over a page break. */
const LONG_RATIONALE = Array.from(
  { length: 14 },
  (_, index) =>
    `Alinea ${index + 1}: de ${LONG_WORDS[index % 2]} met de gemeente en de buurtteams is besproken in het overleg over de prestatieafspraken, de subsidiebeschikking en het meerjarenbeleidsplan.`,
).join(' ');

/** Letters of a word with an optional line break (hyphenated or not) between any two of them. */
const brokenWord = (word: string) =>
  new RegExp(
    [...word].map((letter) => letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:-?\\n)?'),
    'g',
  );

/** Lines of text on a page: the running header and the footer (two lines) included. */
const lineCount = (page: string) => page.split('\n').filter((line) => line.trim() !== '').length;

/**
 * A page with fewer lines than this share of the fullest page's is nearly empty. Before the
 * domains could start under a short tail, the last criterion of a domain (or its table of
 * actions) stood alone on a page with a quarter of the lines of a full one.
 */
const NEARLY_EMPTY = 0.4;

describe('layout of the dossier PDF', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let round: AssessmentRoundDetail;
  let pages: string[];

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Samenwerkingsverbanden Welzijnsorganisaties');
    round = await startRound(qo, { title: 'Zelfevaluatie Kwaliteitslabel 2027' });
    const version = (code: string) =>
      round.responses.find((response) => response.criterionCode === code)?.version ?? 1;
    for (const answer of DEMO_ANSWERS) {
      const rationale =
        answer.code === 'OPD-01'
          ? `${answer.rationale} Zie de ${VERY_LONG_WORD} van maart.`
          : answer.code === 'VAK-02'
            ? LONG_RATIONALE
            : answer.rationale;
      await saveResponse(qo.client, round.id, answer.code, version(answer.code), {
        level: answer.level,
        targetLevel: answer.targetLevel,
        rationale,
        state: 'draft',
      });
    }
    for (const item of DEMO_EVIDENCE) {
      const evidence = await registerLink(qo.client, {
        title: item.title,
        evidenceKind: item.evidenceKind,
        url: item.url ?? `https://www.voorbeeld.nl/documenten/${item.key}`,
      });
      for (const code of item.criteria) {
        await qo.client
          .post(`/api/v1/rounds/${round.id}/responses/${code}/evidence/${evidence.id}`)
          .expect(201);
      }
    }
    for (const action of DEMO_ACTIONS) {
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: action.code,
          title: action.title,
        })
        .expect(201);
    }
    const pdf = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(200);
    keep('dossier-layout.pdf', pdf.body as Buffer);
    pages = await pdfPages(pdf.body as Buffer);
  });

  afterAll(async () => {
    await app.close();
  });

  it('hyphenates a word wider than the column at its line ends, never breaking it bare', () => {
    const text = pages.join('\n');
    const found = text.match(brokenWord(VERY_LONG_WORD)) ?? [];
    expect(found).toHaveLength(1);
    const [word = ''] = found;
    expect(word).toMatch(/-\n/);
    expect(word).not.toMatch(/[^-]\n/);
  });

  it('leaves no page nearly empty, so no tail of a domain stands on a page of its own', () => {
    const counts = pages.map(lineCount);
    const fullest = Math.max(...counts);
    // The cover, the contents and the last page may be as short as they are.
    const body = counts.slice(2, -1).map((lines, index) => ({ page: index + 3, lines }));
    expect(body.length).toBeGreaterThan(8);
    expect(body.filter(({ lines }) => lines < fullest * NEARLY_EMPTY)).toEqual([]);
  });
});
