import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, BrowserContext, expect, Page } from '@playwright/test';

/** Helpers of the browser suites (test/web): logging in, axe, and setting up through the API. */

export const DEMO_PASSWORD = 'Labelklaar-demo-2026';
export const QUALITY_OFFICER = 'kwaliteit@voorbeeld.nl';
export const DEMO_RUBRIC = { rubricId: 'sterk-sociaal-werk', rubricVersion: '1.0.0' };

export const screenshotPath = (name: string) => `tmp/screenshots/${name}.png`;

/** Logs in on the login page and waits for the page the account lands on (default: home). */
export async function login(
  page: Page,
  email: string,
  options: { password?: string; landsOn?: RegExp } = {},
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(options.landsOn ?? /\/$/);
}

/** WCAG 2.1 A and AA rules on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The smallest PDF the content check accepts: header, one empty page, trailer. */
export function tinyPdf(): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return Buffer.from(body, 'latin1');
}

/** What a changing API call from the page sends: JSON, and the XSRF token from its cookie. */
export async function xsrfHeaders(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN');
  return {
    'Content-Type': 'application/json',
    ...(cookie ? { 'X-XSRF-TOKEN': cookie.value } : {}),
  };
}

export interface Rubric {
  evidenceKinds: { key: string }[];
  domains: { criteria: { code: string; maturityScale: { level: number }[] }[] }[];
}

export interface Round {
  id: string;
  title: string;
  rubricId: string;
  rubricVersion: string;
}

export const criteriaOf = (rubric: Rubric) => rubric.domains.flatMap((domain) => domain.criteria);

export async function rubricOf(
  request: APIRequestContext,
  round: Pick<Round, 'rubricId' | 'rubricVersion'> = DEMO_RUBRIC,
): Promise<Rubric> {
  const response = await request.get(
    `/api/v1/rubrics/${round.rubricId}/versions/${round.rubricVersion}`,
  );
  expect(response.status(), 'rubric').toBe(200);
  return (await response.json()) as Rubric;
}

/** A round just started, with its rubric and the rubric's criterion codes in order. */
export interface StartedRound {
  round: Round;
  rubric: Rubric;
  codes: string[];
}

/** Starts a round of the logged-in page's organisation on the demo rubric. */
export async function startRoundThroughApi(
  page: Page,
  body: { title: string; targetDate: string; route: 'internal' | 'peer-review' | 'external-audit' },
): Promise<StartedRound> {
  const created = await page.request.post('/api/v1/rounds', {
    headers: await xsrfHeaders(page),
    // The demo organisation has an open round on the demo rubric already.
    data: { ...DEMO_RUBRIC, confirmSecondOpenRound: true, ...body },
  });
  expect(created.status(), 'start round').toBe(201);
  const round = (await created.json()) as Round;
  const rubric = await rubricOf(page.request, round);
  return { round, rubric, codes: criteriaOf(rubric).map((criterion) => criterion.code) };
}

/** Answers the criteria named by `codes` (default: all) at the highest level of their scale. */
export async function answerThroughApi(
  page: Page,
  round: Round,
  rubric: Rubric,
  codes: string[] = criteriaOf(rubric).map((criterion) => criterion.code),
): Promise<void> {
  const headers = await xsrfHeaders(page);
  for (const criterion of criteriaOf(rubric).filter((c) => codes.includes(c.code))) {
    const level = criterion.maturityScale.at(-1)?.level ?? 3;
    const url = `/api/v1/rounds/${round.id}/responses/${criterion.code}`;
    const current = await page.request.get(url);
    const version = current.ok() ? ((await current.json()) as { version: number }).version : 1;
    const saved = await page.request.put(url, {
      headers,
      data: {
        version,
        level,
        targetLevel: level,
        rationale: `Zo werken wij aan ${criterion.code}.`,
      },
    });
    expect(saved.status(), `answer ${criterion.code}`).toBe(200);
  }
}

export async function submitRoundThroughApi(page: Page, round: Round): Promise<void> {
  const submitted = await page.request.post(`/api/v1/rounds/${round.id}/submit`, {
    headers: await xsrfHeaders(page),
    data: {},
  });
  expect(submitted.status(), 'submit round').toBe(200);
}

/** A PDF uploaded to the organisation and linked to one criterion of the round. */
export async function attachEvidenceThroughApi(
  page: Page,
  round: Round,
  evidence: { code: string; kind: string; title: string; fileName: string },
): Promise<void> {
  const { 'X-XSRF-TOKEN': token } = await xsrfHeaders(page);
  const uploaded = await page.request.post('/api/v1/evidence', {
    headers: { 'X-XSRF-TOKEN': token },
    multipart: {
      title: evidence.title,
      evidenceKind: evidence.kind,
      documentDate: '2026-03-01',
      file: { name: evidence.fileName, mimeType: 'application/pdf', buffer: tinyPdf() },
    },
  });
  expect(uploaded.status(), 'upload evidence').toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  const linked = await page.request.post(
    `/api/v1/rounds/${round.id}/responses/${evidence.code}/evidence/${id}`,
    { headers: await xsrfHeaders(page), data: {} },
  );
  expect(linked.ok(), `link evidence to ${evidence.code}`).toBe(true);
}

/** Registers a new organisation in `context`; the page it returns is logged in as its quality officer. */
export async function registerOrganisation(
  context: BrowserContext,
  account: { organisationName: string; displayName: string; email: string; password: string },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/login');
  // The form shows once the app has asked for the session, whose answer sets the XSRF-TOKEN cookie.
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
  const registered = await page.request.post('/api/v1/auth/register', {
    headers: await xsrfHeaders(page),
    data: account,
  });
  expect(registered.status(), 'register').toBe(201);
  return page;
}
