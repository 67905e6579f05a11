import { createHash } from 'node:crypto';

import { criterion, rubric } from '../readiness/readiness.fixtures';
import {
  LEERRAPPORT_CONTENT_FORMAT,
  leerrapportContentHashInput,
  leerrapportContentOf,
  mergeLeerrapport,
  ReviewForMerge,
} from './leerrapport';

const RUBRIC = rubric([
  { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
  { code: 'VAK', criteria: [criterion('VAK-01')] },
]);

function review(
  reviewId: string,
  lead: boolean,
  judgements: Record<string, ReviewForMerge['findings'][number]['judgement']>,
  overall: ReviewForMerge['overall']['judgement'] = 'meets',
): ReviewForMerge {
  return {
    reviewId,
    reviewer: { userId: `user-${reviewId}`, displayName: `Reviewer ${reviewId}` },
    reviewerOrganisationName: `Organisatie ${reviewId}`,
    lead,
    overall: {
      judgement: overall,
      strengths: `Sterk ${reviewId}`,
      improvements: `Beter ${reviewId}`,
    },
    findings: Object.entries(judgements).map(([criterionCode, judgement]) => ({
      criterionCode,
      judgement,
      finding: `${reviewId} over ${criterionCode}`,
      questions: '',
      response: null,
      actionId: null,
    })),
  };
}

describe('mergeLeerrapport', () => {
  const merged = mergeLeerrapport(RUBRIC, [
    review(
      'b',
      false,
      { 'OPD-01': 'meets', 'OPD-02': 'not-assessed', 'VAK-01': 'does-not-meet' },
      'partly-meets',
    ),
    review('a', true, { 'OPD-01': 'partly-meets', 'OPD-02': 'not-assessed', 'VAK-01': 'meets' }),
  ]);

  it('merges per criterion in rubric order, with the lead reviewer first', () => {
    expect(
      merged.criteria.map((c) => [
        c.criterionCode,
        c.domainCode,
        c.mergedJudgement,
        c.findings.map((f) => f.reviewId),
      ]),
    ).toEqual([
      ['OPD-01', 'OPD', 'partly-meets', ['a', 'b']],
      ['OPD-02', 'OPD', 'not-assessed', ['a', 'b']],
      ['VAK-01', 'VAK', 'does-not-meet', ['a', 'b']],
    ]);
    expect(merged.criteria[0].findings[0]).toEqual({
      reviewId: 'a',
      reviewer: { userId: 'user-a', displayName: 'Reviewer a' },
      reviewerOrganisationName: 'Organisatie a',
      lead: true,
      judgement: 'partly-meets',
      finding: 'a over OPD-01',
      questions: '',
      response: null,
      actionId: null,
    });
  });

  it('merges the overall judgements by the same rule', () => {
    expect(merged.overall.mergedJudgement).toBe('partly-meets');
    expect(merged.overall.reviews.map((r) => [r.reviewId, r.judgement, r.strengths])).toEqual([
      ['a', 'meets', 'Sterk a'],
      ['b', 'partly-meets', 'Sterk b'],
    ]);
  });

  it('leaves out criteria a review has no judgement on', () => {
    const partial = mergeLeerrapport(RUBRIC, [review('a', true, { 'OPD-01': 'meets' })]);
    expect(partial.criteria.map((c) => c.findings.length)).toEqual([1, 0, 0]);
    expect(partial.criteria[1].mergedJudgement).toBe('not-assessed');
  });
});

describe('leerrapport content hash input', () => {
  const input = {
    organisation: { id: 'org-1', name: 'Stichting Voorbeeld' },
    round: { id: 'round-1', title: 'Zelfevaluatie 2025', contentHash: 'abc' },
    issuedAt: '2026-03-01T10:00:00.000Z',
    hearingEndsOn: '2026-03-15',
    finalisedAt: '2026-03-16T08:00:00.000Z',
  };

  it('records findings and responses but not the later action links', () => {
    const answered = review('a', true, { 'OPD-01': 'meets', 'OPD-02': 'meets', 'VAK-01': 'meets' });
    answered.findings[0] = {
      ...answered.findings[0],
      response: {
        text: 'Dank, we pakken het op.',
        respondedBy: { userId: 'u', displayName: 'Karin' },
        respondedAt: '2026-03-05T09:00:00.000Z',
      },
      actionId: 'action-1',
    };
    const content = leerrapportContentOf(input, mergeLeerrapport(RUBRIC, [answered]));
    expect(content.format).toBe(LEERRAPPORT_CONTENT_FORMAT);
    expect(content.criteria[0].findings[0]).not.toHaveProperty('actionId');
    expect(content.criteria[0].findings[0].response?.text).toBe('Dank, we pakken het op.');
    const text = leerrapportContentHashInput(content);
    expect(text).toContain('"Dank, we pakken het op."');
    const withOtherAction = leerrapportContentOf(
      input,
      mergeLeerrapport(RUBRIC, [
        { ...answered, findings: answered.findings.map((f) => ({ ...f, actionId: 'action-2' })) },
      ]),
    );
    expect(leerrapportContentHashInput(withOtherAction)).toBe(text);
  });

  it('gives the same bytes for the same content, whatever order the reviews came in', () => {
    const reviews = [
      review('a', true, { 'OPD-01': 'meets' }),
      review('b', false, { 'OPD-01': 'partly-meets' }),
    ];
    const hash = (list: ReviewForMerge[]) =>
      createHash('sha256')
        .update(
          leerrapportContentHashInput(leerrapportContentOf(input, mergeLeerrapport(RUBRIC, list))),
        )
        .digest('hex');
    expect(hash(reviews)).toBe(hash([...reviews].reverse()));
  });
});
