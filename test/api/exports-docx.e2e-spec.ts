import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import { JSDOM } from 'jsdom';

import { Actor, addMember, registerOrganisation } from '../support/factories';
import { registerLink, saveResponse, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';
import { download, flatText, keep, pdfPages, unzip, ZipEntry } from './exports.fixtures';

const ORGANISATION = 'Stichting Wijkkracht & Zorg';
const RATIONALE = 'Wij werken wijkgericht.\nTweede regel: de coördinator overlegt <elke> week.';
const REFLECTION = 'Het kwartaaloverleg met de gemeente werkt; we houden het vast.';
const LINK_URL = 'https://www.voorbeeld.nl/jaarverslag-2025?deel=1&taal=nl';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Every XML part of the package parses as XML (Word refuses a document that does not). */
function parsedParts(entries: readonly ZipEntry[]): Map<string, Document> {
  const { DOMParser } = new JSDOM().window;
  const parts = new Map<string, Document>();
  for (const entry of entries.filter((item) => /\.(xml|rels)$/.test(item.name))) {
    const xml = new DOMParser().parseFromString(entry.data.toString('utf8'), 'application/xml');
    expect({ part: entry.name, error: xml.getElementsByTagName('parsererror').length }).toEqual({
      part: entry.name,
      error: 0,
    });
    parts.set(entry.name, xml);
  }
  return parts;
}

/** The text of each paragraph of the body, with its style. */
function paragraphs(document: Document): { style: string | null; text: string }[] {
  return Array.from(document.getElementsByTagName('w:p'), (paragraph) => ({
    style: paragraph.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? null,
    text: Array.from(paragraph.getElementsByTagName('w:t'), (node) => node.textContent).join(''),
  }));
}

describe('GET /api/v1/rounds/{roundId}/dossier.docx', () => {
  let app: NestExpressApplication;
  let qo: Actor;
  let round: AssessmentRoundDetail;

  beforeAll(async () => {
    app = await createTestApp();
    qo = await registerOrganisation(app, ORGANISATION);
    const manager = await addMember(app, qo, 'manager');
    round = await startRound(qo, { title: 'Zelfevaluatie 2027' });
    const opd01 = round.responses.find((response) => response.criterionCode === 'OPD-01');
    await saveResponse(qo.client, round.id, 'OPD-01', opd01?.version ?? 1, {
      level: 3,
      targetLevel: 4,
      rationale: RATIONALE,
      state: 'draft',
    });
    const link = await registerLink(qo.client, { title: 'Jaarverslag wijkteams', url: LINK_URL });
    await qo.client
      .post(`/api/v1/rounds/${round.id}/responses/OPD-01/evidence/${link.id}`)
      .expect(201);
    const action = await qo.client
      .post(`/api/v1/rounds/${round.id}/actions`, {
        criterionCode: 'OPD-01',
        title: 'Kwartaaloverleg gemeente plannen',
      })
      .expect(201);
    await qo.client
      .patch(`/api/v1/actions/${action.body.id as string}`, {
        version: 1,
        status: 'done',
        reflection: REFLECTION,
      })
      .expect(200);
    const current = (await qo.client.get(`/api/v1/rounds/${round.id}`).expect(200)).body;
    await manager.client
      .post(`/api/v1/rounds/${round.id}/sign-off`, {
        version: current.version,
        name: 'mr. A. de Vries',
        function: 'directeur-bestuurder',
        date: today(),
      })
      .expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  const signOffLine = () =>
    `Vastgesteld door mr. A. de Vries, directeur-bestuurder, op ${Number(today().slice(8))} `;

  it('writes a Word document with the vaststelling, a contents field, headings and links', async () => {
    const response = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.docx`).expect(
      200,
    );
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="auditdossier-zelfevaluatie-2027-${today()}.docx"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.body as Buffer;
    keep('dossier.docx', body);

    const entries = await unzip(body);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/_rels/document.xml.rels',
      ]),
    );
    const parts = parsedParts(entries);
    const document = parts.get('word/document.xml') as Document;
    const body_ = paragraphs(document);
    const text = body_.map((paragraph) => paragraph.text).join('\n');

    // Cover: organisation, round and the vaststelling.
    expect(text).toContain(ORGANISATION);
    expect(text).toContain('Zelfevaluatie 2027');
    expect(text).toContain(signOffLine());
    expect(text).toContain('CONCEPT – niet ingediend');
    // A table-of-contents field over heading levels 1 and 2, updated when the file opens.
    const instructions = Array.from(document.getElementsByTagName('w:instrText'), (node) =>
      (node.textContent ?? '').trim(),
    );
    expect(instructions.some((instruction) => /^TOC .*\\o "1-2"/.test(instruction))).toBe(true);
    expect(parts.get('word/settings.xml')?.getElementsByTagName('w:updateFields')).toHaveLength(1);
    // Word's own heading styles: domains at level 1, criteria at level 2.
    const headings = (style: string) =>
      body_.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
    expect(headings('Heading1')).toEqual(
      expect.arrayContaining(['Zelfevaluatie in het kort', expect.stringMatching(/^OPD · /)]),
    );
    expect(headings('Heading2')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OPD-01 /), expect.stringMatching(/^IMP-/)]),
    );
    for (const response of round.responses) {
      expect(text).toContain(response.criterionCode);
    }
    // Level, toelichting (line by line, escaped), evidence with a link, action with reflection.
    expect(text).toContain('3 (behaald vanaf');
    expect(text).toContain(
      'Wij werken wijkgericht.\nTweede regel: de coördinator overlegt <elke> week.',
    );
    expect(text).toContain('Jaarverslag wijkteams');
    // The contents' entries link within the document (w:anchor); an address has a relationship.
    const hyperlink = Array.from(document.getElementsByTagName('w:hyperlink')).find((item) =>
      item.hasAttribute('r:id'),
    );
    const relationId = hyperlink?.getAttribute('r:id');
    expect(hyperlink?.textContent).toBe(LINK_URL);
    const relation = Array.from(
      parts.get('word/_rels/document.xml.rels')?.getElementsByTagName('Relationship') ?? [],
    ).find((item) => item.getAttribute('Id') === relationId);
    expect(relation?.getAttribute('Target')).toBe(LINK_URL);
    expect(relation?.getAttribute('TargetMode')).toBe('External');
    expect(text).toContain('Kwartaaloverleg gemeente plannen');
    expect(text).toMatch(/Reflectie \(afgerond op \d{2}-\d{2}-\d{4}\): /);
    expect(text).toContain(REFLECTION);
    // The internal appendix by default.
    expect(headings('Heading1')).toContain('Interne bijlage');
    expect(text).toContain('Auditblokkades');
  });

  it('leaves the internal appendix out with ?internal=false', async () => {
    const response = await download(
      qo.client,
      `/api/v1/rounds/${round.id}/dossier.docx?internal=false`,
    ).expect(200);
    const entries = await unzip(response.body as Buffer);
    const xml = entries.find((entry) => entry.name === 'word/document.xml')?.data.toString('utf8');
    expect(xml).toContain('OPD-01');
    for (const internal of ['Interne bijlage', 'Gereedheid', 'Auditblokkades']) {
      expect(xml).not.toContain(internal);
    }
  });

  it('prints the vaststelling on the cover of the PDF too', async () => {
    const response = await download(qo.client, `/api/v1/rounds/${round.id}/dossier.pdf`).expect(
      200,
    );
    const pages = await pdfPages(response.body as Buffer);
    expect(flatText([pages[0] ?? ''])).toContain(signOffLine());
  });

  it('answers 404 to another organisation', async () => {
    const stranger = await registerOrganisation(app);
    await stranger.client.get(`/api/v1/rounds/${round.id}/dossier.docx`).expect(404);
  });
});
