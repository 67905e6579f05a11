import {
  AssessmentRoundDetail,
  ImprovementAction,
  RoundEvent,
  RoundUpgradePreview,
  RoundUpgradeResult,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { submittedRound } from '../support/reviews';
import { saveResponse, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

/** The criteria of sterk-sociaal-werk 1.1.0, in rubric order. */
const V110 = [
  ...['OPD-01', 'OPD-02', 'OPD-03', 'OPD-04', 'OPD-05'],
  ...['VMS-01', 'VMS-02', 'VMS-03', 'VMS-04', 'VMS-05'],
  ...['VAK-01', 'VAK-02', 'VAK-03', 'VAK-09', 'VAK-04', 'VAK-05', 'VAK-06', 'VAK-08', 'VAK-10'],
  ...['IMP-01', 'IMP-02', 'IMP-03', 'IMP-04', 'IMP-05', 'IMP-06'],
];

/**
 * Upgrading an open round from sterk-sociaal-werk 1.0.0 to 1.1.0, which has every mapping kind:
 * VAK-03 split into VAK-03 + VAK-09, IMP-05 + VAK-07 merged into IMP-05, VAK-10 new, OPD-03
 * reworded, the rest unchanged. The preview and the upgrade make the same plan.
 */
describe('upgrading a round to a newer rubric version', () => {
  let app: NestExpressApplication;
  let officer: Actor;
  let round: AssessmentRoundDetail;
  const evidence: Record<string, string> = {};
  const actions: Record<string, ImprovementAction> = {};

  const url = () => `/api/v1/rounds/${round.id}/upgrade`;
  const detail = async (roundId = round.id) =>
    (await officer.client.get(`/api/v1/rounds/${roundId}`).expect(200))
      .body as AssessmentRoundDetail;
  const eventsOf = async (code?: string) =>
    (
      await officer.client
        .get(`/api/v1/rounds/${round.id}/events${code ? `?criterionCode=${code}` : ''}`)
        .expect(200)
    ).body as RoundEvent[];
  const answer = async (code: string, level: number, rationale = `Onderbouwing ${code}`) => {
    const current = (await detail()).responses.find((r) => r.criterionCode === code);
    await saveResponse(officer.client, round.id, code, current?.version ?? 1, {
      level,
      rationale,
    });
  };

  beforeAll(async () => {
    app = await createTestApp();
    officer = await registerOrganisation(app);
    round = await startRound(officer, { title: 'Open ronde op 1.0.0' });
    await answer('OPD-01', 3);
    await answer('OPD-03', 2);
    await answer('VAK-03', 3, 'Wij bespreken casussen maandelijks.');
    await answer('IMP-05', 2, 'Klachten worden bijgehouden.');
    await answer('VAK-07', 4, 'Wij leren van klachten in het team.');
    for (const code of ['VAK-03', 'VAK-07']) {
      const item = await uploadPdf(officer.client, { title: `Bewijs ${code}` }, code);
      evidence[code] = item.id;
      await officer.client
        .post(`/api/v1/rounds/${round.id}/responses/${code}/evidence/${item.id}`)
        .expect(201);
      const action = await officer.client
        .post(`/api/v1/rounds/${round.id}/actions`, { criterionCode: code, title: `Actie ${code}` })
        .expect(201);
      actions[code] = action.body as ImprovementAction;
    }
    round = await detail();
  });

  afterAll(async () => {
    await app.close();
  });

  it('tells the round that a newer version exists', async () => {
    expect(round.newerVersion).toBe('1.1.0');
    const list = (await officer.client.get('/api/v1/rounds').expect(200)).body;
    expect(list[0]).toMatchObject({ id: round.id, newerVersion: '1.1.0' });
  });

  it('previews every mapping kind, with the merged criterion waiting for a choice', async () => {
    const response = await officer.client.get(`${url()}?to=1.1.0`).expect(200);
    const preview = response.body as RoundUpgradePreview;
    expect(preview).toMatchObject({
      roundId: round.id,
      rubricId: 'sterk-sociaal-werk',
      from: '1.0.0',
      to: '1.1.0',
      dropped: [],
      pendingChoices: ['IMP-05'],
    });
    expect(preview.criteria.map((item) => item.code)).toEqual(V110);
    const byCode = new Map(preview.criteria.map((item) => [item.code, item]));
    expect(byCode.get('OPD-01')).toMatchObject({
      kind: 'unchanged',
      outcome: 'carried-over',
      answer: { criterionCode: 'OPD-01', level: 3 },
      toConfirm: false,
    });
    expect(byCode.get('OPD-03')).toMatchObject({
      kind: 'reworded',
      outcome: 'needs-look',
      answer: { level: 2 },
      toConfirm: true,
    });
    const vak03 = { title: 'Bewijs VAK-03', id: evidence['VAK-03'] };
    expect(byCode.get('VAK-03')).toMatchObject({
      kind: 'split',
      outcome: 'needs-look',
      sources: ['VAK-03'],
      answer: { criterionCode: 'VAK-03', level: 3 },
      evidence: [vak03],
      actions: [{ id: actions['VAK-03'].id, title: 'Actie VAK-03' }],
    });
    expect(byCode.get('VAK-09')).toMatchObject({
      kind: 'split',
      outcome: 'needs-look',
      answer: { criterionCode: 'VAK-03', level: 3 },
      evidence: [vak03],
      actions: [],
    });
    expect(byCode.get('VAK-10')).toMatchObject({
      kind: 'new',
      outcome: 'new',
      answer: null,
      candidates: [],
      toConfirm: false,
    });
    expect(byCode.get('IMP-05')).toMatchObject({
      kind: 'merged',
      outcome: 'choose',
      sources: ['IMP-05', 'VAK-07'],
      answer: null,
      candidates: [
        { criterionCode: 'IMP-05', level: 2 },
        { criterionCode: 'VAK-07', level: 4 },
      ],
      evidence: [{ title: 'Bewijs VAK-07', id: evidence['VAK-07'] }],
      actions: [{ id: actions['VAK-07'].id, title: 'Actie VAK-07' }],
    });
  });

  it('refuses to upgrade while a merged criterion has no choice, and a choice it cannot take', async () => {
    const missing = await officer.client.post(url(), { to: '1.1.0' }).expect(422);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({
      type: '/problems/upgrade-choice-missing',
      codes: ['IMP-05'],
    });
    expect(missing.body.detail).toContain('IMP-05');
    const invalid = await officer.client
      .post(url(), { to: '1.1.0', choices: { 'IMP-05': 'OPD-01' } })
      .expect(422);
    expect(invalid.body).toMatchObject({
      type: '/problems/upgrade-choice-invalid',
      codes: ['IMP-05'],
    });
    await officer.client.get(`${url()}?to=1.1.0&choices=VAK-03:VAK-03`).expect(422);
    await officer.client.post(url(), { to: '1.1.0', choices: { 'IMP-05': 5 } }).expect(400);
    await officer.client.post(url(), { to: '1.1.0', extra: true }).expect(400);
    await officer.client.get(`${url()}?to=latest`).expect(400);
    expect((await detail()).rubricVersion).toBe('1.0.0');
  });

  it('refuses a version that is unknown, retired or not later', async () => {
    const unknown = await officer.client.get(`${url()}?to=9.9.9`).expect(422);
    expect(unknown.body).toMatchObject({ type: '/problems/upgrade-target-unknown' });
    expect(unknown.body.detail).toContain('9.9.9');
    const same = await officer.client.post(url(), { to: '1.0.0' }).expect(422);
    expect(same.body).toMatchObject({ type: '/problems/upgrade-target-not-later' });
    const database = app.get(DataSource);
    // A retired version never comes back, so the bundled 1.1.0 is retired for this test only,
    // with the table's guard switched off (as only its owner can) to put it back afterwards.
    const setStatus = async (status: string) => {
      await database.query(
        'ALTER TABLE rubric_versions DISABLE TRIGGER trg_rubric_versions_frozen',
      );
      try {
        await database.query(
          `UPDATE rubric_versions SET status = $1 WHERE rubric_id = 'sterk-sociaal-werk' AND version = '1.1.0'`,
          [status],
        );
      } finally {
        await database.query(
          'ALTER TABLE rubric_versions ENABLE TRIGGER trg_rubric_versions_frozen',
        );
      }
    };
    await setStatus('retired');
    try {
      const retired = await officer.client.post(url(), { to: '1.1.0' }).expect(409);
      expect(retired.body).toMatchObject({ type: '/problems/upgrade-target-retired' });
      expect((await detail()).newerVersion).toBeNull();
    } finally {
      await setStatus('published');
    }
  });

  it('upgrades to exactly what the preview showed, evidence and actions following', async () => {
    const preview = (
      await officer.client.get(`${url()}?to=1.1.0&choices=IMP-05:VAK-07`).expect(200)
    ).body as RoundUpgradePreview;
    expect(preview.pendingChoices).toEqual([]);

    const response = await officer.client
      .post(url(), { to: '1.1.0', choices: { 'IMP-05': 'VAK-07' } })
      .expect(200);
    const result = response.body as RoundUpgradeResult;

    expect(result.upgrade).toEqual(preview);
    expect(result.round).toMatchObject({ rubricVersion: '1.1.0', newerVersion: null });
    expect(result.round.version).toBe(round.version + 1);
    const after = await detail();
    expect(after.responses.map((r) => r.criterionCode)).toEqual(V110);
    for (const item of preview.criteria) {
      const row = after.responses.find((r) => r.criterionCode === item.code);
      expect({
        code: item.code,
        level: row?.level,
        rationale: row?.rationale,
        isCarriedOver: row?.isCarriedOver,
        evidence: row?.evidence.map((e) => e.id),
      }).toEqual({
        code: item.code,
        level: item.answer?.level ?? null,
        rationale: item.answer?.rationale ?? '',
        isCarriedOver: item.toConfirm,
        evidence: item.evidence.map((e) => e.id),
      });
    }
    expect(after.progress.carriedOver).toBe(preview.criteria.filter((i) => i.toConfirm).length);
    expect(after.responses.find((r) => r.criterionCode === 'IMP-05')).toMatchObject({
      level: 4,
      rationale: 'Wij leren van klachten in het team.',
      isCarriedOver: true,
    });
    const moved = (await officer.client.get(`/api/v1/rounds/${round.id}/actions`).expect(200))
      .body as ImprovementAction[];
    expect(Object.fromEntries(moved.map((action) => [action.title, action.criterionCode]))).toEqual(
      { 'Actie VAK-03': 'VAK-03', 'Actie VAK-07': 'IMP-05' },
    );
  });

  it('records the upgrade in the history and keeps the answers that left the round readable', async () => {
    const roundEvents = await eventsOf();
    const upgraded = roundEvents.find((event) => event.type === 'round.upgraded');
    expect(upgraded).toMatchObject({
      subject: 'round',
      before: { rubricVersion: '1.0.0' },
      after: { rubricVersion: '1.1.0', dropped: [] },
    });
    expect(upgraded?.after?.['criteria']).toEqual(
      expect.arrayContaining([
        {
          code: 'IMP-05',
          kind: 'merged',
          outcome: 'needs-look',
          sources: ['IMP-05', 'VAK-07'],
          chosenSource: 'VAK-07',
        },
        { code: 'VAK-10', kind: 'new', outcome: 'new', sources: [], chosenSource: null },
      ]),
    );
    const vak09 = (await eventsOf('VAK-09')).map((event) => [event.type, event.after]);
    expect(vak09).toEqual([
      [
        'response.carried-over',
        expect.objectContaining({ level: 3, fromVersion: '1.0.0', sourceCodes: ['VAK-03'] }),
      ],
    ]);
    const imp05 = (await eventsOf('IMP-05')).filter((e) => e.type === 'response.carried-over');
    expect(imp05).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ level: 2, rationale: 'Klachten worden bijgehouden.' }),
        after: expect.objectContaining({ level: 4, sourceCodes: ['VAK-07'] }),
      }),
    ]);
    const vak07 = (await eventsOf('VAK-07')).at(-1);
    expect(vak07).toMatchObject({
      type: 'response.removed',
      before: {
        level: 4,
        rationale: 'Wij leren van klachten in het team.',
        evidenceIds: [evidence['VAK-07']],
      },
      after: { upgradedTo: '1.1.0', continuedBy: ['IMP-05'] },
    });
  });

  it('lets carried-over answers be confirmed one by one and per domain', async () => {
    const before = await detail();
    const vak09 = before.responses.find((r) => r.criterionCode === 'VAK-09');
    await officer.client
      .post(`/api/v1/rounds/${round.id}/responses/VAK-09/confirm`, { version: vak09?.version })
      .expect(200);
    const confirmed = await officer.client
      .post(`/api/v1/rounds/${round.id}/confirm`, { domain: 'VAK' })
      .expect(200);
    expect(confirmed.body.confirmed).toEqual(['VAK-03']);
    expect((await detail()).progress.carriedOver).toBe(before.progress.carriedOver - 2);
  });

  it('never changes a submitted round', async () => {
    const other = await registerOrganisation(app);
    const submitted = await submittedRound(other, { title: 'Ingediend' });
    const refused = await other.client
      .post(`/api/v1/rounds/${submitted.id}/upgrade`, { to: '1.1.0' })
      .expect(409);
    expect(refused.body).toMatchObject({ type: '/problems/round-submitted' });
    await other.client.get(`/api/v1/rounds/${submitted.id}/upgrade?to=1.1.0`).expect(409);
    expect((await other.client.get(`/api/v1/rounds/${submitted.id}`)).body).toMatchObject({
      rubricVersion: '1.0.0',
      newerVersion: '1.1.0',
    });
  });

  it('is for the quality officer of the round only: 403 for other members, 404 elsewhere', async () => {
    const open = await startRound(officer, { title: 'Nog een ronde' });
    const path = `/api/v1/rounds/${open.id}/upgrade`;
    for (const role of ['contributor', 'manager'] as const) {
      const member = await addMember(app, officer, role);
      await member.client.get(`${path}?to=1.1.0`).expect(403);
      await member.client.post(path, { to: '1.1.0' }).expect(403);
    }
    const stranger = await registerOrganisation(app);
    await stranger.client.get(`${path}?to=1.1.0`).expect(404);
    await stranger.client.post(path, { to: '1.1.0' }).expect(404);
    expect((await detail(open.id)).rubricVersion).toBe('1.0.0');
  });

  it('starts a new round on 1.1.0 from the last submitted 1.0.0 round through the mapping', async () => {
    const organisation = await registerOrganisation(app);
    // Every criterion answered at level 3 with `Onderbouwing bij <code>.` (answerFor).
    await submittedRound(organisation, { title: 'Ronde 2026' });

    const next = await startRound(organisation, {
      title: 'Ronde 2027',
      rubricVersion: '1.1.0',
      targetDate: '2028-03-15',
      carryOver: true,
    });

    const byCode = new Map(next.responses.map((r) => [r.criterionCode, r]));
    expect(next.responses.map((r) => r.criterionCode)).toEqual(V110);
    expect(byCode.get('VAK-03')).toMatchObject({ level: 3, isCarriedOver: true });
    expect(byCode.get('VAK-09')).toMatchObject({
      level: 3,
      rationale: 'Onderbouwing bij VAK-03.',
      isCarriedOver: true,
    });
    expect(byCode.get('IMP-05')).toMatchObject({
      level: 3,
      rationale: 'IMP-05: Onderbouwing bij IMP-05.\n\nVAK-07: Onderbouwing bij VAK-07.',
      isCarriedOver: true,
    });
    expect(byCode.get('VAK-10')).toMatchObject({
      level: null,
      rationale: '',
      isCarriedOver: false,
    });
    expect(next.progress.carriedOver).toBe(V110.length - 1);
  });
});
