import { PeerJudgement, ReviewDetail } from '@labelklaar/domain';

import { ApiClient } from './api-client';
import { Reviewer } from './reviews';

/** A reviewer as the review tests use them: a logged-in client and the review it writes. */
export interface ReviewWriter {
  client: ApiClient;
  email: string;
  reviewId: string;
  invitationId: string;
}

export function writerOf(reviewer: Reviewer): ReviewWriter {
  return {
    client: reviewer.client,
    email: reviewer.email,
    reviewId: reviewer.acceptance.reviewId ?? '',
    invitationId: reviewer.invitation.id,
  };
}

/** Writes a finding on every criterion and the overall judgement, then submits. */
export async function completeReview(
  writer: ReviewWriter,
  codes: readonly string[],
  judgementOf: (code: string) => PeerJudgement,
  overall: PeerJudgement = 'partly-meets',
): Promise<ReviewDetail> {
  for (const code of codes) {
    const saved = await writer.client.put(`/api/v1/reviews/${writer.reviewId}/findings/${code}`, {
      judgement: judgementOf(code),
      finding: `Bevinding bij ${code}.`,
      questions: '',
    });
    if (saved.status !== 200) {
      throw new Error(`finding ${code} failed: ${saved.status} ${JSON.stringify(saved.body)}`);
    }
  }
  const overallSaved = await writer.client.put(`/api/v1/reviews/${writer.reviewId}/overall`, {
    judgement: overall,
    strengths: 'Betrokken teams.',
    improvements: 'Meer meten.',
  });
  if (overallSaved.status !== 200) {
    throw new Error(`overall failed: ${overallSaved.status} ${JSON.stringify(overallSaved.body)}`);
  }
  const submitted = await writer.client.post(`/api/v1/reviews/${writer.reviewId}/submit`);
  if (submitted.status !== 200) {
    throw new Error(`submit review failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  }
  return submitted.body as ReviewDetail;
}
