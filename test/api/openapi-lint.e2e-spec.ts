import { NestExpressApplication } from '@nestjs/platform-express';
import { RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import request from 'supertest';

import { createTestApp } from '../support/test-app';

const SEVERITY = ['error', 'warning', 'information', 'hint'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
}

describe('the OpenAPI document', () => {
  let app: NestExpressApplication;
  let document: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    app = await createTestApp();
    document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    await app.close();
  });

  it("passes Spectral's spectral:oas ruleset without an error or a warning", async () => {
    const spectral = new Spectral();
    // Undocumented or untagged operations are errors here, not just warnings.
    spectral.setRuleset({
      // The package types its own ruleset more narrowly than setRuleset takes it.
      extends: [[oas as RulesetDefinition, 'recommended']],
      rules: {
        'operation-description': 'error',
        'operation-tags': 'error',
        'operation-tag-defined': 'error',
      },
    });
    const results = await spectral.run(JSON.stringify(document));

    expect(
      results
        .filter((result) => result.severity <= 1)
        .map(
          (result) =>
            `${SEVERITY[result.severity]} ${result.code} at ${result.path.join('.')}: ${result.message}`,
        ),
    ).toEqual([]);
  });

  it('gives every operation a tag, a summary and a description of its own', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({
          operation: `${method.toUpperCase()} ${path}`,
          ...operation,
        })),
    );
    const incomplete = operations
      .filter(
        ({ tags, summary, description }) =>
          (tags ?? []).length === 0 || !summary || !description || description === summary,
      )
      .map(({ operation }) => operation);

    expect(operations.length).toBeGreaterThanOrEqual(70);
    expect(incomplete).toEqual([]);
  });
});
