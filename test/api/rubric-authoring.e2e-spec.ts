/**
 * The label owner's norm set: the library, drafts (copied or empty), saving with conflicts, the
 * mapping proposal, publishing, retiring, comparing and exporting — for every kind of actor — and
 * the database itself refusing to change a published version or the rubric history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, createPlatformAdmin, registerOrganisation } from '../support/factories';
import { PROBLEM_JSON } from '../support/http';
import { saveResponse, startRound } from '../support/rounds';
import {
  BUNDLED_RUBRIC,
  bundledAs,
  download,
  DraftBody,
  hashOf,
  publishVersion,
  uniqueRubricId,
} from '../support/rubric-authoring';
import { createTestApp } from '../support/test-app';

const lockedHash = (key: string): string =>
  (
    JSON.parse(
      readFileSync(join(__dirname, '../../libs/criteria/data/rubrics.lock.json'), 'utf8'),
    ) as Record<string, string>
  )[key];

interface LibraryEntry {
  id: string;
  versions: {
    version: string;
    status: string;
    contentHash: string;
    rounds: number;
    openRounds: number;
    retiredAt: string | null;
  }[];
  drafts: { id: string; violationCount: number }[];
}

describe('rubric authoring', () => {
  let app: NestExpressApplication;
  let admin: ApiClient;
  let otherAdmin: ApiClient;
  let officer: Actor;
  let contributor: Actor;
  let manager: Actor;
  let anonymous: ApiClient;
  /** A rubric of this run, published at 1.0.0 (the bundled content under another id). */
  let rubricId: string;
  let firstHash: string;

  const library = async (): Promise<LibraryEntry[]> =>
    (await admin.get('/api/v1/rubrics/library').expect(200)).body as LibraryEntry[];

  const newDraft = async (fromVersion?: string): Promise<DraftBody> =>
    (
      await admin
        .post(`/api/v1/rubrics/${rubricId}/drafts`, fromVersion ? { fromVersion } : {})
        .expect(201)
    ).body as DraftBody;

  const draftPath = (draft: { id: string }) => `/api/v1/rubrics/${rubricId}/drafts/${draft.id}`;

  beforeAll(async () => {
    app = await createTestApp();
    admin = (await createPlatformAdmin(app)).client;
    otherAdmin = (await createPlatformAdmin(app)).client;
    officer = await registerOrganisation(app);
    contributor = await addMember(app, officer, 'contributor');
    manager = await addMember(app, officer, 'manager');
    anonymous = await ApiClient.create(app);
    rubricId = uniqueRubricId();
    firstHash = await publishVersion(admin, bundledAs(rubricId));
  });

  afterAll(async () => {
    await app.close();
  });

  describe('the library', () => {
    it('lists every rubric and version with status, hash and the rounds using it', async () => {
      const before = (await library()).find((entry) => entry.id === BUNDLED_RUBRIC);
      const bundled = before?.versions.find((version) => version.version === '1.0.0');
      expect(bundled).toEqual(
        expect.objectContaining({
          status: 'published',
          contentHash: lockedHash(`${BUNDLED_RUBRIC}@1.0.0`),
          retiredAt: null,
        }),
      );
      await startRound(officer, { title: 'Telt mee' });
      const after = (await library()).find((entry) => entry.id === BUNDLED_RUBRIC);
      const counted = after?.versions.find((version) => version.version === '1.0.0');
      expect(counted?.rounds).toBe((bundled?.rounds ?? 0) + 1);
      expect(counted?.openRounds).toBe((bundled?.openRounds ?? 0) + 1);
      const own = (await library()).find((entry) => entry.id === rubricId);
      expect(own?.versions).toEqual([
        expect.objectContaining({ version: '1.0.0', contentHash: firstHash, rounds: 0 }),
      ]);
    });

    it('is for platform admins only', async () => {
      for (const actor of [officer, contributor, manager]) {
        const response = await actor.client.get('/api/v1/rubrics/library');
        expect([response.status, response.headers['content-type']]).toEqual([
          403,
          expect.stringMatching(PROBLEM_JSON),
        ]);
      }
      expect((await anonymous.get('/api/v1/rubrics/library')).status).toBe(401);
    });

    it('records the first load of a bundled file, by nobody', async () => {
      const history = await admin.get(`/api/v1/rubrics/${BUNDLED_RUBRIC}/history`).expect(200);
      const loaded = (history.body as { type: string; version: string }[]).filter(
        (entry) => entry.type === 'bundled-file-loaded' && entry.version === '1.0.0',
      );
      expect(loaded).toEqual([
        expect.objectContaining({
          actorName: null,
          detail: expect.objectContaining({
            file: '1.0.0.yaml',
            contentHash: lockedHash(`${BUNDLED_RUBRIC}@1.0.0`),
          }),
        }),
      ]);
      await officer.client.get(`/api/v1/rubrics/${BUNDLED_RUBRIC}/history`).expect(403);
    });
  });

  describe('drafts', () => {
    it('copies a version as the next minor one, mapped one to one, valid at once', async () => {
      const draft = await newDraft('1.0.0');
      expect(draft).toEqual(
        expect.objectContaining({ rubricId, version: 1, origin: 'copy', baseVersion: '1.0.0' }),
      );
      expect(draft.content).toEqual(
        expect.objectContaining({ version: '1.1.0', previousVersion: '1.0.0', status: 'draft' }),
      );
      expect(draft.content.mapping?.[0]).toEqual({ code: 'OPD-01', previousCodes: ['OPD-01'] });
      expect(draft.violations).toEqual([]);
      await admin.delete(draftPath(draft)).expect(204);
    });

    it('starts an empty draft that lists what it still lacks', async () => {
      const draft = await newDraft();
      expect(draft.origin).toBe('empty');
      expect(draft.content).toEqual(
        expect.objectContaining({ id: rubricId, version: '1.1.0', previousVersion: '1.0.0' }),
      );
      expect(draft.violations.map((violation) => violation.rule)).toContain('schema');
      await admin.delete(draftPath(draft)).expect(204);
    });

    it('answers 404 for a version that does not exist, and only admins start drafts', async () => {
      await admin.post(`/api/v1/rubrics/${rubricId}/drafts`, { fromVersion: '9.9.9' }).expect(404);
      await admin
        .post(`/api/v1/rubrics/${rubricId}/drafts`, { fromVersion: '1.0.0', extra: true })
        .expect(400);
      for (const actor of [officer, contributor, manager]) {
        const response = await actor.client.post(`/api/v1/rubrics/${rubricId}/drafts`, {});
        expect(response.status).toBe(403);
      }
      expect((await anonymous.post(`/api/v1/rubrics/${rubricId}/drafts`, {})).status).toBe(401);
    });

    it('saves while invalid and shows the violations on the next read', async () => {
      const draft = await newDraft('1.0.0');
      const content = structuredClone(draft.content);
      content.domains[0].criteria[0].weight = 0;
      content.domains[0].criteria[1].evidenceKinds = ['horoscoop'];
      const saved = await admin.put(draftPath(draft), { version: 1, content }).expect(200);
      expect(saved.body.version).toBe(2);
      const read = await admin.get(draftPath(draft)).expect(200);
      expect(read.body.content.domains[0].criteria[0].weight).toBe(0);
      expect(read.body.violations).toEqual([
        expect.objectContaining({
          rule: 'non-positive-weight',
          location: 'domains[0].criteria[0].weight',
        }),
        expect.objectContaining({
          rule: 'unknown-evidence-kind',
          location: 'domains[0].criteria[1].evidenceKinds[0]',
        }),
      ]);
      await admin.put(draftPath(draft), { version: 2, content: 'geen object' }).expect(400);
      await admin.delete(draftPath(draft)).expect(204);
    });

    it('gives the later of two admins saving one draft a 409 with what is there now', async () => {
      const draft = await newDraft('1.0.0');
      const mine = structuredClone(draft.content);
      mine.title = 'Titel van de eerste beheerder';
      const theirs = structuredClone(draft.content);
      theirs.title = 'Titel van de tweede beheerder';
      await admin.put(draftPath(draft), { version: 1, content: mine }).expect(200);
      const stale = await otherAdmin.put(draftPath(draft), { version: 1, content: theirs });
      expect([stale.status, stale.headers['content-type']]).toEqual([
        409,
        expect.stringMatching(PROBLEM_JSON),
      ]);
      expect(stale.body).toEqual(
        expect.objectContaining({
          type: '/problems/version-conflict',
          current: expect.objectContaining({
            version: 2,
            updatedBy: 'Platform Beheer',
            content: expect.objectContaining({ title: 'Titel van de eerste beheerder' }),
          }),
        }),
      );
      const kept = await admin.get(draftPath(draft)).expect(200);
      expect(kept.body.content.title).toBe('Titel van de eerste beheerder');
      await admin.delete(draftPath(draft)).expect(204);
    });

    it('deletes a draft; reading or deleting it again answers 404', async () => {
      const draft = await newDraft('1.0.0');
      await officer.client.delete(draftPath(draft)).expect(403);
      await admin.delete(draftPath(draft)).expect(204);
      await admin.get(draftPath(draft)).expect(404);
      await admin.delete(draftPath(draft)).expect(404);
      await admin.get(`/api/v1/rubrics/${rubricId}/drafts/niet-een-uuid`).expect(404);
    });

    it('lets no one but an admin read or save a draft', async () => {
      const draft = await newDraft('1.0.0');
      for (const actor of [officer, contributor, manager]) {
        expect((await actor.client.get(draftPath(draft))).status).toBe(403);
        const put = await actor.client.put(draftPath(draft), { version: 1, content: {} });
        expect(put.status).toBe(403);
        const proposal = await actor.client.get(`${draftPath(draft)}/mapping-proposal`);
        expect(proposal.status).toBe(403);
        expect((await actor.client.post(`${draftPath(draft)}/publish`, {})).status).toBe(403);
      }
      expect((await anonymous.get(draftPath(draft))).status).toBe(401);
      await admin.delete(draftPath(draft)).expect(204);
    });
  });

  describe('mapping, publishing and comparing', () => {
    let secondHash: string;

    it('proposes a mapping with its kinds, and publishing needs it complete', async () => {
      const draft = await newDraft('1.0.0');
      const content = structuredClone(draft.content);
      const [domain] = content.domains;
      // OPD-01 reworded, OPD-02 dropped, OPD-06 new; OPD-03 stays as it was.
      domain.criteria[0].description = 'De opdracht is beschreven, gedeeld en jaarlijks herzien.';
      const dropped = domain.criteria.splice(1, 1)[0];
      domain.criteria.push({
        ...structuredClone(dropped),
        code: 'OPD-06',
        title: 'Cliëntraad betrokken',
        description: 'Cliënten denken mee over wat beter kan.',
      });
      content.mapping = (content.mapping ?? []).filter((entry) => entry.code !== 'OPD-02');
      const saved = await admin.put(draftPath(draft), { version: 1, content }).expect(200);
      expect(saved.body.violations).toEqual([
        expect.objectContaining({ rule: 'mapping-incomplete', location: 'mapping' }),
      ]);

      const refused = await admin.post(`${draftPath(draft)}/publish`, {}).expect(422);
      expect(refused.body.type).toBe('/problems/rubric-draft-invalid');
      expect(refused.body.violations).toEqual([
        expect.objectContaining({ rule: 'mapping-incomplete' }),
      ]);

      const proposal = await admin.get(`${draftPath(draft)}/mapping-proposal`).expect(200);
      expect(proposal.body.previousVersion).toBe('1.0.0');
      const kinds = Object.fromEntries(
        (proposal.body.proposalKinds.entries as { code: string; kind: string }[]).map((entry) => [
          entry.code,
          entry.kind,
        ]),
      );
      expect(kinds).toEqual(
        expect.objectContaining({ 'OPD-01': 'reworded', 'OPD-03': 'unchanged', 'OPD-06': 'new' }),
      );
      expect(proposal.body.currentProblems).toEqual([
        expect.objectContaining({ rule: 'mapping-incomplete' }),
      ]);

      const confirmed = { ...content, mapping: proposal.body.proposal };
      const ready = await admin.put(draftPath(draft), { version: 2, content: confirmed });
      expect([ready.status, ready.body.violations]).toEqual([200, []]);
      await admin.post(`${draftPath(draft)}/publish`, { version: 3 }).expect(201);
    });

    it('freezes what it published, with its hash, and records who did it', async () => {
      const published = await request(app.getHttpServer())
        .get(`/api/v1/rubrics/${rubricId}/versions/1.1.0`)
        .expect(200);
      secondHash = published.body.contentHash as string;
      const { contentHash: _hash, evidenceKinds: _kinds, ...content } = published.body;
      expect(hashOf(content)).toBe(secondHash);
      expect(published.body.status).toBe('published');
      const history = await admin.get(`/api/v1/rubrics/${rubricId}/history`).expect(200);
      expect(history.body.at(-1)).toEqual(
        expect.objectContaining({
          type: 'published',
          version: '1.1.0',
          actorName: 'Platform Beheer',
          detail: expect.objectContaining({ contentHash: secondHash, previousVersion: '1.0.0' }),
        }),
      );
      const own = (await library()).find((entry) => entry.id === rubricId);
      expect(own?.versions.map((version) => [version.version, version.contentHash])).toEqual([
        ['1.0.0', firstHash],
        ['1.1.0', secondHash],
      ]);
      expect(own?.drafts).toEqual([]);
    });

    it('refuses to publish a version number twice', async () => {
      const draft = await newDraft('1.0.0');
      const content = { ...draft.content, version: '1.1.0' };
      await admin.put(draftPath(draft), { version: 1, content }).expect(200);
      const refused = await admin.post(`${draftPath(draft)}/publish`, {}).expect(422);
      expect(refused.body.violations).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'version-exists' })]),
      );
      const stale = await admin.post(`${draftPath(draft)}/publish`, { version: 1 }).expect(409);
      expect(stale.body.type).toBe('/problems/version-conflict');
      await admin.delete(draftPath(draft)).expect(204);
    });

    it('compares two versions for every logged-in user, with the mapping kinds', async () => {
      for (const client of [officer.client, contributor.client, manager.client, admin]) {
        const response = await client
          .get(`/api/v1/rubrics/${rubricId}/compare?from=1.0.0&to=1.1.0`)
          .expect(200);
        expect(response.body.added).toEqual([expect.objectContaining({ code: 'OPD-06' })]);
        expect(response.body.removed).toEqual([expect.objectContaining({ code: 'OPD-02' })]);
        expect(response.body.changed).toEqual([
          expect.objectContaining({
            code: 'OPD-01',
            fields: [expect.objectContaining({ path: 'description' })],
          }),
        ]);
        expect(response.body.mapping.dropped).toEqual(['OPD-02']);
      }
      const backwards = await officer.client
        .get(`/api/v1/rubrics/${rubricId}/compare?from=1.1.0&to=1.0.0`)
        .expect(200);
      expect(backwards.body.mapping).toBeNull();
      await officer.client
        .get(`/api/v1/rubrics/${rubricId}/compare?from=1.0.0&to=1.0.0`)
        .expect(422);
      await officer.client
        .get(`/api/v1/rubrics/${rubricId}/compare?from=1.0.0&to=4.0.0`)
        .expect(404);
      await officer.client.get(`/api/v1/rubrics/${rubricId}/compare?from=1.0.0`).expect(400);
      expect(
        (await anonymous.get(`/api/v1/rubrics/${rubricId}/compare?from=1.0.0&to=1.1.0`)).status,
      ).toBe(401);
    });

    it('exports a version as a workbook with a comparison sheet, for every logged-in user', async () => {
      const file = await download(
        contributor.client,
        `/api/v1/rubrics/${rubricId}/versions/1.1.0.xlsx`,
      ).expect(200);
      expect(file.headers['content-disposition']).toContain(`${rubricId}-1.1.0.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as ArrayBuffer);
      const comparison = workbook.getWorksheet('Vergelijking') as ExcelJS.Worksheet;
      const rows: unknown[][] = [];
      comparison.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows).toEqual(
        expect.arrayContaining([
          ['code', 'change', 'field', 'previous', 'this version'],
          ['OPD-06', 'added', undefined, undefined, 'Cliëntraad betrokken'],
          ['OPD-02', 'removed', undefined, 'Zicht op de wijk', undefined],
          expect.arrayContaining(['OPD-01', 'changed', 'description']),
          ['OPD-01', 'mapping', 'reworded', 'OPD-01', 'OPD-01'],
          ['OPD-02', 'mapping', 'dropped', 'OPD-02'],
        ]),
      );
      expect((await anonymous.get(`/api/v1/rubrics/${rubricId}/versions/1.1.0.xlsx`)).status).toBe(
        401,
      );
      expect((await anonymous.get(`/api/v1/rubrics/${rubricId}/versions/1.1.0.yaml`)).status).toBe(
        401,
      );
      await officer.client.get(`/api/v1/rubrics/${rubricId}/versions/7.0.0.yaml`).expect(404);
    });

    it('compares the bundled demo versions 1.0.0 and 1.1.0 through their mapping', async () => {
      const response = await officer.client
        .get(`/api/v1/rubrics/${BUNDLED_RUBRIC}/compare?from=1.0.0&to=1.1.0`)
        .expect(200);
      const kinds = new Set(
        (response.body.mapping.entries as { kind: string }[]).map((entry) => entry.kind),
      );
      expect([...kinds].sort()).toEqual(['merged', 'new', 'reworded', 'split', 'unchanged']);
    });
  });

  describe('the database guards what was published', () => {
    const sql = (query: string, parameters: unknown[] = []) =>
      app.get(DataSource).query(query, parameters);
    const where = 'rubric_id = $1 AND version = $2';

    it('refuses to change the content, hash, version or id of a published version', async () => {
      for (const change of [
        `content = content || '{"title":"Anders"}'::jsonb`,
        `content_hash = '${'0'.repeat(64)}'`,
        `version = '1.0.1'`,
        `rubric_id = 'iets-anders'`,
        `title = 'Anders'`,
      ]) {
        await expect(
          sql(`UPDATE rubric_versions SET ${change} WHERE ${where}`, [rubricId, '1.0.0']),
        ).rejects.toThrow(/never changes/);
      }
      const [row] = await sql(`SELECT content_hash FROM rubric_versions WHERE ${where}`, [
        rubricId,
        '1.0.0',
      ]);
      expect(row.content_hash).toBe(firstHash);
    });

    it('refuses to delete a published version, or to truncate the table', async () => {
      await expect(
        sql(`DELETE FROM rubric_versions WHERE ${where}`, [rubricId, '1.0.0']),
      ).rejects.toThrow(/never deleted/);
      await expect(sql('TRUNCATE rubric_versions CASCADE')).rejects.toThrow(/not allowed/);
    });

    it('refuses to rewrite the rubric history', async () => {
      await expect(
        sql(`UPDATE rubric_history SET actor_name = 'Iemand anders' WHERE rubric_id = $1`, [
          rubricId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql(`DELETE FROM rubric_history WHERE rubric_id = $1`, [rubricId]),
      ).rejects.toThrow(/append-only/);
    });
  });

  describe('retiring', () => {
    it('stops new rounds on the version; a running round carries on', async () => {
      const retiring = uniqueRubricId('intrekken');
      await publishVersion(admin, bundledAs(retiring));
      const version = { rubricId: retiring, rubricVersion: '1.0.0' };
      const running = await startRound(officer, { title: 'Loopt door', ...version });

      for (const actor of [officer, contributor, manager]) {
        const response = await actor.client.post(
          `/api/v1/rubrics/${retiring}/versions/1.0.0/retire`,
          {},
        );
        expect(response.status).toBe(403);
      }
      const retired = await admin.post(`/api/v1/rubrics/${retiring}/versions/1.0.0/retire`, {});
      expect([retired.status, retired.body.status]).toEqual([200, 'retired']);
      await admin.post(`/api/v1/rubrics/${retiring}/versions/1.0.0/retire`, {}).expect(409);
      await admin.post(`/api/v1/rubrics/${retiring}/versions/8.0.0/retire`, {}).expect(404);

      const refused = await officer.client.post('/api/v1/rounds', {
        title: 'Te laat',
        ...version,
        targetDate: '2027-03-15',
        route: 'external-audit',
      });
      expect([refused.status, refused.body.type]).toEqual([422, '/problems/rubric-retired']);

      const response = running.responses[0];
      await saveResponse(officer.client, running.id, response.criterionCode, response.version);
      const entry = (await library()).find((item) => item.id === retiring);
      expect(entry?.versions[0]).toEqual(
        expect.objectContaining({ status: 'retired', rounds: 1, retiredAt: expect.any(String) }),
      );
      const [row] = await app
        .get(DataSource)
        .query(`SELECT status FROM rubric_versions WHERE rubric_id = $1`, [retiring]);
      expect(row.status).toBe('retired');
      await expect(
        app
          .get(DataSource)
          .query(`UPDATE rubric_versions SET status = 'published' WHERE rubric_id = $1`, [
            retiring,
          ]),
      ).rejects.toThrow(/only published -> retired/);
      const history = await admin.get(`/api/v1/rubrics/${retiring}/history`).expect(200);
      expect(history.body.at(-1)).toEqual(
        expect.objectContaining({ type: 'retired', actorName: 'Platform Beheer' }),
      );
    });
  });
});
