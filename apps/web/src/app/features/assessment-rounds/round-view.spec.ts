import { AssessmentRoundDetail } from '@labelklaar/domain';

import { aResponse, aRubricVersion } from '../../../testing/fixtures';
import { buildRoundView } from './round-view';

function aRound(responses: AssessmentRoundDetail['responses']): AssessmentRoundDetail {
  return {
    id: 'round-1',
    title: 'Zelfevaluatie 2026',
    rubricId: 'sterk-sociaal-werk',
    rubricVersion: '1.0.0',
    targetDate: '2026-11-15',
    route: 'external-audit',
    selfEvaluationDeadline: '2026-10-04',
    ambitions: '',
    bottlenecks: '',
    participation: [],
    status: 'draft',
    previousRoundId: null,
    contentHash: null,
    submittedAt: null,
    submittedBy: null,
    withdrawnAt: null,
    signOff: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: null,
    version: 1,
    isSelfEvaluationOverdue: false,
    newerVersion: null,
    progress: {
      total: 1,
      answered: 1,
      readyForReview: 0,
      carriedOver: 0,
      domains: [{ code: 'VAK', total: 1, answered: 1 }],
    },
    responses,
  };
}

const evidence = (id: string, validUntil: string | null, isExpired: boolean) => ({
  id,
  revision: 1,
  source: 'link' as const,
  title: id,
  evidenceKind: 'policy-document',
  documentDate: '2026-01-01',
  validUntil,
  url: 'https://voorbeeld.nl',
  fileName: null,
  mediaType: null,
  sizeBytes: null,
  sha256: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: null,
  isExpired,
  linkedAt: '2026-01-01T00:00:00.000Z',
});

describe('buildRoundView', () => {
  it('gives progress, readiness and flags per criterion, judged on the target date', () => {
    const [domain] = buildRoundView(
      aRubricVersion(),
      aRound([
        aResponse({
          level: 3,
          isCarriedOver: true,
          evidence: [evidence('old', '2026-06-30', true)],
        }),
      ]),
    );

    expect(domain).toMatchObject({ code: 'VAK', answered: 1, total: 1, score: 0 });
    expect(domain.rows[0]).toMatchObject({
      code: 'VAK-03',
      status: 'evidence-expired',
      level: 3,
      evidenceCount: 1,
      expiredEvidenceCount: 1,
      isCarriedOver: true,
    });
  });

  it('counts a met criterion with valid evidence as fully ready', () => {
    const [domain] = buildRoundView(
      aRubricVersion(),
      aRound([aResponse({ level: 4, evidence: [evidence('new', null, false)] })]),
    );

    expect(domain.score).toBe(100);
    expect(domain.rows[0].status).toBe('met');
  });

  it('shows an unanswered criterion as not scored', () => {
    const [domain] = buildRoundView(aRubricVersion(), aRound([]));

    expect(domain.rows[0]).toMatchObject({ status: 'not-scored', level: null, owner: null });
  });
});
