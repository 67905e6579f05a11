import {
  AssessmentRoundDetail,
  Evidence,
  EvidenceRevision,
  LinkedEvidence,
  RoundEvent,
} from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';

import { EvidenceCleanupService } from '../../apps/api/src/app/evidence/evidence-cleanup.service';
import { FileStorage } from '../../apps/api/src/app/evidence/storage/file-storage';
import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation } from '../support/factories';
import { submitRound } from '../support/reviews';
import { answerAll, pdfBytes, sha256, startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, unzip } from './exports.fixtures';

const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(120, 0),
]);

/** POST /evidence/{id}/revisions as multipart: the file (if any) and the form fields. */
function revise(
  client: ApiClient,
  evidenceId: string,
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; type?: string },
) {
  const call = client.agent
    .post(`/api/v1/evidence/${evidenceId}/revisions`)
    .set('X-XSRF-TOKEN', client.token);
  for (const [name, value] of Object.entries(fields)) {
    call.field(name, value);
  }
  return file
    ? call.attach('file', file.content, {
        filename: file.name,
        contentType: file.type ?? 'application/octet-stream',
      })
    : call;
}

interface ManifestFile {
  file: string | null;
  criterion: string | null;
  title: string;
  sha256: string | null;
  validUntil: string | null;
}

describe('evidence revisions', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let other: Actor;
  let manager: Actor;
  let expired: Evidence;
  let draft: AssessmentRoundDetail;
  let submitted: AssessmentRoundDetail;
  let revised: Evidence;
  const oldPdf = pdfBytes('verlopen versie');
  const newPdf = pdfBytes('nieuwe versie');

  const linkTo = (roundId: string, code: string, evidenceId: string) =>
    qo.client
      .post(`/api/v1/rounds/${roundId}/responses/${code}/evidence/${evidenceId}`)
      .expect(201);

  const evidenceIn = async (roundId: string, code: string): Promise<LinkedEvidence[]> => {
    const round = (await qo.client.get(`/api/v1/rounds/${roundId}`).expect(200))
      .body as AssessmentRoundDetail;
    return round.responses.find((response) => response.criterionCode === code)?.evidence ?? [];
  };

  const historyOf = async (evidenceId: string): Promise<EvidenceRevision[]> =>
    (await qo.client.get(`/api/v1/evidence/${evidenceId}/revisions`).expect(200))
      .body as EvidenceRevision[];

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, 'Stichting Versies');
    other = await registerOrganisation(app, 'Stichting Anders');
    manager = await addMember(app, qo, 'manager');
    expired = await uploadPdf(
      qo.client,
      { title: 'Klachtenregeling', evidenceKind: 'beleidsplan', validUntil: '2026-01-31' },
      'verlopen versie',
    );
    submitted = await startRound(qo, { title: 'Zelfevaluatie 2025', targetDate: '2027-01-15' });
    await answerAll(qo, submitted);
    await linkTo(submitted.id, 'VAK-03', expired.id);
    submitted = await submitRound(qo, submitted);
    draft = await startRound(qo, { title: 'Zelfevaluatie 2026', targetDate: '2027-06-15' });
    await linkTo(draft.id, 'VAK-03', expired.id);
    await linkTo(draft.id, 'IMP-03', expired.id);

    const response = await revise(
      qo.client,
      expired.id,
      { documentDate: '2026-11-01', validUntil: '2028-11-01' },
      { name: 'Klachtenregeling 2026.pdf', content: newPdf, type: 'application/pdf' },
    ).expect(201);
    revised = response.body as Evidence;
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /api/v1/evidence/{evidenceId}/revisions', () => {
    it('answers the item as its new revision: the new file and dates, the same id and title', () => {
      expect(revised).toMatchObject({
        id: expired.id,
        revision: 2,
        source: 'file',
        title: 'Klachtenregeling',
        evidenceKind: 'beleidsplan',
        documentDate: '2026-11-01',
        validUntil: '2028-11-01',
        fileName: 'Klachtenregeling 2026.pdf',
        sha256: sha256(newPdf),
        isExpired: false,
      });
      expect(expired.sha256).toBe(sha256(oldPdf));
    });

    it('makes the new revision the current one in the library', async () => {
      const item = (await qo.client.get(`/api/v1/evidence/${expired.id}`).expect(200))
        .body as Evidence;
      expect(item).toMatchObject({ revision: 2, sha256: sha256(newPdf), isExpired: false });
      const content = await download(qo.client, `/api/v1/evidence/${expired.id}/content`).expect(
        200,
      );
      expect(sha256(content.body as Buffer)).toBe(sha256(newPdf));
    });

    it("moves every draft round's link to the new revision", async () => {
      for (const code of ['VAK-03', 'IMP-03']) {
        const [linked] = await evidenceIn(draft.id, code);
        expect(linked).toMatchObject({ id: expired.id, revision: 2, sha256: sha256(newPdf) });
      }
      const file = await download(
        qo.client,
        `/api/v1/rounds/${draft.id}/evidence/${expired.id}/content`,
      ).expect(200);
      expect(sha256(file.body as Buffer)).toBe(sha256(newPdf));
    });

    it('leaves a submitted round with the revision it was submitted with', async () => {
      const [linked] = await evidenceIn(submitted.id, 'VAK-03');
      expect(linked).toMatchObject({
        id: expired.id,
        revision: 1,
        sha256: sha256(oldPdf),
        validUntil: '2026-01-31',
        fileName: 'beleidsplan.pdf',
      });
      const file = await download(
        qo.client,
        `/api/v1/rounds/${submitted.id}/evidence/${expired.id}/content`,
      ).expect(200);
      expect(sha256(file.body as Buffer)).toBe(sha256(oldPdf));
    });

    it("records the change in each draft round's trail, and not in the submitted round's", async () => {
      const draftEvents = (await qo.client.get(`/api/v1/rounds/${draft.id}/events`).expect(200))
        .body as RoundEvent[];
      const revisedEvents = draftEvents.filter((event) => event.type === 'evidence.revised');
      expect(revisedEvents.map((event) => event.criterionCode).sort()).toEqual([
        'IMP-03',
        'VAK-03',
      ]);
      expect(revisedEvents[0]).toMatchObject({
        subject: 'evidence-link',
        subjectId: expired.id,
        before: { revision: 1, sha256: sha256(oldPdf), validUntil: '2026-01-31' },
        after: { revision: 2, sha256: sha256(newPdf), validUntil: '2028-11-01' },
      });
      const submittedEvents = (
        await qo.client.get(`/api/v1/rounds/${submitted.id}/events`).expect(200)
      ).body as RoundEvent[];
      expect(submittedEvents.some((event) => event.type === 'evidence.revised')).toBe(false);
    });

    it('takes a link instead of a file, with a new title', async () => {
      const item = await uploadPdf(qo.client, { title: 'Jaarplan' }, 'jaarplan');
      const response = await revise(qo.client, item.id, {
        url: 'https://www.voorbeeld.nl/jaarplan-2027',
        documentDate: '2026-12-01',
        title: '  Jaarplan 2027 ',
      }).expect(201);
      expect(response.body).toMatchObject({
        id: item.id,
        revision: 2,
        source: 'link',
        title: 'Jaarplan 2027',
        url: 'https://www.voorbeeld.nl/jaarplan-2027',
        fileName: null,
        sha256: null,
        validUntil: null,
      });
    });

    it.each([
      ['neither a file nor a url', {}, 'file', 'fileOrUrl'],
      ['a file and a url', { url: 'https://www.voorbeeld.nl/x' }, 'url', 'fileOrUrl'],
      ['a date that is no day', { documentDate: '2026-02-30' }, 'documentDate', 'isIsoDay'],
      ['an unknown kind', { evidenceKind: 'roddel' }, 'evidenceKind', 'isEvidenceKind'],
      ['a url that is no web address', { url: 'javascript:alert(1)' }, 'url', 'isUrl'],
    ])('refuses %s with a problem naming the field', async (_, fields, field, code) => {
      const withFile = _ === 'a file and a url' || _ === 'a date that is no day';
      const response = await revise(
        qo.client,
        expired.id,
        { documentDate: '2026-11-02', ...fields },
        withFile || _ === 'an unknown kind'
          ? { name: 'x.pdf', content: pdfBytes('geweigerd'), type: 'application/pdf' }
          : undefined,
      ).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe('/problems/validation-failed');
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
      expect((await historyOf(expired.id)).length).toBe(2);
    });

    it('refuses a file that is not what its name says, and writes no revision', async () => {
      const response = await revise(
        qo.client,
        expired.id,
        { documentDate: '2026-11-02' },
        { name: 'klachten.pdf', content: ELF, type: 'application/pdf' },
      );
      expect([415]).toContain(response.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await historyOf(expired.id)).length).toBe(2);
      const item = (await qo.client.get(`/api/v1/evidence/${expired.id}`).expect(200))
        .body as Evidence;
      expect(item.revision).toBe(2);
    });

    it("answers 404 for another organisation's evidence and stores nothing for it", async () => {
      await revise(
        other.client,
        expired.id,
        { documentDate: '2026-11-02' },
        { name: 'x.pdf', content: pdfBytes('van een ander'), type: 'application/pdf' },
      ).expect(404);
      await other.client.get(`/api/v1/evidence/${expired.id}/revisions`).expect(404);
      await other.client.get(`/api/v1/evidence/${expired.id}/revisions/1/content`).expect(404);
      expect((await historyOf(expired.id)).length).toBe(2);
    });

    it('is not for a manager (403)', async () => {
      await revise(
        manager.client,
        expired.id,
        { documentDate: '2026-11-02' },
        { name: 'x.pdf', content: pdfBytes('manager'), type: 'application/pdf' },
      ).expect(403);
    });
  });

  describe('GET /api/v1/evidence/{evidenceId}/revisions', () => {
    it('lists both revisions, newest first, each with the rounds that show it', async () => {
      const history = await historyOf(expired.id);
      expect(history.map((item) => [item.revision, item.isCurrent, item.sha256])).toEqual([
        [2, true, sha256(newPdf)],
        [1, false, sha256(oldPdf)],
      ]);
      expect(history[0]?.rounds).toEqual([
        {
          roundId: draft.id,
          title: 'Zelfevaluatie 2026',
          status: 'draft',
          criterionCodes: ['IMP-03', 'VAK-03'],
        },
      ]);
      expect(history[1]?.rounds).toEqual([
        {
          roundId: submitted.id,
          title: 'Zelfevaluatie 2025',
          status: 'submitted',
          criterionCodes: ['VAK-03'],
        },
      ]);
      expect(history[1]).toMatchObject({ isExpired: true, createdBy: { userId: qo.me.user.id } });
    });

    it("downloads an earlier revision's file; an unknown revision is 404", async () => {
      const first = await download(
        qo.client,
        `/api/v1/evidence/${expired.id}/revisions/1/content`,
      ).expect(200);
      expect(sha256(first.body as Buffer)).toBe(sha256(oldPdf));
      for (const revision of ['3', '0', 'abc', '-1']) {
        await qo.client
          .get(`/api/v1/evidence/${expired.id}/revisions/${revision}/content`)
          .expect(404);
      }
    });

    it("keeps the earlier revision's file when unreferenced files are cleaned up", async () => {
      const removed = await app
        .get(EvidenceCleanupService)
        .removeUnreferenced(new Date(Date.now() + 24 * 60 * 60 * 1000));
      expect(removed).toBeGreaterThanOrEqual(0);
      const storage = app.get(FileStorage);
      expect(await storage.exists(sha256(oldPdf))).toBe(true);
      expect(await storage.exists(sha256(newPdf))).toBe(true);
    });
  });

  describe('exports', () => {
    async function manifestOf(roundId: string): Promise<ManifestFile[]> {
      const response = await download(qo.client, `/api/v1/rounds/${roundId}/dossier.zip`).expect(
        200,
      );
      const entries = await unzip(response.body as Buffer);
      const manifest = entries.find((entry) => entry.name === 'manifest.json');
      const files = (
        JSON.parse(manifest?.data.toString('utf8') ?? '{}') as { files: ManifestFile[] }
      ).files;
      for (const file of files.filter((item) => item.file && item.sha256)) {
        const data = entries.find((entry) => entry.name === file.file)?.data;
        expect(data && sha256(data)).toBe(file.sha256);
      }
      return files.filter((item) => item.title === 'Klachtenregeling');
    }

    it("give a submitted round's dossier the file it was submitted with", async () => {
      const files = await manifestOf(submitted.id);
      expect(files.map((file) => [file.criterion, file.sha256, file.validUntil])).toEqual([
        ['VAK-03', sha256(oldPdf), '2026-01-31'],
      ]);
      const content = await download(qo.client, `/api/v1/rounds/${submitted.id}/content`).expect(
        200,
      );
      expect((content.body as Buffer).toString('utf8')).toContain(sha256(oldPdf));
    });

    it("give a draft round's dossier the new revision", async () => {
      const files = await manifestOf(draft.id);
      expect(files.map((file) => file.sha256)).toEqual([sha256(newPdf), sha256(newPdf)]);
      expect(files.map((file) => file.validUntil)).toEqual(['2028-11-01', '2028-11-01']);
    });
  });

  describe('submitting after a revision', () => {
    it('pins the revision the round was submitted with, whatever comes after', async () => {
      const round = await startRound(qo, { title: 'Tussentijds', targetDate: '2027-09-01' });
      await answerAll(qo, round);
      await linkTo(round.id, 'VAK-03', expired.id);
      await submitRound(qo, round);
      await revise(
        qo.client,
        expired.id,
        { documentDate: '2026-12-01', validUntil: '2029-12-01' },
        {
          name: 'Klachtenregeling v3.pdf',
          content: pdfBytes('derde versie'),
          type: 'application/pdf',
        },
      ).expect(201);
      const [linked] = await evidenceIn(round.id, 'VAK-03');
      expect(linked).toMatchObject({ revision: 2, sha256: sha256(newPdf) });
      const [inDraft] = await evidenceIn(draft.id, 'VAK-03');
      expect(inDraft).toMatchObject({ revision: 3, sha256: sha256(pdfBytes('derde versie')) });
    });
  });
});
