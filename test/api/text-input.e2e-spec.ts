import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, registerOrganisation, TEST_PASSWORD, uniqueEmail } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { pdfBytes, RUBRIC, startRound, upload } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const NUL = 'Zelfevaluatie\u00002026';
const LONE_SURROGATE = 'Zelfevaluatie \ud83d 2026';
const MESSAGE = {
  nl: 'bevat een teken dat niet in tekst kan staan (een nulteken of een half teken)',
  en: 'contains a character that cannot be part of text (a NUL character or half a character)',
};

/** The whole problem for text that is not well-formed, in Dutch unless asked otherwise. */
function textProblem(instance: string, field: string, language: 'nl' | 'en' = 'nl') {
  const message = `${field} ${MESSAGE[language]}`;
  return {
    type: '/problems/validation-failed',
    title: language === 'nl' ? 'Ongeldige invoer' : 'Invalid input',
    status: 400,
    detail: `${language === 'nl' ? 'De invoer klopt niet' : 'The input is not valid'}: ${message}`,
    instance,
    errors: [{ field, code: 'isWellFormedText', message }],
  };
}

describe('text input with a NUL character or a lone surrogate', () => {
  let app: NestExpressApplication;
  let officer: Actor;
  let round: AssessmentRoundDetail;
  let actionId: string;

  beforeAll(async () => {
    app = await createTestApp();
    officer = await registerOrganisation(app);
    round = await startRound(officer);
    const action = await officer.client
      .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'VAK-03', title: 'Intervisie' })
      .expect(201);
    actionId = action.body.id as string;
  });

  afterAll(async () => {
    await app.close();
  });

  /** Every text field the issue named, as the request that carries it. */
  const fields = () => [
    {
      what: 'a round title',
      method: 'post' as const,
      path: '/api/v1/rounds',
      body: (text: string) => ({
        ...RUBRIC,
        title: text,
        targetDate: '2027-03-15',
        route: 'internal',
      }),
      field: 'title',
    },
    {
      what: 'a rationale',
      method: 'put' as const,
      path: `/api/v1/rounds/${round.id}/responses/VAK-03`,
      body: (text: string) => ({ version: 1, level: 2, rationale: text }),
      field: 'rationale',
    },
    {
      what: 'an action title',
      method: 'post' as const,
      path: `/api/v1/rounds/${round.id}/actions`,
      body: (text: string) => ({ criterionCode: 'VAK-03', title: text }),
      field: 'title',
    },
    {
      what: 'an action reflection',
      method: 'patch' as const,
      path: `/api/v1/actions/${actionId}`,
      body: (text: string) => ({ version: 1, status: 'done', reflection: text }),
      field: 'reflection',
    },
    {
      what: 'a link title',
      method: 'post' as const,
      path: '/api/v1/evidence/links',
      body: (text: string) => ({
        title: text,
        evidenceKind: 'jaarverslag',
        documentDate: '2026-03-01',
        url: 'https://www.voorbeeld.nl/jaarverslag',
      }),
      field: 'title',
    },
    {
      what: 'a peer-group name',
      method: 'post' as const,
      path: '/api/v1/peer-groups',
      body: (text: string) => ({ name: text }),
      field: 'name',
    },
    {
      what: 'a participation note, nested in a list',
      method: 'patch' as const,
      path: `/api/v1/rounds/${round.id}`,
      body: (text: string) => ({
        version: 1,
        participation: [
          { group: 'staff', method: 'survey', date: '2026-03-01', note: 'goed' },
          { group: 'staff', method: 'survey', date: '2026-03-02', note: text },
        ],
      }),
      field: 'participation.1.note',
    },
    {
      what: 'an invited e-mail address',
      method: 'post' as const,
      path: '/api/v1/organisation/invitations',
      body: (text: string) => ({ email: `${text}@voorbeeld.nl`, role: 'manager' }),
      field: 'email',
    },
  ];

  it.each([
    ['a NUL character', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])(
    'answers %s in each text field with 400 naming that field, and stores nothing',
    async (_kind, text) => {
      const before = await officer.client.get(`/api/v1/rounds/${round.id}`).expect(200);
      const answers = [];
      for (const { what, method, path, body } of fields()) {
        const response = await officer.client.send(method, path, body(text));
        answers.push({
          what,
          status: response.status,
          problem: PROBLEM_JSON.test(response.headers['content-type'] ?? ''),
          body: response.body as unknown,
        });
      }

      expect(answers).toEqual(
        fields().map(({ what, path, field }) => ({
          what,
          status: 400,
          problem: true,
          body: textProblem(path, field),
        })),
      );
      const after = await officer.client.get(`/api/v1/rounds/${round.id}`).expect(200);
      expect(after.body).toEqual(before.body);
      const rounds = await officer.client.get('/api/v1/rounds').expect(200);
      expect(rounds.body).toHaveLength(1);
    },
  );

  it('answers a NUL character in an organisation name at registration, anonymously', async () => {
    const client = await ApiClient.create(app);
    const response = await client.post('/api/v1/auth/register', {
      organisationName: `Stichting ${NUL}`,
      displayName: 'Sanne de Vries',
      email: uniqueEmail('nul'),
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(textProblem('/api/v1/auth/register', 'organisationName'));
  });

  it.each([
    ['/api/v1/auth/login', { email: `kwaliteit${LONE_SURROGATE}@voorbeeld.nl`, password: 'x' }],
    [
      '/api/v1/auth/register',
      {
        organisationName: 'Stichting Oost',
        displayName: 'Sanne',
        email: `kwaliteit${LONE_SURROGATE}@voorbeeld.nl`,
        password: TEST_PASSWORD,
      },
    ],
  ])(
    'answers a lone surrogate in the e-mail address of %s, anonymously, with 400',
    async (path, body) => {
      const client = await ApiClient.create(app);
      const response = await client.post(path, body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(textProblem(path, 'email'));
    },
  );

  it('answers in English when asked', async () => {
    const response = await officer.client
      .post('/api/v1/peer-groups', { name: NUL })
      .set('Accept-Language', 'en');
    expect(response.status).toBe(400);
    expect(response.body).toEqual(textProblem('/api/v1/peer-groups', 'name', 'en'));
  });

  it('answers a NUL character in a form field of an evidence upload with 400 and stores no file', async () => {
    const response = await upload(
      officer.client,
      { name: 'beleidsplan.pdf', content: pdfBytes(), type: 'application/pdf' },
      { title: NUL },
    );
    expect(response.status).toBe(400);
    expect(response.body).toEqual(textProblem('/api/v1/evidence', 'title'));
    const evidence = await officer.client.get('/api/v1/evidence').expect(200);
    expect(evidence.body).toEqual([]);
  });

  it('answers a NUL character in a query or path parameter with 400 naming it', async () => {
    const query = await officer.client.get('/api/v1/actions?criterionCode=VAK%0003');
    expect(query.status).toBe(400);
    expect(query.body).toEqual(
      textProblem('/api/v1/actions?criterionCode=VAK%0003', 'criterionCode'),
    );
    const path = '/api/v1/rubrics/sterk-sociaal-werk/versions/1.0%000';
    const parameter = await officer.client.get(path);
    expect(parameter.status).toBe(400);
    expect(parameter.body).toEqual(textProblem(path, 'version'));
  });

  it('still takes well-formed text in any script, emoji included', async () => {
    const title = 'Zelfevaluatie 2026 – ouderen 👵🏽 en jongeren, العربية, 中文';
    const response = await officer.client.post('/api/v1/peer-groups', { name: title }).expect(201);
    expect(response.body.name).toBe(title);
  });
});
