import { AssessmentRoundDetail, Evidence, ImprovementAction } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import {
  answerAll,
  pdfBytes,
  registerLink,
  startRound,
  upload,
  uploadPdf,
} from '../support/rounds';
import { createTestApp } from '../support/test-app';

type Call = [
  string,
  (client: ApiClient) => PromiseLike<{ status: number; body: { type?: string } }>,
];

describe('who may do what in rounds, evidence and actions', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let contributor: Actor;
  let manager: Actor;
  let contributorId: string;
  let round: AssessmentRoundDetail;
  let submitted: AssessmentRoundDetail;
  let evidence: Evidence;
  let ownAction: ImprovementAction;
  let otherAction: ImprovementAction;
  let assignedAction: ImprovementAction;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app);
    contributor = await addMember(app, qo, 'contributor');
    manager = await addMember(app, qo, 'manager');
    const members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body as {
      id: string;
      email: string;
    }[];
    contributorId = members.find((member) => member.email === contributor.email)?.id ?? '';
    round = await startRound(qo, { title: 'Rechten' });
    await qo.client
      .put(`/api/v1/rounds/${round.id}/responses/VAK-01/owner`, { memberId: contributorId })
      .expect(200);
    evidence = await uploadPdf(qo.client, {}, 'rechten');
    await qo.client
      .post(`/api/v1/rounds/${round.id}/responses/VAK-02/evidence/${evidence.id}`)
      .expect(201);
    ownAction = (
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'VAK-01', title: 'Eigen' })
        .expect(201)
    ).body;
    otherAction = (
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'VAK-02', title: 'Andermans' })
        .expect(201)
    ).body;
    assignedAction = (
      await qo.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-02',
          title: 'Toegewezen',
          ownerId: contributorId,
        })
        .expect(201)
    ).body;
    submitted = await startRound(qo, { title: 'Ingediend' });
    await answerAll(qo, submitted);
    await qo.client.post(`/api/v1/rounds/${submitted.id}/submit`).expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  const reads = (): Call[] => [
    ['list rounds', (c) => c.get('/api/v1/rounds')],
    ['read a round', (c) => c.get(`/api/v1/rounds/${round.id}`)],
    ['read a response', (c) => c.get(`/api/v1/rounds/${round.id}/responses/VAK-02`)],
    ['read the history', (c) => c.get(`/api/v1/rounds/${round.id}/events`)],
    ['read the submitted content', (c) => c.get(`/api/v1/rounds/${submitted.id}/content`)],
    ['list evidence', (c) => c.get('/api/v1/evidence')],
    ['read evidence', (c) => c.get(`/api/v1/evidence/${evidence.id}`)],
    ['download evidence', (c) => c.get(`/api/v1/evidence/${evidence.id}/content`)],
    ['list actions', (c) => c.get('/api/v1/actions')],
    ['read an action', (c) => c.get(`/api/v1/actions/${otherAction.id}`)],
    ['list my criteria', (c) => c.get('/api/v1/me/criteria')],
  ];

  const qualityOfficerOnly = (): Call[] => [
    [
      'start a round',
      (c) =>
        c.post('/api/v1/rounds', {
          title: 'X',
          rubricId: 'sterk-sociaal-werk',
          rubricVersion: '1.0.0',
          targetDate: '2027-01-01',
          route: 'internal',
          confirmSecondOpenRound: true,
        }),
    ],
    ['change a round', (c) => c.patch(`/api/v1/rounds/${round.id}`, { version: 1, title: 'Y' })],
    [
      'assign an owner',
      (c) =>
        c.put(`/api/v1/rounds/${round.id}/responses/VAK-03/owner`, { memberId: contributorId }),
    ],
    ['submit a round', (c) => c.post(`/api/v1/rounds/${round.id}/submit`)],
  ];

  const notOwned = (): Call[] => [
    [
      'answer a criterion owned by someone else',
      (c) => c.put(`/api/v1/rounds/${round.id}/responses/VAK-02`, { version: 1, level: 2 }),
    ],
    [
      'link evidence to it',
      (c) => c.post(`/api/v1/rounds/${round.id}/responses/VAK-02/evidence/${evidence.id}`),
    ],
    [
      'unlink evidence from it',
      (c) => c.delete(`/api/v1/rounds/${round.id}/responses/VAK-02/evidence/${evidence.id}`),
    ],
    [
      'plan an action on it',
      (c) => c.post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'VAK-02', title: 'X' }),
    ],
    [
      'change its action',
      (c) => c.patch(`/api/v1/actions/${otherAction.id}`, { version: 1, title: 'X' }),
    ],
  ];

  describe('a contributor', () => {
    it.each(reads().map(([name, call]) => [name, call] as const))('may %s', async (_name, call) => {
      expect((await call(contributor.client)).status).toBe(200);
    });

    it.each(qualityOfficerOnly().map(([name, call]) => [name, call] as const))(
      'may not %s',
      async (_name, call) => {
        const response = await call(contributor.client);
        expect({ status: response.status, type: response.body.type }).toEqual({
          status: 403,
          type: '/problems/forbidden',
        });
      },
    );

    it.each(notOwned().map(([name, call]) => [name, call] as const))(
      'may not %s',
      async (_name, call) => {
        const response = await call(contributor.client);
        expect({ status: response.status, type: response.body.type }).toEqual({
          status: 403,
          type: '/problems/forbidden',
        });
      },
    );

    it('answers, links evidence and plans actions on a criterion they own', async () => {
      await contributor.client
        .put(`/api/v1/rounds/${round.id}/responses/VAK-01`, {
          version: 1,
          level: 2,
          rationale: 'Eigen criterium',
        })
        .expect(200);
      const own = await uploadPdf(contributor.client, {}, 'eigen bewijs');
      const link = await registerLink(contributor.client);
      await contributor.client
        .post(`/api/v1/rounds/${round.id}/responses/VAK-01/evidence/${own.id}`)
        .expect(201);
      await contributor.client
        .post(`/api/v1/rounds/${round.id}/responses/VAK-01/evidence/${link.id}`)
        .expect(201);
      await contributor.client
        .delete(`/api/v1/rounds/${round.id}/responses/VAK-01/evidence/${link.id}`)
        .expect(204);
      await contributor.client
        .post(`/api/v1/rounds/${round.id}/actions`, {
          criterionCode: 'VAK-01',
          title: 'Zelf gepland',
        })
        .expect(201);
      await contributor.client
        .patch(`/api/v1/actions/${ownAction.id}`, { version: 1, status: 'in-progress' })
        .expect(200);
    });

    it('updates an action assigned to them on a criterion they do not own', async () => {
      await contributor.client
        .patch(`/api/v1/actions/${assignedAction.id}`, { version: 1, status: 'in-progress' })
        .expect(200);
    });
  });

  describe('a manager', () => {
    it.each(reads().map(([name, call]) => [name, call] as const))('may %s', async (_name, call) => {
      expect((await call(manager.client)).status).toBe(200);
    });

    const writes = (): Call[] => [
      ...qualityOfficerOnly(),
      ...notOwned(),
      [
        'answer any criterion',
        (c) => c.put(`/api/v1/rounds/${round.id}/responses/OPD-01`, { version: 1, level: 2 }),
      ],
      ['upload evidence', (c) => upload(c, { name: 'x.pdf', content: pdfBytes() })],
      [
        'register a link',
        (c) =>
          c.post('/api/v1/evidence/links', {
            title: 'x',
            evidenceKind: 'overig',
            documentDate: '2026-01-01',
            url: 'https://x.nl',
          }),
      ],
    ];

    it.each(writes().map(([name, call]) => [name, call] as const))(
      'may not %s',
      async (_name, call) => {
        const response = await call(manager.client);
        expect({ status: response.status, type: response.body.type }).toEqual({
          status: 403,
          type: '/problems/forbidden',
        });
      },
    );
  });

  describe('another organisation', () => {
    let stranger: Actor;
    let theirEvidence: Evidence;

    beforeAll(async () => {
      stranger = await registerOrganisation(app);
      theirEvidence = await uploadPdf(stranger.client, {}, 'van een ander');
    });

    const everyEndpoint = (): Call[] => [
      ['GET a round', (c) => c.get(`/api/v1/rounds/${round.id}`)],
      [
        'PATCH a round',
        (c) => c.patch(`/api/v1/rounds/${round.id}`, { version: 1, title: 'Overgenomen' }),
      ],
      ['submit a round', (c) => c.post(`/api/v1/rounds/${round.id}/submit`)],
      [
        'GET the content of a submitted round',
        (c) => c.get(`/api/v1/rounds/${submitted.id}/content`),
      ],
      ['GET the history', (c) => c.get(`/api/v1/rounds/${round.id}/events`)],
      ['GET a response', (c) => c.get(`/api/v1/rounds/${round.id}/responses/OPD-01`)],
      [
        'PUT a response',
        (c) => c.put(`/api/v1/rounds/${round.id}/responses/OPD-01`, { version: 1, level: 2 }),
      ],
      [
        'PUT an owner',
        (c) => c.put(`/api/v1/rounds/${round.id}/responses/OPD-01/owner`, { memberId: null }),
      ],
      [
        'link evidence',
        (c) => c.post(`/api/v1/rounds/${round.id}/responses/OPD-01/evidence/${theirEvidence.id}`),
      ],
      [
        'unlink evidence',
        (c) => c.delete(`/api/v1/rounds/${round.id}/responses/VAK-02/evidence/${evidence.id}`),
      ],
      [
        'plan an action',
        (c) =>
          c.post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: 'OPD-01', title: 'X' }),
      ],
      ['GET an action', (c) => c.get(`/api/v1/actions/${otherAction.id}`)],
      [
        'PATCH an action',
        (c) => c.patch(`/api/v1/actions/${otherAction.id}`, { version: 1, title: 'X' }),
      ],
      ['GET evidence', (c) => c.get(`/api/v1/evidence/${evidence.id}`)],
      ['download evidence', (c) => c.get(`/api/v1/evidence/${evidence.id}/content`)],
    ];

    it.each(everyEndpoint().map(([name, call]) => [name, call] as const))(
      'gets 404 on %s',
      async (_name, call) => {
        const response = await call(stranger.client);
        expect({ status: response.status, type: response.body.type }).toEqual({
          status: 404,
          type: '/problems/not-found',
        });
      },
    );

    it('cannot link our evidence into its own round', async () => {
      const own = await startRound(stranger);
      await stranger.client
        .post(`/api/v1/rounds/${own.id}/responses/OPD-01/evidence/${evidence.id}`)
        .expect(404);
    });

    it('sees none of our rounds, evidence or actions in its lists', async () => {
      const rounds = (await stranger.client.get('/api/v1/rounds').expect(200)).body as {
        id: string;
      }[];
      const items = (await stranger.client.get('/api/v1/evidence').expect(200)).body as {
        id: string;
      }[];
      const actions = (await stranger.client.get(`/api/v1/actions?roundId=${round.id}`).expect(200))
        .body as unknown[];
      expect(rounds.map((r) => r.id)).not.toContain(round.id);
      expect(items.map((e) => e.id)).toEqual([theirEvidence.id]);
      expect(actions).toEqual([]);
    });
  });
});
