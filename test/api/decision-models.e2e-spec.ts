import { DecisionModel, DecisionModelDraft, DecisionModelSummary } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { createTestApp } from '../support/test-app';

const OWN_MODEL = {
  id: 'moreel-kompas',
  version: '1.0.0',
  name: 'Ons moreel kompas',
  source: { title: 'Eigen werkwijze', publisher: 'Stichting Kompas' },
  summary: 'Onze eigen vragen bij een ethisch dilemma.',
  situations: ['reflecting-afterwards'],
  timing: 'afterwards',
  suitsWhen: ['Na een besluit dat schuurde.'],
  steps: [
    { title: 'Wat schuurde', prompt: 'Wat voelde niet goed?' },
    { title: 'Welke waarden', prompt: 'Welke waarden botsten?' },
  ],
  example: { situation: 'Een verzonnen casus.', walkthrough: 'Zo liep het.' },
};

describe('decision models', () => {
  let app: NestExpressApplication;
  let admin: { client: ApiClient };
  let qo: Actor;
  let professional: Actor;
  let contributor: Actor;
  let other: Actor;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await createPlatformAdmin(app);
    qo = await registerOrganisation(app, 'Stichting Kompas');
    professional = await addMember(app, qo, 'professional');
    contributor = await addMember(app, qo, 'contributor');
    other = await registerOrganisation(app, 'Stichting Elders');
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows every role the three bundled models, and no model the product does not have', async () => {
    const list = (await professional.client.get('/api/v1/decision-models').expect(200))
      .body as DecisionModelSummary[];
    expect(list.map((model) => [model.id, model.owner])).toEqual([
      ['beslissende-professional', 'label'],
      ['omgekeerde-toets', 'label'],
      ['evidence-based-practice', 'label'],
    ]);
    const detail = (
      await professional.client.get('/api/v1/decision-models/omgekeerde-toets').expect(200)
    ).body as DecisionModel;
    expect(detail.steps.map((step) => step.title)).toEqual([
      'Het gewenste effect',
      'De bedoeling van de wet',
      'Korte en lange termijn',
      'De juridische toets',
      'Het besluit vastleggen',
    ]);
    expect(detail.en?.name).toBe('The reverse test');
    const unknown = await professional.client.get('/api/v1/decision-models/samen-beslissen');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(PROBLEM_JSON);
    expect((await professional.client.get('/api/v1/decision-models/Niet_Geldig')).status).toBe(404);
    expect((await admin.client.get('/api/v1/decision-models').expect(200)).body).toHaveLength(3);
  });

  it('lets the label owner draft and publish a new version, checked before it is published', async () => {
    const draft = (
      await admin.client
        .post('/api/v1/decision-models/drafts', { from: 'evidence-based-practice' })
        .expect(201)
    ).body as DecisionModelDraft;
    expect(draft).toMatchObject({
      owner: 'label',
      modelId: 'evidence-based-practice',
      violations: [],
    });
    const content = draft.content as typeof OWN_MODEL;
    expect(content.version).toBe('1.1.0');

    const broken = { ...content, steps: [{ title: 'Alleen' }] };
    const saved = (
      await admin.client
        .put(`/api/v1/decision-models/drafts/${draft.id}`, { content: broken })
        .expect(200)
    ).body as DecisionModelDraft;
    expect(saved.violations[0]).toMatchObject({ rule: 'schema', location: 'steps' });
    const refused = await admin.client.post(`/api/v1/decision-models/drafts/${draft.id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0].location).toBe('steps');

    const old = { ...content, version: '1.0.0' };
    await admin.client
      .put(`/api/v1/decision-models/drafts/${draft.id}`, { content: old })
      .expect(200);
    const notNewer = await admin.client.post(`/api/v1/decision-models/drafts/${draft.id}/publish`);
    expect(notNewer.status).toBe(409);
    expect(notNewer.body.type).toContain('decision-model-version-not-newer');

    const renamed = { ...content, summary: 'Drie bronnen, samen gewogen.' };
    await admin.client
      .put(`/api/v1/decision-models/drafts/${draft.id}`, { content: renamed })
      .expect(200);
    const published = (
      await admin.client.post(`/api/v1/decision-models/drafts/${draft.id}/publish`).expect(201)
    ).body as DecisionModel;
    expect(published).toMatchObject({ version: '1.1.0', owner: 'label' });
    const seen = (
      await other.client.get('/api/v1/decision-models/evidence-based-practice').expect(200)
    ).body as DecisionModel;
    expect([seen.version, seen.summary]).toEqual(['1.1.0', 'Drie bronnen, samen gewogen.']);
    expect((await admin.client.get(`/api/v1/decision-models/drafts/${draft.id}`)).status).toBe(404);
  });

  it("lets a quality officer add the organisation's own model, which only that organisation sees", async () => {
    const draft = (
      await qo.client.post('/api/v1/decision-models/drafts', { content: OWN_MODEL }).expect(201)
    ).body as DecisionModelDraft;
    expect(draft.owner).toBe('organisation');
    // The label owner and other organisations do not see the organisation's drafts.
    expect((await admin.client.get(`/api/v1/decision-models/drafts/${draft.id}`)).status).toBe(404);
    expect((await other.client.get(`/api/v1/decision-models/drafts/${draft.id}`)).status).toBe(404);
    expect(
      (await other.client.post(`/api/v1/decision-models/drafts/${draft.id}/publish`)).status,
    ).toBe(404);
    await qo.client.post(`/api/v1/decision-models/drafts/${draft.id}/publish`).expect(201);

    const ownList = (await professional.client.get('/api/v1/decision-models').expect(200))
      .body as DecisionModelSummary[];
    expect(ownList.find((model) => model.id === 'moreel-kompas')?.owner).toBe('organisation');
    expect((await other.client.get('/api/v1/decision-models/moreel-kompas')).status).toBe(404);
    expect(
      (
        (await other.client.get('/api/v1/decision-models').expect(200))
          .body as DecisionModelSummary[]
      ).map((model) => model.id),
    ).not.toContain('moreel-kompas');
    expect((await admin.client.get('/api/v1/decision-models/moreel-kompas')).status).toBe(404);
  });

  it("keeps an organisation's models off the library's ids, and authoring to the officer and the label owner", async () => {
    const taken = (
      await qo.client
        .post('/api/v1/decision-models/drafts', {
          content: { ...OWN_MODEL, id: 'omgekeerde-toets' },
        })
        .expect(201)
    ).body as DecisionModelDraft;
    const refused = await qo.client.post(`/api/v1/decision-models/drafts/${taken.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('decision-model-id-taken');
    await qo.client.delete(`/api/v1/decision-models/drafts/${taken.id}`).expect(204);

    const copy = (
      await qo.client
        .post('/api/v1/decision-models/drafts', { from: 'omgekeerde-toets' })
        .expect(201)
    ).body as DecisionModelDraft;
    expect([copy.modelId, (copy.content as { version: string }).version]).toEqual([
      'omgekeerde-toets-eigen',
      '1.0.0',
    ]);
    expect(
      (await qo.client.post('/api/v1/decision-models/drafts', { from: 'bestaat-niet' })).status,
    ).toBe(422);
    expect(
      (await qo.client.post('/api/v1/decision-models/drafts', { content: OWN_MODEL, kleur: 1 }))
        .status,
    ).toBe(400);
    for (const actor of [professional, contributor]) {
      expect((await actor.client.post('/api/v1/decision-models/drafts', {})).status).toBe(403);
      expect((await actor.client.get('/api/v1/decision-models/drafts')).status).toBe(403);
    }
    const drafts = (await qo.client.get('/api/v1/decision-models/drafts').expect(200))
      .body as DecisionModelDraft[];
    expect(drafts.map((d) => d.modelId)).toEqual(['omgekeerde-toets-eigen']);
  });
});
