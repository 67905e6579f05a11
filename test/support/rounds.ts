import { AssessmentRoundDetail, CriterionResponse, Evidence } from '@labelklaar/domain';

import { createHash } from 'node:crypto';

import { ApiClient } from './api-client';
import { Actor } from './factories';

export const RUBRIC = { rubricId: 'sterk-sociaal-werk', rubricVersion: '1.0.0' };
/** Criteria of sterk-sociaal-werk 1.0.0 that may be marked not applicable. */
export const WAIVABLE = ['OPD-05', 'VAK-08', 'IMP-06'];

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A tiny but well-formed PDF; file-type recognises it by its %PDF signature. */
export function pdfBytes(text = 'Labelklaar test'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export async function startRound(
  actor: Actor,
  body: Record<string, unknown> = {},
): Promise<AssessmentRoundDetail> {
  const response = await actor.client.post('/api/v1/rounds', {
    title: 'Zelfevaluatie 2026',
    ...RUBRIC,
    targetDate: '2027-03-15',
    route: 'external-audit',
    // Suites start several rounds per organisation; the confirmation itself has its own tests.
    confirmSecondOpenRound: true,
    ...body,
  });
  if (response.status !== 201) {
    throw new Error(`start round failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as AssessmentRoundDetail;
}

export function answerFor(code: string, level = 3): Record<string, unknown> {
  return WAIVABLE.includes(code)
    ? {
        notApplicable: true,
        notApplicableReason: 'Wij bieden dit niet aan.',
        state: 'ready-for-review',
      }
    : { level, targetLevel: 4, rationale: `Onderbouwing bij ${code}.`, state: 'ready-for-review' };
}

export async function saveResponse(
  client: ApiClient,
  roundId: string,
  code: string,
  version: number,
  answer: Record<string, unknown> = answerFor(code),
): Promise<CriterionResponse> {
  const response = await client.put(`/api/v1/rounds/${roundId}/responses/${code}`, {
    version,
    ...answer,
  });
  if (response.status !== 200) {
    throw new Error(`save ${code} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as CriterionResponse;
}

/** Answers every criterion of the round that is not answered yet (or only carried over). */
export async function answerAll(actor: Actor, round: AssessmentRoundDetail): Promise<void> {
  for (const response of round.responses) {
    await saveResponse(actor.client, round.id, response.criterionCode, response.version);
  }
}

export function upload(
  client: ApiClient,
  file: { name: string; content: Buffer; type?: string },
  fields: Record<string, string> = {},
) {
  const call = client.agent.post('/api/v1/evidence').set('X-XSRF-TOKEN', client.token);
  const all = {
    title: 'Beleidsplan 2026',
    evidenceKind: 'beleidsplan',
    documentDate: '2026-01-10',
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) {
    call.field(name, value);
  }
  return call.attach('file', file.content, {
    filename: file.name,
    contentType: file.type ?? 'application/octet-stream',
  });
}

export async function uploadPdf(
  client: ApiClient,
  fields: Record<string, string> = {},
  text?: string,
): Promise<Evidence> {
  const response = await upload(
    client,
    { name: 'beleidsplan.pdf', content: pdfBytes(text), type: 'application/pdf' },
    fields,
  );
  if (response.status !== 201) {
    throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as Evidence;
}

export async function registerLink(
  client: ApiClient,
  fields: Record<string, string> = {},
): Promise<Evidence> {
  const response = await client.post('/api/v1/evidence/links', {
    title: 'Jaarverslag 2025',
    evidenceKind: 'jaarverslag',
    documentDate: '2026-03-01',
    url: 'https://www.voorbeeld.nl/jaarverslag-2025',
    ...fields,
  });
  if (response.status !== 201) {
    throw new Error(`link failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as Evidence;
}
