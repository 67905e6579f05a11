import {
  AssessmentRoundDetail,
  compareSector,
  computeReadiness,
  isoDayIn,
  SectorReadiness,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import {
  answerSmallRound,
  createTestCatalog,
  smallRubric,
  startSmallRound,
  submitRound,
} from './dashboards.fixtures';

interface Contributor {
  name: string;
  actor: Actor;
  round: AssessmentRoundDetail;
  withEvidence: string[];
}

/**
 * The sector view, on a rubric of this test's own: only the organisations made here contribute,
 * whatever else the database holds.
 */
describe('GET /api/v1/sector/readiness', () => {
  let app: NestExpressApplication;
  let rubricId: string;
  let admin: { client: ApiClient };
  const contributors: Contributor[] = [];
  /** The criteria whose evidence makes them met, per organisation: overall 0, 20, 40, 40 and 100. */
  const MET = [[], ['OPD-02'], ['OPD-01'], ['VAK-01'], ['OPD-01', 'OPD-02', 'VAK-01']];

  const SAME_VERSION = {
    comparison: 'same-version',
    criteriaLeftOut: 0,
    organisationsLeftOut: 0,
  } as const;

  const sectorPath = () => `/api/v1/sector/readiness?rubricId=${rubricId}&rubricVersion=1.0.0`;

  async function sector(): Promise<SectorReadiness[]> {
    const response = await admin.client.get(sectorPath());
    expect(response.status).toBe(200);
    return response.body as SectorReadiness[];
  }

  async function contribute(index: number): Promise<Contributor> {
    const name = `Stichting Sectortest ${index} ${randomUUID().slice(0, 6)}`;
    const actor = await registerOrganisation(app, name);
    const round = await startSmallRound(actor, rubricId, {
      title: `Geheime ronde van ${name}`,
      targetDate: '2027-12-01',
    });
    await answerSmallRound(actor, round, {
      withEvidence: MET[index],
      rationale: `Vertrouwelijke onderbouwing van ${name}`,
    });
    await submitRound(actor, round.id);
    const contributor = { name, actor, round, withEvidence: MET[index] };
    contributors.push(contributor);
    return contributor;
  }

  /** Everything that identifies an organisation or carries its text. */
  function secretsOf(contributor: Contributor): string[] {
    return [
      contributor.name,
      contributor.actor.organisationId,
      contributor.round.id,
      contributor.round.title,
      'Vertrouwelijke onderbouwing',
      contributor.actor.email,
    ];
  }

  beforeAll(async () => {
    const catalog = createTestCatalog('sector-test', true);
    rubricId = catalog.rubricId;
    app = await createTestApp({ rubricsDir: catalog.dir });
    admin = await createPlatformAdmin(app);
    for (let index = 0; index < 4; index += 1) {
      await contribute(index);
    }
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows no figures while fewer than 5 organisations contribute', async () => {
    expect(await sector()).toEqual([
      {
        rubricId,
        rubricVersion: '1.0.0',
        minimumGroupSize: 5,
        organisations: 4,
        suppressed: true,
        ...SAME_VERSION,
        overall: null,
        domains: [],
        versions: [{ version: '1.0.0', organisations: 4, role: 'basis', criteriaLeftOut: 0 }],
      },
    ]);
  });

  it('ignores drafts: a fifth organisation that has not submitted does not count', async () => {
    const name = `Stichting Concept ${randomUUID().slice(0, 6)}`;
    const drafter = await registerOrganisation(app, name);
    const round = await startSmallRound(drafter, rubricId);
    await answerSmallRound(drafter, round);
    const [result] = await sector();
    expect(result).toMatchObject({ organisations: 4, suppressed: true, overall: null });
  });

  it('shows median and quartiles from 5 organisations on, as the domain aggregates them', async () => {
    await contribute(4);
    const [result] = await sector();
    expect(result).toEqual({
      rubricId,
      rubricVersion: '1.0.0',
      minimumGroupSize: 5,
      organisations: 5,
      suppressed: false,
      ...SAME_VERSION,
      overall: { median: 40, p25: 20, p75: 40 },
      domains: [
        {
          code: 'OPD',
          title: 'Maatschappelijke opdracht',
          organisations: 5,
          median: 33.3,
          p25: 0,
          p75: 66.7,
          ...SAME_VERSION,
        },
        {
          code: 'VAK',
          title: 'Vakmanschap',
          organisations: 5,
          median: 0,
          p25: 0,
          p75: 100,
          ...SAME_VERSION,
        },
      ],
      versions: [{ version: '1.0.0', organisations: 5, role: 'basis', criteriaLeftOut: 0 }],
    });

    const today = isoDayIn(new Date());
    const rubric = smallRubric(rubricId);
    const expected = compareSector([
      {
        rubric,
        organisations: contributors.map(({ withEvidence }) => {
          const readiness = computeReadiness(
            rubric,
            ['OPD-01', 'OPD-02', 'VAK-01'].map((code) => ({
              criterionCode: code,
              level: 3,
              notApplicable: false,
              evidence: withEvidence.includes(code) ? [{ id: code, validUntil: null }] : [],
            })),
            today,
          );
          return new Map(readiness.criteria.map(({ code, status }) => [code, status]));
        }),
      },
    ]);
    expect(result).toEqual(expected);
  });

  it('never shows a name, id or text of any organisation', async () => {
    const everything = await admin.client.get('/api/v1/sector/readiness').expect(200);
    const filtered = await admin.client.get(sectorPath()).expect(200);
    for (const body of [JSON.stringify(everything.body), JSON.stringify(filtered.body)]) {
      for (const contributor of contributors) {
        for (const secret of secretsOf(contributor)) {
          expect({ secret, found: body.includes(secret) }).toEqual({ secret, found: false });
        }
      }
      expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    }
  });

  it('counts each organisation once, with its latest submitted round', async () => {
    // The organisation that met nothing submits a new round that meets everything.
    const [first] = contributors;
    const again = await startSmallRound(first.actor, rubricId, { title: 'Tweede ronde' });
    await answerSmallRound(first.actor, again, { withEvidence: ['OPD-01', 'OPD-02', 'VAK-01'] });
    await submitRound(first.actor, again.id);
    const [result] = await sector();
    expect(result.organisations).toBe(5);
    // Overall now 20, 40, 40, 100, 100.
    expect(result.overall).toEqual({ median: 40, p25: 40, p75: 100 });
  });

  it('lists every rubric on the newest version in use without a filter, and only the version asked for with one', async () => {
    const all = (await admin.client.get('/api/v1/sector/readiness').expect(200))
      .body as SectorReadiness[];
    expect(all.map((entry) => entry.rubricId)).toEqual(
      expect.arrayContaining([rubricId, 'sterk-sociaal-werk']),
    );
    expect(all.find((entry) => entry.rubricId === rubricId)?.rubricVersion).toBe('1.0.0');
    for (const entry of all) {
      expect(entry.suppressed).toBe(entry.organisations < 5);
    }
    const byVersion = (
      await admin.client.get('/api/v1/sector/readiness?rubricVersion=1.0.0').expect(200)
    ).body as SectorReadiness[];
    expect(byVersion.every((entry) => entry.rubricVersion === '1.0.0')).toBe(true);
    expect(
      (await admin.client.get('/api/v1/sector/readiness?rubricVersion=9.9.9').expect(200)).body,
    ).toEqual([]);
  });

  it('answers 400 for a malformed version or an unknown parameter', async () => {
    for (const query of [
      '?rubricVersion=latest',
      '?version=newest',
      '?organisationId=x',
      `?rubricId=${'x'.repeat(101)}`,
    ]) {
      const response = await admin.client.get(`/api/v1/sector/readiness${query}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.type).toBe('/problems/validation-failed');
    }
  });

  it('is for platform admins only: members of any role get 403, anonymous clients 401', async () => {
    const [first] = contributors;
    const manager = await addMember(app, first.actor, 'manager');
    const contributor = await addMember(app, first.actor, 'contributor');
    for (const client of [first.actor.client, manager.client, contributor.client]) {
      const response = await client.get(sectorPath());
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    }
    const anonymous = await ApiClient.create(app);
    const response = await anonymous.get(sectorPath());
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  describe('with organisations on 1.0.0 and 1.1.0', () => {
    /** On 1.1.0: OPD-01 unchanged, OPD-02 reworded, VAK-01 split into VAK-01 and VAK-02. */
    const MET_ON_NEXT = [[], ['OPD-01'], ['OPD-02'], ['OPD-01', 'OPD-02'], ['VAK-01', 'VAK-02']];
    const OPD = { code: 'OPD', title: 'Maatschappelijke opdracht' };
    const VAK = { code: 'VAK', title: 'Vakmanschap' };
    // OPD on 1.0.0 (latest rounds): 100, 33.3, 66.7, 0, 100; on 1.1.0: 0, 66.7, 33.3, 100, 0.
    const OPD_FIGURES = { organisations: 10, median: 50, p25: 8.3, p75: 91.7 };

    beforeAll(async () => {
      for (const [index, withEvidence] of MET_ON_NEXT.entries()) {
        const actor = await registerOrganisation(app, `Stichting Nieuw ${index} ${randomUUID()}`);
        const round = await startRound(actor, { rubricId, rubricVersion: '1.1.0' });
        await answerSmallRound(actor, round, { withEvidence });
        await submitRound(actor, round.id);
      }
    });

    it('compares on the newest version in use, the older one through the mapping', async () => {
      const response = await admin.client.get(`/api/v1/sector/readiness?rubricId=${rubricId}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          rubricId,
          rubricVersion: '1.1.0',
          minimumGroupSize: 5,
          organisations: 10,
          suppressed: false,
          comparison: 'via-mapping',
          criteriaLeftOut: 2,
          organisationsLeftOut: 0,
          overall: { median: 50, p25: 8.3, p75: 91.7 },
          domains: [
            {
              ...OPD,
              ...OPD_FIGURES,
              comparison: 'via-mapping',
              criteriaLeftOut: 0,
              organisationsLeftOut: 0,
            },
            // VAK-01 is split: only the five organisations on 1.1.0 count.
            {
              ...VAK,
              organisations: 5,
              median: 0,
              p25: 0,
              p75: 0,
              comparison: 'same-version',
              criteriaLeftOut: 0,
              organisationsLeftOut: 5,
            },
          ],
          versions: [
            { version: '1.0.0', organisations: 5, role: 'via-mapping', criteriaLeftOut: 1 },
            { version: '1.1.0', organisations: 5, role: 'basis', criteriaLeftOut: 2 },
          ],
        },
      ]);
    });

    it('compares on the version asked for', async () => {
      const response = await admin.client.get(
        `/api/v1/sector/readiness?rubricId=${rubricId}&version=1.0.0`,
      );
      expect(response.status).toBe(200);
      const [result] = response.body as SectorReadiness[];
      expect(result).toMatchObject({
        rubricVersion: '1.0.0',
        organisations: 10,
        comparison: 'via-mapping',
        criteriaLeftOut: 1,
        overall: { median: 50, p25: 8.3, p75: 91.7 },
        domains: [
          { ...OPD, ...OPD_FIGURES, comparison: 'via-mapping' },
          {
            ...VAK,
            organisations: 5,
            median: 100,
            p25: 0,
            p75: 100,
            comparison: 'same-version',
            organisationsLeftOut: 5,
          },
        ],
      });
      const unknown = await admin.client.get(
        `/api/v1/sector/readiness?rubricId=${rubricId}&version=9.9.9`,
      );
      expect(unknown.body).toEqual([]);
    });

    it('keeps to one version when filtered on it', async () => {
      const [result] = (await sector()) as SectorReadiness[];
      expect(result).toMatchObject({
        rubricVersion: '1.0.0',
        organisations: 5,
        ...SAME_VERSION,
        overall: { median: 40, p25: 40, p75: 100 },
        versions: [{ version: '1.0.0', organisations: 5, role: 'basis', criteriaLeftOut: 0 }],
      });
    });
  });
});
