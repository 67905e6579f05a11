import { rubricContentHash } from '@labelklaar/criteria';
import { RubricVersion } from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

import { ApiClient } from './api-client';

export const BUNDLED_RUBRIC = 'sterk-sociaal-werk';
const DATA = join(__dirname, '../../libs/criteria/data');
export const FIXTURES = join(__dirname, '../api/fixtures/rubric-import');

export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** The bundled 1.0.0 as content, under another id (published versions are never deleted). */
export function bundledAs(id: string): RubricVersion {
  const text = readFileSync(join(DATA, BUNDLED_RUBRIC, '1.0.0.yaml'), 'utf8');
  return { ...(parse(text) as RubricVersion), id, status: 'draft' };
}

export const uniqueRubricId = (prefix = 'proef') => `${prefix}-${randomUUID().slice(0, 8)}`;

export function importFile(client: ApiClient, filename: string, content: Buffer | string) {
  return client.agent
    .post('/api/v1/rubrics/imports')
    .set('X-XSRF-TOKEN', client.token)
    .attach('file', Buffer.from(content), {
      filename,
      contentType: 'application/octet-stream',
    });
}

export interface DraftBody {
  id: string;
  rubricId: string;
  version: number;
  content: RubricVersion;
  origin: string;
  baseVersion: string | null;
  violations: { location: string; rule: string; detail: string }[];
}

/** Imports `content` as YAML and publishes it; gives the published version's hash. */
export async function publishVersion(admin: ApiClient, content: RubricVersion): Promise<string> {
  const imported = await importFile(admin, 'versie.yaml', stringify(content));
  if (imported.status !== 201) {
    throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body)}`);
  }
  const draft = imported.body as DraftBody;
  const published = await admin.post(
    `/api/v1/rubrics/${content.id}/drafts/${draft.id}/publish`,
    {},
  );
  if (published.status !== 201) {
    throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return (published.body as { contentHash: string }).contentHash;
}

export const hashOf = (content: unknown) => rubricContentHash(content as RubricVersion);

export { download } from '../api/exports.fixtures';
