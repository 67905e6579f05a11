import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import {
  RubricIntegrityError,
  RubricsService,
} from '../../apps/api/src/app/rubrics/rubrics.service';
import { registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { answerAll, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

const RUBRIC = 'sterk-sociaal-werk';
const VERSION = '1.0.0';
const DETAIL_PATH = `/api/v1/rubrics/${RUBRIC}/versions/${VERSION}`;

const lockedHash = (): string => {
  const lock = JSON.parse(
    readFileSync(join(__dirname, '../../libs/criteria/data/rubrics.lock.json'), 'utf8'),
  ) as Record<string, string>;
  return lock[`${RUBRIC}@${VERSION}`];
};

interface CriterionBody {
  code: string;
  guidanceQuestions: string[];
  evidenceKinds: string[];
  maturityScale: { level: number; name: string; descriptor: string }[];
  metLevel: number;
}

describe('rubrics', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/v1/rubrics', () => {
    it('lists the published Sterk Sociaal Werk rubric to anyone, with its 24 criteria', async () => {
      const response = await request(app.getHttpServer()).get('/api/v1/rubrics').expect(200);

      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toContainEqual({
        id: RUBRIC,
        version: VERSION,
        status: 'published',
        title: 'Sterk Sociaal Werk — zelfevaluatie',
        effectiveDate: '2026-01-01',
        criterionCount: 24,
      });
      expect(response.body.every((rubric: { status: string }) => rubric.status !== 'draft')).toBe(
        true,
      );
    });
  });

  describe('GET /api/v1/rubrics/:rubricId/versions/:version', () => {
    it('gives the four domains with their criteria, in order', async () => {
      const response = await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);

      expect(response.body).toEqual(
        expect.objectContaining({
          id: RUBRIC,
          version: VERSION,
          status: 'published',
          effectiveDate: '2026-01-01',
        }),
      );
      expect(
        response.body.domains.map((domain: { code: string; title: string }) => [
          domain.code,
          domain.title,
        ]),
      ).toEqual([
        ['OPD', 'Maatschappelijke opdracht'],
        ['VMS', 'Visie, missie en strategie'],
        ['VAK', 'Vakmanschap'],
        ['IMP', 'Impact en resultaten'],
      ]);
      const codes = response.body.domains.flatMap((domain: { criteria: CriterionBody[] }) =>
        domain.criteria.map((c) => c.code),
      );
      expect(codes).toHaveLength(24);
      expect(new Set(codes).size).toBe(24);
    });

    it('describes criterion VAK-03 with guidance questions and a four-level maturity scale met at level 3', async () => {
      const response = await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);
      const vak = response.body.domains.find((domain: { code: string }) => domain.code === 'VAK');
      const criterion: CriterionBody = vak.criteria.find((c: CriterionBody) => c.code === 'VAK-03');

      expect(criterion).toEqual(
        expect.objectContaining({
          code: 'VAK-03',
          title: 'Casuïstiek en intervisie',
          metLevel: 3,
          required: true,
        }),
      );
      expect(criterion.guidanceQuestions.length).toBeGreaterThanOrEqual(2);
      expect(criterion.guidanceQuestions.length).toBeLessThanOrEqual(4);
      expect(criterion.maturityScale.map((level) => level.level)).toEqual([1, 2, 3, 4]);
      criterion.maturityScale.forEach((level) => {
        expect(level.name).not.toBe('');
        expect(level.descriptor).not.toBe('');
      });
    });

    it('carries the evidence-kind vocabulary with Dutch and English labels, covering every kind a criterion names', async () => {
      const response = await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);
      const vocabulary: { key: string; label: { nl: string; en: string } }[] =
        response.body.evidenceKinds;

      expect(vocabulary.length).toBeGreaterThan(0);
      vocabulary.forEach((kind) => {
        expect(kind).toEqual({
          key: expect.stringMatching(/^[a-z][a-z0-9-]*$/),
          label: { nl: expect.any(String), en: expect.any(String) },
        });
        expect(kind.label.nl.trim()).not.toBe('');
        expect(kind.label.en.trim()).not.toBe('');
      });
      expect(vocabulary).toContainEqual({
        key: 'beleidsplan',
        label: { nl: 'beleidsplan / meerjarenplan', en: 'policy or multi-year plan' },
      });
      const keys = new Set(vocabulary.map((kind) => kind.key));
      const used = response.body.domains.flatMap((domain: { criteria: CriterionBody[] }) =>
        domain.criteria.flatMap((c) => c.evidenceKinds),
      );
      expect(used.filter((key: string) => !keys.has(key))).toEqual([]);
    });

    it('names the content hash that is locked in libs/criteria/data/rubrics.lock.json', async () => {
      const response = await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);

      expect(response.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(response.body.contentHash).toBe(lockedHash());
    });

    it.each([
      `/api/v1/rubrics/${RUBRIC}/versions/9.9.9`,
      '/api/v1/rubrics/unknown-rubric/versions/1.0.0',
    ])('answers %s with a 404 problem', async (path) => {
      const response = await request(app.getHttpServer()).get(path).expect(404);

      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toEqual({
        type: '/problems/not-found',
        title: 'Niet gevonden',
        status: 404,
        detail: 'Dit bestaat niet of je hebt er geen toegang toe.',
        instance: path,
      });
    });
  });

  describe('a published version in memory', () => {
    it('is read from the database once: after that, starting and the version endpoint read only statuses, and saving, submitting and the dashboard nothing', async () => {
      const qo = await registerOrganisation(app);
      const logger = app.get(DataSource).logger;
      const rubricQueries: string[] = [];
      await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);
      const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query: string) => {
        if (/rubric_versions/.test(query)) {
          rubricQueries.push(query);
        }
      });
      try {
        const round = await startRound(qo, { title: 'Uit het geheugen' });
        await answerAll(qo, round);
        await qo.client.post(`/api/v1/rounds/${round.id}/submit`).expect(200);
        await qo.client.get(`/api/v1/rounds/${round.id}/readiness`).expect(200);
        await request(app.getHttpServer()).get(DETAIL_PATH).expect(200);
      } finally {
        spy.mockRestore();
      }
      // Retiring a version must stop new rounds in every instance, so a start asks its status;
      // the started round says whether a newer version exists, from the versions' statuses; the
      // version endpoint shows the status as stored now (see rubric-status-instances). None
      // reads a version's content again.
      expect(rubricQueries).toEqual([
        'SELECT status FROM rubric_versions WHERE rubric_id = $1 AND version = $2',
        expect.stringMatching(/"status".*FROM "rubric_versions"/),
        'SELECT status FROM rubric_versions WHERE rubric_id = $1 AND version = $2',
      ]);
      expect(rubricQueries.filter((query) => /content/.test(query))).toEqual([]);
    });
  });

  describe('catalogue integrity at start-up', () => {
    it('refuses to start when a published rubric in the database no longer matches its file', async () => {
      const dataSource = app.get(DataSource);
      const where = 'rubric_id = $1 AND version = $2';
      const [{ content_hash: original }] = await dataSource.query<{ content_hash: string }[]>(
        `SELECT content_hash FROM rubric_versions WHERE ${where}`,
        [RUBRIC, VERSION],
      );
      // The database refuses this change (see rubric-authoring.e2e-spec.ts); only the owner of
      // the table can switch its guard off, which is what a tampered database looks like here.
      await dataSource.query(
        'ALTER TABLE rubric_versions DISABLE TRIGGER trg_rubric_versions_frozen',
      );
      try {
        await dataSource.query(`UPDATE rubric_versions SET content_hash = $3 WHERE ${where}`, [
          RUBRIC,
          VERSION,
          '0'.repeat(64),
        ]);

        const sync = app.get(RubricsService).syncCatalog();

        await expect(sync).rejects.toBeInstanceOf(RubricIntegrityError);
        await expect(sync).rejects.toThrow(`${RUBRIC}@${VERSION}`);
        await expect(sync).rejects.toThrow(/published version never changes/);
      } finally {
        await dataSource.query(`UPDATE rubric_versions SET content_hash = $3 WHERE ${where}`, [
          RUBRIC,
          VERSION,
          original,
        ]);
        await dataSource.query(
          'ALTER TABLE rubric_versions ENABLE TRIGGER trg_rubric_versions_frozen',
        );
      }
      await expect(app.get(RubricsService).syncCatalog()).resolves.toBeUndefined();
      expect(original).toBe(lockedHash());
    });
  });
});
