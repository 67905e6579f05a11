import { AssessmentRoundDetail, ReviewDetail, RubricVersionDetail } from '@labelklaar/domain';

import { anAction, aResponse, aRubricVersion } from '../../../../testing/fixtures';
import { buildReviewView, withFinding } from './review-view';

function twoCriteriaRubric(): RubricVersionDetail {
  const rubric = aRubricVersion();
  const [domain] = rubric.domains;
  const [criterion] = domain.criteria;
  return {
    ...rubric,
    domains: [
      {
        ...domain,
        criteria: [
          criterion,
          { ...criterion, code: 'VAK-04', title: 'Intervisie', required: false },
        ],
      },
    ],
  };
}

function aRound(): AssessmentRoundDetail {
  return {
    id: 'round-1',
    title: 'Zelfevaluatie 2027',
    rubricId: 'sterk-sociaal-werk',
    rubricVersion: '1.0.0',
    targetDate: '2027-06-01',
    route: 'peer-review',
    selfEvaluationDeadline: '2027-04-20',
    ambitions: '',
    bottlenecks: '',
    participation: [],
    status: 'submitted',
    previousRoundId: null,
    contentHash: 'a'.repeat(64),
    submittedAt: '2027-04-01T10:00:00.000Z',
    submittedBy: null,
    withdrawnAt: null,
    signOff: null,
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-04-01T10:00:00.000Z',
    updatedBy: null,
    version: 3,
    isSelfEvaluationOverdue: false,
    newerVersion: null,
    progress: {
      total: 2,
      answered: 2,
      readyForReview: 0,
      carriedOver: 0,
      domains: [{ code: 'VAK', total: 2, answered: 2 }],
    },
    responses: [
      aResponse({
        criterionCode: 'VAK-03',
        level: 3,
        rationale: 'Iedereen staat in het register.',
      }),
      aResponse({ criterionCode: 'VAK-04', level: 1 }),
    ],
  };
}

function aReview(): ReviewDetail {
  return {
    id: 'review-1',
    roundId: 'round-1',
    roundTitle: 'Zelfevaluatie 2027',
    organisationName: 'Stichting Voorbeeld Welzijn',
    reviewer: { userId: 'user-9', displayName: 'Rik Reviewer' },
    reviewerOrganisationName: 'Welzijn Elders',
    status: 'draft',
    lead: true,
    expiresAt: '2027-05-01T22:00:00.000Z',
    submittedAt: null,
    canOpen: true,
    access: 'active',
    perspective: 'reviewer',
    overall: { judgement: null, strengths: '', improvements: '' },
    findings: [
      {
        criterionCode: 'VAK-04',
        judgement: 'not-assessed',
        finding: '',
        questions: '',
        response: null,
        actionId: null,
        updatedAt: '2027-04-10T10:00:00.000Z',
        version: 1,
      },
    ],
    version: 1,
  };
}

const input = (selected: string | null) => ({
  review: aReview(),
  round: aRound(),
  rubric: twoCriteriaRubric(),
  actions: [anAction({ criterionCode: 'VAK-03' }), anAction({ id: 'a2', criterionCode: 'VAK-04' })],
  selected,
  lang: 'nl' as const,
});

describe('buildReviewView', () => {
  it('shows the first criterion when none (or an unknown one) is asked for', () => {
    for (const selected of [null, 'XYZ-99']) {
      const view = buildReviewView(input(selected));
      expect(view.selected?.criterion.code).toBe('VAK-03');
      expect(view.selected?.previous).toBeNull();
      expect(view.selected?.next).toBe('VAK-04');
    }
  });

  it("puts the organisation's answer, status and actions beside the reviewer's finding", () => {
    const view = buildReviewView(input('VAK-04'));

    expect(view.selected).toMatchObject({
      response: { criterionCode: 'VAK-04', level: 1 },
      status: 'gap',
      actions: [{ id: 'a2' }],
      finding: { judgement: 'not-assessed' },
      previous: 'VAK-03',
      next: null,
    });
  });

  it("counts 'not assessed' as a judgement and labels evidence kinds in the UI language", () => {
    const view = buildReviewView(input(null));

    expect(view.judged).toBe(1);
    expect(view.total).toBe(2);
    expect(view.kindLabels.get('policy-document')).toBe('Beleidsdocument');
    expect(buildReviewView({ ...input(null), lang: 'en' }).kindLabels.get('policy-document')).toBe(
      'Policy document',
    );
  });
});

describe('withFinding', () => {
  it('replaces the saved finding and keeps the others', () => {
    const saved = {
      ...aReview().findings[0],
      criterionCode: 'VAK-03',
      judgement: 'meets' as const,
    };

    const review = withFinding(withFinding(aReview(), saved), { ...saved, finding: 'Goed.' });

    expect(review.findings.map((f) => [f.criterionCode, f.judgement, f.finding])).toEqual([
      ['VAK-04', 'not-assessed', ''],
      ['VAK-03', 'meets', 'Goed.'],
    ]);
  });
});
