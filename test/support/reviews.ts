import {
  AssessmentRoundDetail,
  CreatedReviewInvitation,
  ReviewInvitationAcceptance,
} from '@labelklaar/domain';

import { INestApplication } from '@nestjs/common';

import { ApiClient } from './api-client';
import { DAY_MS, shiftClock } from './clock';
import { Actor, TEST_PASSWORD, uniqueEmail } from './factories';
import { answerAll, startRound } from './rounds';

export interface SentReviewInvitation {
  invitation: CreatedReviewInvitation;
  token: string;
}

export interface Reviewer {
  client: ApiClient;
  email: string;
  acceptance: ReviewInvitationAcceptance;
  invitation: CreatedReviewInvitation;
}

export function reviewTokenOf(acceptUrl: string): string {
  return new URL(acceptUrl, 'http://labelklaar.test').searchParams.get('token') ?? '';
}

/** Answers what is still open in a round and submits it. */
export async function submitRound(
  qualityOfficer: Actor,
  round: AssessmentRoundDetail,
): Promise<AssessmentRoundDetail> {
  const current = await qualityOfficer.client.get(`/api/v1/rounds/${round.id}`);
  await answerAll(qualityOfficer, current.body as AssessmentRoundDetail);
  const response = await qualityOfficer.client.post(`/api/v1/rounds/${round.id}/submit`);
  if (response.status !== 200) {
    throw new Error(`submit failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return (await qualityOfficer.client.get(`/api/v1/rounds/${round.id}`))
    .body as AssessmentRoundDetail;
}

/** A new round with every criterion answered, submitted by the quality officer. */
export async function submittedRound(
  qualityOfficer: Actor,
  body: Record<string, unknown> = {},
): Promise<AssessmentRoundDetail> {
  return submitRound(qualityOfficer, await startRound(qualityOfficer, body));
}

/** The quality officer invites a reviewer for a submitted round; fails loudly when refused. */
export async function inviteReviewer(
  qualityOfficer: Actor,
  roundId: string,
  body: Record<string, unknown> = {},
): Promise<SentReviewInvitation> {
  const response = await qualityOfficer.client.post(
    `/api/v1/rounds/${roundId}/review-invitations`,
    {
      email: uniqueEmail('toetser'),
      reviewerOrganisationName: 'Stichting Buurtkracht',
      ...body,
    },
  );
  if (response.status !== 201) {
    throw new Error(`review invite failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const invitation = response.body as CreatedReviewInvitation;
  return { invitation, token: reviewTokenOf(invitation.acceptUrl) };
}

/**
 * Accepts a review invitation: with `client` as that logged-in user, else as a new client that
 * logs in with the existing account's password or creates the account.
 */
export async function acceptReview(
  app: INestApplication,
  token: string,
  options: { client?: ApiClient; displayName?: string } = {},
): Promise<{ client: ApiClient; acceptance: ReviewInvitationAcceptance }> {
  const client = options.client ?? (await ApiClient.create(app));
  const body = options.client
    ? { token }
    : { token, displayName: options.displayName ?? 'Toetser Test', password: TEST_PASSWORD };
  const response = await client.post('/api/v1/review-invitations/accept', body);
  if (response.status !== 200) {
    throw new Error(`review accept failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { client, acceptance: response.body as ReviewInvitationAcceptance };
}

/**
 * Invites and accepts in one go. Without `as`, a new account without any organisation; with
 * `as`, that logged-in actor (for example the quality officer of another organisation).
 */
export async function addReviewer(
  app: INestApplication,
  qualityOfficer: Actor,
  roundId: string,
  options: { as?: Actor; invitation?: Record<string, unknown> } = {},
): Promise<Reviewer> {
  const email = options.as?.email ?? uniqueEmail('toetser');
  const { invitation, token } = await inviteReviewer(qualityOfficer, roundId, {
    email,
    ...options.invitation,
  });
  const { client, acceptance } = await acceptReview(app, token, { client: options.as?.client });
  return { client, email, acceptance, invitation };
}

export async function revokeReviewInvitation(qualityOfficer: Actor, invitationId: string) {
  const response = await qualityOfficer.client.delete(`/api/v1/review-invitations/${invitationId}`);
  if (response.status !== 204) {
    throw new Error(`revoke failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/**
 * Moves the API's clock past an invitation's expiry (`days` whole days from now, default one
 * past the 90-day maximum); undo with jest.restoreAllMocks(). Sessions expire with the clock too:
 * create the app with a long `sessionTtlHours` rather than logging in under the shifted clock
 * (a login then clears every session that has expired by the shifted time).
 */
export function expireReviewInvitations(app: INestApplication, days = 91) {
  return shiftClock(app, days * DAY_MS);
}

/**
 * Runs `work` with the API's clock `days` in the past, then restores it: an invitation created
 * and accepted there with a short expiry has expired by now, without moving anyone else's time.
 */
export async function inThePast<T>(
  app: INestApplication,
  days: number,
  work: () => Promise<T>,
): Promise<T> {
  const spy = shiftClock(app, -days * DAY_MS);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** Logs a user in again on a fresh client (after the clock moved, or to get a second session). */
export async function loginAgain(app: INestApplication, email: string): Promise<ApiClient> {
  const client = await ApiClient.create(app);
  await client.login(email, TEST_PASSWORD);
  return client;
}
