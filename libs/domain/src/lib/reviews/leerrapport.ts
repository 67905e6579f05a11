import type { UserRef } from '../assessments/round.types';
import { canonicalJson } from '../common/canonical-json';
import type { RubricVersion } from '../rubric/rubric.types';
import { mergeJudgements } from './judgements';
import type {
  FindingResponse,
  LeerrapportCriterion,
  LeerrapportFinding,
  LeerrapportOverall,
  OverallJudgement,
  PeerJudgement,
} from './review.types';

/** A submitted review as the merge takes it. */
export interface ReviewForMerge {
  reviewId: string;
  reviewer: UserRef;
  reviewerOrganisationName: string;
  lead: boolean;
  overall: OverallJudgement;
  findings: {
    criterionCode: string;
    judgement: PeerJudgement | null;
    finding: string;
    questions: string;
    response: FindingResponse | null;
    actionId: string | null;
  }[];
}

export interface MergedLeerrapport {
  criteria: LeerrapportCriterion[];
  overall: LeerrapportOverall;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The lead reviewer first, then by organisation and id, so the order never depends on a query. */
export function orderReviews<
  T extends Pick<ReviewForMerge, 'lead' | 'reviewId' | 'reviewerOrganisationName'>,
>(reviews: readonly T[]): T[] {
  return [...reviews].sort(
    (a, b) =>
      Number(b.lead) - Number(a.lead) ||
      byText(a.reviewerOrganisationName, b.reviewerOrganisationName) ||
      byText(a.reviewId, b.reviewId),
  );
}

/**
 * The leerrapport of a round: per criterion of the rubric (in rubric order) every reviewer's
 * finding with the organisation's response, and the merged judgement (see mergeJudgements);
 * the overall judgement is merged by the same rule.
 */
export function mergeLeerrapport(
  rubric: Pick<RubricVersion, 'domains'>,
  reviews: readonly ReviewForMerge[],
): MergedLeerrapport {
  const ordered = orderReviews(reviews);
  const criteria = rubric.domains.flatMap((domain) =>
    domain.criteria.map((criterion): LeerrapportCriterion => {
      const findings = ordered.flatMap((review): LeerrapportFinding[] => {
        const found = review.findings.find((f) => f.criterionCode === criterion.code);
        if (!found || found.judgement === null) {
          return [];
        }
        return [
          {
            reviewId: review.reviewId,
            reviewer: review.reviewer,
            reviewerOrganisationName: review.reviewerOrganisationName,
            lead: review.lead,
            judgement: found.judgement,
            finding: found.finding,
            questions: found.questions,
            response: found.response,
            actionId: found.actionId,
          },
        ];
      });
      return {
        criterionCode: criterion.code,
        criterionTitle: criterion.title,
        domainCode: domain.code,
        mergedJudgement: mergeJudgements(findings.map((finding) => finding.judgement)),
        findings,
      };
    }),
  );
  const overallReviews = ordered.map((review) => ({
    reviewId: review.reviewId,
    reviewer: review.reviewer,
    reviewerOrganisationName: review.reviewerOrganisationName,
    lead: review.lead,
    judgement: review.overall.judgement ?? 'not-assessed',
    strengths: review.overall.strengths,
    improvements: review.overall.improvements,
  }));
  return {
    criteria,
    overall: {
      mergedJudgement: mergeJudgements(overallReviews.map((review) => review.judgement)),
      reviews: overallReviews,
    },
  };
}

/** Bumped when the shape below changes, so an old hash is never checked against a new shape. */
export const LEERRAPPORT_CONTENT_FORMAT = 'labelklaar-leerrapport/1';

/** Everything a final leerrapport says: the findings and the organisation's responses (hoor en wederhoor). */
export interface LeerrapportContent {
  format: string;
  organisation: { id: string; name: string };
  round: { id: string; title: string; contentHash: string | null };
  issuedAt: string;
  hearingEndsOn: string;
  finalisedAt: string;
  criteria: {
    criterionCode: string;
    mergedJudgement: PeerJudgement;
    findings: {
      reviewId: string;
      reviewer: UserRef;
      reviewerOrganisationName: string;
      lead: boolean;
      judgement: PeerJudgement;
      finding: string;
      questions: string;
      response: FindingResponse | null;
    }[];
  }[];
  overall: LeerrapportOverall;
}

/** The content of a final leerrapport from its merge; action links are left out (they follow later). */
export function leerrapportContentOf(
  input: Omit<LeerrapportContent, 'format' | 'criteria' | 'overall'>,
  merged: MergedLeerrapport,
): LeerrapportContent {
  return {
    format: LEERRAPPORT_CONTENT_FORMAT,
    ...input,
    criteria: merged.criteria.map((criterion) => ({
      criterionCode: criterion.criterionCode,
      mergedJudgement: criterion.mergedJudgement,
      findings: criterion.findings.map((finding) => ({
        reviewId: finding.reviewId,
        reviewer: finding.reviewer,
        reviewerOrganisationName: finding.reviewerOrganisationName,
        lead: finding.lead,
        judgement: finding.judgement,
        finding: finding.finding,
        questions: finding.questions,
        response: finding.response,
      })),
    })),
    overall: merged.overall,
  };
}

/** The exact text whose sha256 is the leerrapport's content hash. */
export function leerrapportContentHashInput(content: LeerrapportContent): string {
  return canonicalJson(content);
}
