import { AssessmentRoundDetail } from '@labelklaar/domain';

import { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request, { Response } from 'supertest';

import { ApiClient } from '../support/api-client';
import { Actor, addMember, registerOrganisation, TEST_PASSWORD } from '../support/factories';
import { setCookie } from '../support/http';
import {
  casesFor,
  FuzzCase,
  FuzzOperation,
  KnownValues,
  OpenApiDocument,
  operationsOf,
} from '../support/openapi-fuzz';
import { addReviewer, submittedRound } from '../support/reviews';
import { registerLink, RUBRIC, startRound } from '../support/rounds';
import { createTestApp } from '../support/test-app';

/** Cases per operation and identity; LABELKLAAR_FUZZ_RUNS and LABELKLAAR_FUZZ_SEED reproduce a run. */
const RUNS = Number(process.env['LABELKLAAR_FUZZ_RUNS'] ?? 10);
/** The sweep grows with every operation (over 150, twice ten cases each): a busy CI machine needs minutes. */
const SWEEP_TIMEOUT_MS = 300_000;
const SEED = Number(process.env['LABELKLAAR_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const REQUEST_TIMEOUT_MS = 20_000;

type Identity = 'anonymous' | 'quality officer';

interface Outcome {
  identity: Identity;
  operation: string;
  url: string;
  body: string;
  status: number;
}

const shorten = (text: string) =>
  text.length > 300 ? `${text.slice(0, 300)}… (${text.length})` : text;

function describeBody(fuzzCase: FuzzCase): string {
  if (!fuzzCase.body) {
    return '';
  }
  if (fuzzCase.body.kind === 'json') {
    return shorten(fuzzCase.body.text);
  }
  const { fields, file } = fuzzCase.body;
  return shorten(JSON.stringify({ fields, file: { name: file.name, bytes: file.bytes.length } }));
}

function send(client: ApiClient, operation: FuzzOperation, fuzzCase: FuzzCase): Promise<Response> {
  const call = client.agent[operation.method](fuzzCase.url)
    .set('X-XSRF-TOKEN', client.token)
    .timeout(REQUEST_TIMEOUT_MS);
  const body = fuzzCase.body;
  if (!body) {
    return call;
  }
  if (body.kind === 'json') {
    return call.set('Content-Type', 'application/json').send(body.text);
  }
  for (const [name, value] of Object.entries(body.fields)) {
    call.field(name, value);
  }
  return call.attach('file', body.file.bytes, { filename: body.file.name || 'x' });
}

/** Where a request ended the fuzzed session (logout, another account), the next ones log in again. */
const MAY_CHANGE_SESSION =
  /\/(auth|invitations|review-invitations|peer-group-invitations|me|organisation\/members)\b/;

describe('fuzz over every operation of the OpenAPI document', () => {
  let app: NestExpressApplication;
  let document: OpenApiDocument;
  let officer: Actor;
  const known: KnownValues = {};

  beforeAll(async () => {
    app = await createTestApp({ loginRateLimit: 1000 });
    document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200))
      .body as OpenApiDocument;
    // A quality officer with a round, evidence, an action, a member, an invitation and a peer group,
    // who also reviews a submitted round of another organisation: ids that exist, for paths and bodies.
    officer = await registerOrganisation(app);
    const round: AssessmentRoundDetail = await startRound(officer);
    const contributor = await addMember(app, officer, 'contributor');
    const evidence = await registerLink(officer.client);
    const action = await officer.client.post(`/api/v1/rounds/${round.id}/actions`, {
      criterionCode: 'VAK-03',
      title: 'Intervisie plannen',
    });
    const invitation = await officer.client.post('/api/v1/organisation/invitations', {
      email: 'fuzz-uitnodiging@example.nl',
      role: 'manager',
    });
    const group = await officer.client.post('/api/v1/peer-groups', { name: 'Toetsingsgroep Fuzz' });
    const members = (await officer.client.get('/api/v1/organisation/members')).body as {
      id: string;
      email: string;
    }[];
    const memberIds = members.map((member) => member.id);
    // Only the contributor's membership goes into member paths: were the contributor made quality
    // officer and the fuzzed officer then demoted, the rest of the run would only meet 403s.
    const contributorIds = members
      .filter((member) => member.email === contributor.email)
      .map((member) => member.id);
    const reviewed = await registerOrganisation(app);
    const reviewedRound = await submittedRound(reviewed);
    const reviewer = await addReviewer(app, reviewed, reviewedRound.id, { as: officer });
    const created = (response: Response) => {
      if (response.status !== 201) {
        throw new Error(`setup failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return response.body as { id: string; invitation: { id: string } };
    };
    Object.assign(known, {
      roundId: [round.id, reviewedRound.id],
      criterionCode: ['VAK-03', 'OPD-01', 'IMP-06'],
      evidenceId: [evidence.id],
      actionId: [created(action).id],
      memberId: contributorIds,
      ownerId: memberIds,
      ownerMemberId: memberIds,
      invitationId: [created(invitation).invitation.id, reviewer.invitation.id],
      groupId: [created(group).id],
      reviewId: [reviewer.acceptance.reviewId ?? ''],
      organisationId: [officer.organisationId],
      rubricId: [RUBRIC.rubricId],
      rubricVersion: [RUBRIC.rubricVersion],
      version: [RUBRIC.rubricVersion],
      with: [reviewedRound.id, round.id],
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it(
    'answers every generated request, logged in and anonymously, without a 5xx',
    async () => {
      const operations = operationsOf(document);
      const missing = Object.entries(known).filter(([, values]) =>
        values.some((value) => typeof value !== 'string' || value === ''),
      );
      expect(missing).toEqual([]);
      const outcomes: Outcome[] = [];
      let anonymous = await ApiClient.create(app);
      let loggedIn = officer.client;
      for (const [index, operation] of operations.entries()) {
        const cases = fc.sample(casesFor(operation, document, known), {
          numRuns: RUNS,
          seed: SEED + index,
        });
        for (const identity of ['anonymous', 'quality officer'] as const) {
          for (const fuzzCase of cases) {
            const client = identity === 'anonymous' ? anonymous : loggedIn;
            const response = await send(client, operation, fuzzCase).catch(
              (error: Error) => ({ status: 0, error }) as unknown as Response,
            );
            outcomes.push({
              identity,
              operation: operation.label,
              url: fuzzCase.url,
              body: describeBody(fuzzCase),
              status: response.status,
            });
            // An anonymous client that just registered or logged in is anonymous no more.
            if (identity === 'anonymous' && setCookie(response, 'lk_session')) {
              anonymous = await ApiClient.create(app);
            }
            if (
              identity === 'quality officer' &&
              (response.status === 401 || MAY_CHANGE_SESSION.test(operation.path))
            ) {
              const me = await loggedIn.get('/api/v1/me');
              if (me.status !== 200 || me.body.user?.id !== officer.me.user.id) {
                loggedIn = await ApiClient.create(app);
                await loggedIn.login(officer.email, TEST_PASSWORD);
              }
            }
          }
        }
      }

      const failures = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0);
      const statuses = outcomes.reduce<Record<number, number>>(
        (tally, { status }) => ({ ...tally, [status]: (tally[status] ?? 0) + 1 }),
        {},
      );
      process.stdout.write(
        `openapi fuzz (seed ${SEED}, ${RUNS} runs): ${outcomes.length} requests over ${operations.length} operations, ${failures.length} answered 5xx or nothing; statuses ${JSON.stringify(statuses)}\n`,
      );
      expect(operations.length).toBeGreaterThanOrEqual(70);
      expect(outcomes.length).toBe(operations.length * 2 * RUNS);
      // The generator is no use if nothing gets past validation.
      expect(outcomes.filter(({ status }) => status >= 200 && status < 300).length).toBeGreaterThan(
        outcomes.length / 20,
      );
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );
});
