/**
 * Support for the dashboard and sector end-to-end tests: a catalogue with a small rubric of its
 * own (a fresh id per run, so figures never mix with rounds other test files submit) next to the
 * bundled Sterk Sociaal Werk rubric, and helpers to answer and submit rounds on it.
 */
import { lockNewPublishedRubrics } from '@labelklaar/criteria';
import {
  AssessmentRoundDetail,
  Criterion,
  CriterionResponse,
  Evidence,
  RubricVersion,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApiClient } from '../support/api-client';
import { Actor } from '../support/factories';
import { saveResponse, startRound, uploadPdf } from '../support/rounds';

const BUNDLED = join(__dirname, '../../libs/criteria/data');

function criterion(code: string, overrides: Partial<Criterion>): Criterion {
  return {
    code,
    title: `Testcriterium ${code}`,
    description: 'Een korte beschrijving van wat dit criterium vraagt.',
    guidanceQuestions: ['Hoe doen we dit nu?', 'Wat willen we verbeteren?'],
    evidenceKinds: ['beleidsplan'],
    weight: 2,
    required: true,
    allowNotApplicable: false,
    metLevel: 3,
    maturityScale: [1, 2, 3, 4].map((level) => ({
      level,
      name: `Niveau ${level}`,
      descriptor: `Niveau ${level} van dit criterium.`,
    })),
    ...overrides,
  };
}

/** OPD-01 (weight 2, required), OPD-02 (weight 1, optional, may be not applicable), VAK-01 (2, required). */
export function smallRubric(id: string): RubricVersion {
  return {
    id,
    version: '1.0.0',
    status: 'published',
    title: 'Kleine testrubriek',
    effectiveDate: '2026-01-01',
    domains: [
      {
        code: 'OPD',
        title: 'Maatschappelijke opdracht',
        description: 'Testdomein.',
        criteria: [
          criterion('OPD-01', {}),
          criterion('OPD-02', { weight: 1, required: false, allowNotApplicable: true }),
        ],
      },
      {
        code: 'VAK',
        title: 'Vakmanschap',
        description: 'Testdomein.',
        criteria: [criterion('VAK-01', {})],
      },
    ],
  };
}

/**
 * 1.1.0 of smallRubric: OPD-01 unchanged, OPD-02 reworded, VAK-01 split into VAK-01 and VAK-02
 * (so no VAK criterion continues one to one).
 */
export function smallRubricSuccessor(id: string): RubricVersion {
  const [opd, vak] = smallRubric(id).domains;
  return {
    ...smallRubric(id),
    version: '1.1.0',
    effectiveDate: '2026-06-01',
    previousVersion: '1.0.0',
    mapping: [
      { code: 'OPD-01', previousCodes: ['OPD-01'] },
      { code: 'OPD-02', previousCodes: ['OPD-02'] },
      { code: 'VAK-01', previousCodes: ['VAK-01'] },
      { code: 'VAK-02', previousCodes: ['VAK-01'] },
    ],
    domains: [
      {
        ...opd,
        criteria: [
          opd.criteria[0],
          { ...opd.criteria[1], title: 'Testcriterium OPD-02, herschreven' },
        ],
      },
      { ...vak, criteria: [vak.criteria[0], criterion('VAK-02', {})] },
    ],
  };
}

export interface TestCatalog {
  dir: string;
  rubricId: string;
}

/**
 * The bundled rubrics plus a small one with a fresh id (and its successor when asked for),
 * locked as the API demands.
 */
export function createTestCatalog(prefix: string, withSuccessor = false): TestCatalog {
  const rubricId = `${prefix}-${randomUUID().slice(0, 8)}`;
  const dir = mkdtempSync(join(tmpdir(), 'labelklaar-rubrics-'));
  cpSync(join(BUNDLED, 'sterk-sociaal-werk'), join(dir, 'sterk-sociaal-werk'), { recursive: true });
  copyFileSync(join(BUNDLED, 'evidence-kinds.yaml'), join(dir, 'evidence-kinds.yaml'));
  copyFileSync(join(BUNDLED, 'rubrics.lock.json'), join(dir, 'rubrics.lock.json'));
  mkdirSync(join(dir, rubricId));
  // JSON is YAML too, and needs no quoting rules.
  writeFileSync(join(dir, rubricId, '1.0.0.yaml'), JSON.stringify(smallRubric(rubricId), null, 2));
  if (withSuccessor) {
    const successor = JSON.stringify(smallRubricSuccessor(rubricId), null, 2);
    writeFileSync(join(dir, rubricId, '1.1.0.yaml'), successor);
  }
  lockNewPublishedRubrics(dir);
  return { dir, rubricId };
}

export function startSmallRound(
  actor: Actor,
  rubricId: string,
  body: Record<string, unknown> = {},
): Promise<AssessmentRoundDetail> {
  return startRound(actor, { rubricId, rubricVersion: '1.0.0', ...body });
}

export async function linkEvidence(
  client: ApiClient,
  roundId: string,
  code: string,
  evidenceId: string,
): Promise<CriterionResponse> {
  const response = await client.post(
    `/api/v1/rounds/${roundId}/responses/${code}/evidence/${evidenceId}`,
  );
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`link ${code} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as CriterionResponse;
}

/** Answers every criterion of a small round at `level`, linking `evidence` to the codes in `withEvidence`. */
export async function answerSmallRound(
  actor: Actor,
  round: AssessmentRoundDetail,
  options: {
    level?: number;
    withEvidence?: string[];
    evidence?: Evidence;
    rationale?: string;
  } = {},
): Promise<void> {
  const { level = 3, withEvidence = [], rationale = 'Onderbouwing.' } = options;
  const evidence =
    withEvidence.length > 0 ? (options.evidence ?? (await uploadPdf(actor.client))) : undefined;
  for (const response of round.responses) {
    const code = response.criterionCode;
    const saved = await saveResponse(actor.client, round.id, code, response.version, {
      level,
      rationale: `${rationale} (${code})`,
      state: 'ready-for-review',
    });
    if (evidence && withEvidence.includes(code)) {
      await linkEvidence(actor.client, round.id, code, evidence.id);
    }
    expect(saved.level).toBe(level);
  }
}

export async function submitRound(actor: Actor, roundId: string): Promise<void> {
  const response = await actor.client.post(`/api/v1/rounds/${roundId}/submit`);
  if (response.status !== 200) {
    throw new Error(`submit failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
