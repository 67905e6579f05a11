import { AssessmentRoundDetail, Evidence, FORMER_MEMBER } from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { FileStorage } from '../../apps/api/src/app/evidence/storage/file-storage';
import { OrganisationErasureService } from '../../apps/api/src/app/organisation-data/organisation-erasure.service';
import { ApiClient } from '../support/api-client';
import { DAY_MS, shiftClock } from '../support/clock';
import { Actor, addMember, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { saveResponse, startRound, upload, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { unzip, ZipEntry } from '../support/unzip';
import { download } from './exports.fixtures';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface ManifestEntry {
  path: string;
  entity: string;
  sha256: string;
  bytes: number;
  rows?: number;
}

describe('the organisation’s own data', () => {
  let app: NestExpressApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });

  afterAll(() => app.close());
  afterEach(() => jest.restoreAllMocks());

  async function organisationWithWork(name?: string) {
    const qo = await registerOrganisation(app, name);
    const round = await startRound(qo);
    await saveResponse(qo.client, round.id, 'OPD-01', 1);
    const evidence = await uploadPdf(qo.client, { title: 'Beleidsplan' }, `plan ${name}`);
    await qo.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-01/evidence/${evidence.id}`)
      .expect(201);
    await qo.client
      .post(`/api/v1/rounds/${round.id}/actions`, {
        criterionCode: 'OPD-01',
        title: 'Visie herschrijven',
      })
      .expect(201);
    return { qo, round, evidence };
  }

  describe('GET /api/v1/organisation/export', () => {
    let mine: { qo: Actor; round: AssessmentRoundDetail; evidence: Evidence };
    let other: { qo: Actor; round: AssessmentRoundDetail; evidence: Evidence };
    let entries: ZipEntry[];
    let manifest: { format: string; organisationId: string; entries: ManifestEntry[] };

    beforeAll(async () => {
      mine = await organisationWithWork('Welzijn Export');
      other = await organisationWithWork('Welzijn Anders');
      const response = await download(mine.qo.client, '/api/v1/organisation/export').expect(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="labelklaar-export-welzijn-export-\d{4}-\d{2}-\d{2}\.zip"$/,
      );
      entries = await unzip(response.body as Buffer);
      const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
      manifest = JSON.parse(manifestEntry?.data.toString('utf8') ?? '{}');
    });

    const json = (entity: string): Record<string, unknown>[] =>
      JSON.parse(
        entries.find((entry) => entry.name === `data/${entity}.json`)?.data.toString() ?? 'null',
      );

    it('holds every entity of the organisation as JSON', () => {
      expect(manifest.format).toBe('labelklaar-organisation-export/1');
      expect(manifest.organisationId).toBe(mine.qo.organisationId);
      expect(json('organisation')).toEqual([
        expect.objectContaining({ id: mine.qo.organisationId, name: 'Welzijn Export' }),
      ]);
      expect(json('members')).toEqual([
        expect.objectContaining({ email: mine.qo.email, role: 'quality-officer' }),
      ]);
      expect(json('rounds').map((row) => row['id'])).toEqual([mine.round.id]);
      expect(json('responses').length).toBe(mine.round.responses.length);
      expect(json('evidence').map((row) => row['id'])).toEqual([mine.evidence.id]);
      expect(json('evidence-links')).toHaveLength(1);
      expect(json('actions').map((row) => row['title'])).toEqual(['Visie herschrijven']);
      expect(json('events').map((row) => row['type'])).toEqual(
        expect.arrayContaining(['round.created', 'action.created']),
      );
      for (const entity of ['reviews-received', 'reviews-given', 'leerrapporten', 'comments']) {
        expect(json(entity)).toEqual([]);
      }
    });

    it('lists every entry with its real hash and size, files included', () => {
      const listed = manifest.entries.map((entry) => entry.path).sort();
      const inZip = entries
        .map((entry) => entry.name)
        .filter((name) => !['manifest.json', 'README.txt'].includes(name))
        .sort();
      expect(listed).toEqual(inZip);
      for (const item of manifest.entries) {
        const data = entries.find((entry) => entry.name === item.path)?.data ?? Buffer.alloc(0);
        expect({ path: item.path, sha256: sha(data), bytes: data.length }).toEqual({
          path: item.path,
          sha256: item.sha256,
          bytes: item.bytes,
        });
      }
      const files = manifest.entries.filter((entry) => entry.entity === 'evidence-file');
      expect(files.map((entry) => entry.path)).toEqual([`files/${mine.evidence.sha256}`]);
      expect(files[0].sha256).toBe(mine.evidence.sha256);
    });

    it('holds nothing of another organisation', () => {
      const everything = entries.map((entry) => entry.data.toString('latin1')).join('\n');
      for (const text of [
        other.qo.organisationId,
        other.round.id,
        other.evidence.id,
        other.qo.email,
      ]) {
        expect(everything).not.toContain(text);
      }
      expect(entries.map((entry) => entry.name)).not.toContain(`files/${other.evidence.sha256}`);
    });

    it('is for quality officers only', async () => {
      const manager = await addMember(app, mine.qo, 'manager');
      await manager.client.get('/api/v1/organisation/export').expect(403);
    });
  });

  describe('POST and DELETE /api/v1/organisation/deletion', () => {
    it('refuses a name that is not the organisation’s with 422', async () => {
      const { qo } = await organisationWithWork('Welzijn Typfout');
      const response = await qo.client
        .post('/api/v1/organisation/deletion', { confirmation: 'Welzijn Typfou' })
        .expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        type: '/problems/organisation-name-mismatch',
        status: 422,
      });
      expect((await qo.client.get('/api/v1/organisation').expect(200)).body.deletion).toBeNull();
    });

    it('schedules the erasure 30 days ahead, and an undo keeps everything', async () => {
      const { qo } = await organisationWithWork('Welzijn Bedenktijd');
      const asked = await qo.client
        .post('/api/v1/organisation/deletion', { confirmation: '  Welzijn Bedenktijd ' })
        .expect(201);
      const due = new Date(asked.body.dueAt).getTime() - new Date(asked.body.requestedAt).getTime();
      expect(due).toBe(30 * DAY_MS);
      expect((await qo.client.get('/api/v1/organisation').expect(200)).body.deletion).toEqual(
        asked.body,
      );
      await qo.client
        .post('/api/v1/organisation/deletion', { confirmation: 'Welzijn Bedenktijd' })
        .expect(409);
      await qo.client.delete('/api/v1/organisation/deletion').expect(204);
      await qo.client.delete('/api/v1/organisation/deletion').expect(409);
      shiftClock(app, 31 * DAY_MS);
      expect(await app.get(OrganisationErasureService).eraseDue()).toBe(0);
      jest.restoreAllMocks();
      await qo.client.get('/api/v1/organisation').expect(200);
      const history = await db.query(
        `SELECT type FROM organisation_events WHERE organisation_id = $1 ORDER BY occurred_at`,
        [qo.organisationId],
      );
      expect(history.map((row: { type: string }) => row.type)).toEqual([
        'deletion-requested',
        'deletion-undone',
      ]);
    });

    it('erases the organisation for good after the grace period, shared files stay', async () => {
      const doomed = await organisationWithWork('Welzijn Weg');
      const keeper = await organisationWithWork('Welzijn Blijft');
      // The same file in both organisations: stored once, so it must stay for the keeper.
      const shared = await uploadPdf(keeper.qo.client, { title: 'Zelfde' }, 'plan Welzijn Weg');
      expect(shared.sha256).toBe(doomed.evidence.sha256);
      const own = await upload(doomed.qo.client, {
        name: 'eigen.pdf',
        content: Buffer.from('%PDF-1.4\n% alleen van Welzijn Weg\n%%EOF\n'),
        type: 'application/pdf',
      });
      expect(own.status).toBe(201);
      await doomed.qo.client
        .post('/api/v1/organisation/deletion', { confirmation: 'Welzijn Weg' })
        .expect(201);
      const service = app.get(OrganisationErasureService);
      expect(await service.eraseDue()).toBe(0);
      shiftClock(app, 30 * DAY_MS + 60_000);
      expect(await service.eraseDue()).toBe(1);
      jest.restoreAllMocks();

      await doomed.qo.client
        .get('/api/v1/organisation')
        .expect((r) => expect(r.status).not.toBe(200));
      for (const table of ['assessment_rounds', 'round_events', 'evidence', 'memberships']) {
        const [{ count }] = await db.query(
          `SELECT count(*)::int AS count FROM ${table} WHERE organisation_id = $1`,
          [doomed.qo.organisationId],
        );
        expect({ table, count }).toEqual({ table, count: 0 });
      }
      const storage = app.get(FileStorage);
      expect(await storage.exists(doomed.evidence.sha256 ?? '')).toBe(true);
      expect(await storage.exists((own.body as Evidence).sha256 ?? '')).toBe(false);
      const history = await db.query(
        `SELECT type FROM organisation_events WHERE organisation_id = $1 ORDER BY occurred_at`,
        [doomed.qo.organisationId],
      );
      expect(history.map((row: { type: string }) => row.type)).toEqual([
        'deletion-requested',
        'erased',
      ]);
      await keeper.qo.client.get(`/api/v1/evidence/${shared.id}`).expect(200);
    });
  });

  describe('DELETE /api/v1/me', () => {
    it('refuses the last quality officer of an organisation with 409', async () => {
      const { qo } = await organisationWithWork('Welzijn Laatste');
      const response = await qo.client
        .delete('/api/v1/me', { password: TEST_PASSWORD })
        .expect(409);
      expect(response.body).toMatchObject({ type: '/problems/last-quality-officer' });
    });

    it('refuses a wrong password and keeps the account', async () => {
      const { qo } = await organisationWithWork('Welzijn Wachtwoord');
      const member = await addMember(app, qo, 'contributor');
      const response = await member.client
        .delete('/api/v1/me', { password: 'niet-het-wachtwoord' })
        .expect(400);
      expect(response.body).toMatchObject({ type: '/problems/account-password-incorrect' });
      await member.client.get('/api/v1/me').expect(200);
    });

    it('replaces name and address by "voormalig lid", ends sessions and memberships, keeps the history', async () => {
      const { qo, round } = await organisationWithWork('Welzijn Vertrek');
      const member = await addMember(app, qo, 'contributor');
      const members0 = (await qo.client.get('/api/v1/organisation/members').expect(200)).body;
      const membership = members0.find((m: { email: string }) => m.email === member.email);
      await qo.client
        .put(`/api/v1/rounds/${round.id}/responses/OPD-02/owner`, { memberId: membership.id })
        .expect(200);
      await saveResponse(member.client, round.id, 'OPD-02', 1);
      const before = await db.query(
        `SELECT count(*)::int AS count FROM round_events WHERE actor_user_id = $1`,
        [member.me.user.id],
      );
      expect(before[0].count).toBeGreaterThan(0);

      await member.client.delete('/api/v1/me', { password: TEST_PASSWORD }).expect(204);

      await member.client.get('/api/v1/me').expect(401);
      const events = await db.query(
        `SELECT actor_name, before::text || coalesce(after::text, '') AS snapshots
           FROM round_events WHERE actor_user_id = $1`,
        [member.me.user.id],
      );
      expect(events.length).toBe(before[0].count);
      expect(new Set(events.map((row: { actor_name: string }) => row.actor_name))).toEqual(
        new Set([FORMER_MEMBER]),
      );
      const all = await db.query(
        `SELECT count(*)::int AS count FROM round_events
          WHERE organisation_id = $1 AND (actor_name = 'Test contributor'
             OR strpos(coalesce(before::text, '') || coalesce(after::text, ''), 'Test contributor') > 0)`,
        [qo.organisationId],
      );
      expect(all[0].count).toBe(0);
      const members = (await qo.client.get('/api/v1/organisation/members').expect(200)).body;
      expect(members.map((m: { email: string }) => m.email)).toEqual([qo.email]);
      const [user] = await db.query(
        `SELECT display_name, email, erased_at FROM users WHERE id = $1`,
        [member.me.user.id],
      );
      expect(user.display_name).toBe(FORMER_MEMBER);
      expect(user.email).toMatch(/^voormalig-lid-.*@labelklaar\.invalid$/);
      expect(user.erased_at).not.toBeNull();
      const login = await ApiClient.create(app);
      const attempt = await login.post('/api/v1/auth/login', {
        email: member.email,
        password: TEST_PASSWORD,
      });
      expect(attempt.status).toBe(401);
      const history = (await qo.client.get(`/api/v1/rounds/${round.id}/events`).expect(200)).body;
      expect(JSON.stringify(history)).toContain(FORMER_MEMBER);
      expect(JSON.stringify(history)).not.toContain('Test contributor');
    });
  });
});
