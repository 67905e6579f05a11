import { SearchResults } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { registerLink, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

describe('GET /api/v1/search', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let other: Actor;
  let roundId: string;

  const search = async (actor: Actor, q: string): Promise<SearchResults> =>
    (await actor.client.get(`/api/v1/search?q=${encodeURIComponent(q)}`).expect(200))
      .body as SearchResults;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Zoeken');
    other = await registerOrganisation(app, 'Stichting Elders');
    roundId = (await startRound(qo, { title: 'Zelfevaluatie zoeken' })).id;
    await uploadPdf(qo.client, {
      title: 'Klachtenregeling wijkteams',
      evidenceKind: 'beleidsplan',
    });
    await uploadPdf(qo.client, { title: 'Verslag 100% bereik_oost' }, 'bereik');
    await registerLink(qo.client, { title: 'Jaarverslag op de website' });
    await uploadPdf(other.client, { title: 'Klachtenregeling van elders' }, 'elders');
  });

  afterAll(async () => {
    await app.close();
  });

  it("finds a criterion by its code and links it in the organisation's round", async () => {
    const results = await search(qo, 'vak-03');
    expect(results.criteria.items[0]).toMatchObject({
      type: 'criterion',
      code: 'VAK-03',
      rubricId: 'sterk-sociaal-werk',
      rubricVersion: '1.0.0',
      roundId,
      roundTitle: 'Zelfevaluatie zoeken',
      link: `/rounds/${roundId}/criteria/VAK-03`,
    });
    expect(results.criteria.items[0]?.title.length).toBeGreaterThan(0);
  });

  it('finds criteria by the words of their text, each word anywhere in the criterion', async () => {
    const results = await search(qo, 'cliënten');
    expect(results.criteria.items.length).toBeGreaterThan(0);
    for (const hit of results.criteria.items) {
      expect(hit.excerpt.length).toBeLessThanOrEqual(162);
    }
    const narrower = await search(qo, 'cliënten ervaringen');
    expect(narrower.criteria.items.length).toBeLessThanOrEqual(results.criteria.items.length);
  });

  it("finds evidence by title, kind and file name, of the session's organisation only", async () => {
    const byTitle = await search(qo, '  klachtenregeling ');
    expect(byTitle.query).toBe('klachtenregeling');
    expect(byTitle.evidence.items.map((hit) => hit.title)).toEqual(['Klachtenregeling wijkteams']);
    expect(byTitle.evidence.items[0]).toMatchObject({
      type: 'evidence',
      evidenceKind: 'beleidsplan',
      source: 'file',
      revision: 1,
      link: `/evidence/${byTitle.evidence.items[0]?.id}`,
    });
    const theirs = await search(other, 'klachtenregeling');
    expect(theirs.evidence.items.map((hit) => hit.title)).toEqual(['Klachtenregeling van elders']);

    const byKind = await search(qo, 'jaarverslag');
    expect(byKind.evidence.items.map((hit) => hit.title)).toContain('Jaarverslag op de website');
    const byFileName = await search(qo, 'beleidsplan.pdf');
    expect(byFileName.evidence.items.length).toBe(2);
  });

  it('takes % and _ literally', async () => {
    expect((await search(qo, '100%')).evidence.items.map((hit) => hit.title)).toEqual([
      'Verslag 100% bereik_oost',
    ]);
    expect((await search(qo, 'h_k')).evidence.items).toEqual([]);
    expect((await search(qo, '%%')).evidence.items).toEqual([]);
  });

  it('limits each group and says when there is more', async () => {
    for (let index = 0; index < 26; index += 1) {
      await registerLink(qo.client, { title: `Notulen overleg ${index + 1}` });
    }
    const results = await search(qo, 'notulen');
    expect(results.evidence.items).toHaveLength(25);
    expect(results.evidence.truncated).toBe(true);
    expect((await search(qo, 'notulen overleg 26')).evidence.truncated).toBe(false);
  });

  it('is for every member, a manager too', async () => {
    const manager = await addMember(app, qo, 'manager');
    expect((await search(manager, 'klachtenregeling')).evidence.items).toHaveLength(1);
  });

  it.each([
    ['missing', '', 'isString'],
    ['one character', '?q=a', 'minLength'],
    ['only spaces around one character', '?q=%20%20a%20%20', 'minLength'],
    ['over 200 characters', `?q=${'a'.repeat(201)}`, 'maxLength'],
    ['given twice', '?q=ab&q=cd', 'isString'],
  ])('refuses a query %s with problem+json', async (_, query, code) => {
    const response = await qo.client.get(`/api/v1/search${query}`).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'q', code })]),
    );
    expect(response.body.detail ?? response.body.title).toBeTruthy();
  });

  it('answers 401 without a session', async () => {
    await request(app.getHttpServer()).get('/api/v1/search?q=beleid').expect(401);
  });
});
