/**
 * Who may do what, proven: every operation of the OpenAPI document × every kind of actor, against
 * a real database. The expected status comes from this file, never from the guard: each actor's
 * situation is stated in PROFILES, each operation's guard in ROWS (the permission it needs, read
 * from the permission table in libs/domain, which is the specification), and `expected()` combines
 * the two by the rules the issue states (401 anonymous, 403 wrong role, 404 another organisation
 * or out of the reviewer's scope). An operation without a row fails the test, naming it.
 *
 * Adding an endpoint: add ONE line to ROWS, e.g.
 *   can('GET /api/v1/rounds/{roundId}/things', 'round.read'),
 * with `params`/`body`/`query` when the defaults (below) do not fit, and `except` only for a
 * documented deviation (say why in a comment).
 */
import {
  addDays,
  AssessmentRoundDetail,
  Evidence,
  ImprovementAction,
  isoDayIn,
  MemberRole,
  Permission,
  PERMISSIONS,
} from '@labelklaar/domain';

import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { ApiClient } from '../support/api-client';
import {
  Actor,
  addMember,
  createPlatformAdmin,
  registerOrganisation,
  uniqueEmail,
} from '../support/factories';
import {
  addReviewer,
  inThePast,
  inviteReviewer,
  revokeReviewInvitation,
  submitRound,
} from '../support/reviews';
import { startRound, uploadPdf } from '../support/rounds';
import { createTestApp } from '../support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

// ---------------------------------------------------------------------------------------------
// The actors, and what each of them is: stated here, independently of the guard.
// ---------------------------------------------------------------------------------------------

const ACTOR_NAMES = [
  'anonymous',
  'platformAdmin',
  'revokedReviewer',
  'expiredReviewer',
  'otherQualityOfficer',
  'reviewer',
  'manager',
  'contributor',
  'professional',
  'qualityOfficer',
] as const;
type ActorName = (typeof ACTOR_NAMES)[number];

interface Profile {
  loggedIn: boolean;
  /** Where the actor is a member: organisation A (the reviewed one), another one, or nowhere. */
  organisation: 'A' | 'other' | null;
  role: MemberRole | null;
  /** Holds an accepted, unexpired, unrevoked review invitation for round R of A. */
  reviewsR: boolean;
  platformAdmin: boolean;
}

const member = (organisation: 'A' | 'other', role: MemberRole): Profile => ({
  loggedIn: true,
  organisation,
  role,
  reviewsR: false,
  platformAdmin: false,
});

const PROFILES: Record<ActorName, Profile> = {
  qualityOfficer: member('A', 'quality-officer'),
  contributor: member('A', 'contributor'),
  manager: member('A', 'manager'),
  // A sociaal werker of A, a plain member (not a lead) of team T.
  professional: member('A', 'professional'),
  // The quality officer of organisation C, reviewing R of A with an active invitation.
  reviewer: { ...member('other', 'quality-officer'), reviewsR: true },
  // A contributor of organisation E whose invitation for R has expired.
  expiredReviewer: member('other', 'contributor'),
  // A reviewer without any organisation whose invitation for R was revoked.
  revokedReviewer: {
    loggedIn: true,
    organisation: null,
    role: null,
    reviewsR: false,
    platformAdmin: false,
  },
  otherQualityOfficer: member('other', 'quality-officer'),
  platformAdmin: {
    loggedIn: true,
    organisation: null,
    role: null,
    reviewsR: false,
    platformAdmin: true,
  },
  anonymous: {
    loggedIn: false,
    organisation: null,
    role: null,
    reviewsR: false,
    platformAdmin: false,
  },
};

// ---------------------------------------------------------------------------------------------
// The world every row runs against.
// ---------------------------------------------------------------------------------------------

interface World {
  organisationName: string;
  roundTitle: string;
  draftTitle: string;
  organisationId: string;
  /** R: submitted, reviewed by `reviewer` (submitted review, leerrapport in hoor en wederhoor). */
  roundId: string;
  /** D: the open draft round of A. */
  draftId: string;
  evidenceId: string;
  /** An action on D (criterion VAK-02, owned by the contributor). */
  actionId: string;
  managerMemberId: string;
  contributorMemberId: string;
  /** A member who can be removed; replaced after each removal. */
  leaverMemberId: string;
  memberInvitationId: string;
  spareReviewInvitationId: string;
  reviewId: string;
  /** The reviews the expired and the revoked reviewer wrote (drafts they can no longer open). */
  expiredReviewId: string;
  revokedReviewId: string;
  groupId: string;
  /** A group of A's own for the rows that leave or remove (fresh for each actor). */
  freshGroupId: string;
  freshGroupMemberId: string;
  groupInvitationId: string;
  /** T: a team of A; the professional is a plain member of it. */
  teamId: string;
  /** A team of A's own for the row that removes one (fresh for each actor). */
  spareTeamId: string;
}

/** Where a path points: into round R (the reviewer's scope), at another object of A, or nowhere. */
type Target = 'R' | 'A' | 'none';

/** An exact status, or 'allowed': anything but 401, 403, 404 and 5xx (a write with a harmless body). */
type Outcome = number | 'allowed';

type Access = { permission: Permission } | 'public' | 'session';

interface Row {
  op: string;
  access: Access;
  /** What an actor that may act gets: default 200 for GET, 'allowed' for writes. */
  ok?: Outcome;
  target?: Target;
  params?: Record<string, (w: World) => string>;
  query?: (w: World) => string;
  body?: (w: World) => unknown;
  /** Runs before each actor's request (fresh objects for destructive rows). */
  prepare?: (w: World) => Promise<void>;
  /** Deviations from the rule, each with its reason in a comment at the row. */
  except?: Partial<Record<ActorName, Outcome>>;
  /** Actors who may see R's title or A's name in this answer although they are not members of A. */
  mayShow?: ActorName[];
  /** 'last' for logging out, which ends the session. */
  phase?: 'last';
}

const UNKNOWN_TOKEN = 'onbekende-link-0123456789-onbekende-link-0123';

const can = (op: string, permission: Permission, options: Partial<Row> = {}): Row => ({
  op,
  access: { permission },
  ...options,
});
const open = (op: string, ok: Outcome, options: Partial<Row> = {}): Row => ({
  op,
  access: 'public',
  ok,
  ...options,
});
const loggedIn = (op: string, ok: Outcome, options: Partial<Row> = {}): Row => ({
  op,
  access: 'session',
  ok,
  ...options,
});
/** Every logged-in actor who is not a member of A. */
const outsidersOfA = (outcome: Outcome): Partial<Record<ActorName, Outcome>> => ({
  reviewer: outcome,
  expiredReviewer: outcome,
  revokedReviewer: outcome,
  otherQualityOfficer: outcome,
  platformAdmin: outcome,
});
const onD = { roundId: (w: World) => w.draftId };

// ---------------------------------------------------------------------------------------------
// The table: one row per operation. Default path values: roundId R, criterionCode VAK-02,
// evidenceId the evidence linked to R and D, actionId the action on D, memberId the manager,
// reviewId the reviewer's review of R, groupId A's peer group, rubricId/version the rubric.
// ---------------------------------------------------------------------------------------------

/** What a professional may use at all (issue 16); everything else answers 403. */
const PROFESSIONAL_REACH = [
  'GET /api/v1/organisation',
  'GET /api/v1/teams',
  'GET /api/v1/teams/{teamId}',
  'GET /api/v1/decision-models',
  'GET /api/v1/decision-models/{modelId}',
  'GET /api/v1/reflections',
  'POST /api/v1/reflections',
  'PUT /api/v1/reflections/{reflectionId}',
  'GET /api/v1/team-sessions',
  'POST /api/v1/team-sessions',
  'PUT /api/v1/team-sessions/{sessionId}',
  'GET /api/v1/team-agreements',
  'POST /api/v1/team-agreements',
  'PUT /api/v1/team-agreements/{agreementId}',
  'GET /api/v1/learning-records',
  'POST /api/v1/learning-records',
  'PUT /api/v1/learning-records/{recordId}',
  'GET /api/v1/check-ins',
  'POST /api/v1/check-ins',
  'GET /api/v1/check-ins/schedules/{teamId}',
  'POST /api/v1/check-ins/{checkInId}/actions',
];

/** Only the quality officer and a lead of the team manage its members; T has no lead. */
const notLeadsOfT = { contributor: 403, manager: 403, professional: 403 } as const;

const ROWS: Row[] = [
  // Public and session-only
  open('GET /api/health', 200),
  open('GET /api/health/live', 200),
  open('GET /api/health/ready', 200),
  // The matrix's clients come as through a proxy (X-Forwarded-For): without the metrics token the
  // endpoint does not exist for them. Loopback and token access: observability.e2e-spec.ts.
  open('GET /metrics', 404),
  open('GET /api/v1/rubrics', 200),
  open('GET /api/v1/rubrics/{rubricId}/versions/{version}', 200),
  loggedIn('GET /api/v1/rubrics/template.xlsx', 200),
  loggedIn('GET /api/v1/rubrics/{rubricId}/compare', 200, { query: () => 'from=1.0.0&to=1.1.0' }),
  loggedIn('GET /api/v1/rubrics/{rubricId}/versions/{version}.yaml', 200),
  loggedIn('GET /api/v1/rubrics/{rubricId}/versions/{version}.xlsx', 200),
  // The label owner's authoring. Draft rows use an unknown draft (404 for the admin) and retire
  // an unknown version, so the matrix never changes the bundled rubric.
  can('GET /api/v1/rubrics/library', 'rubrics.library'),
  can('POST /api/v1/rubrics/imports', 'rubric.author'),
  can('GET /api/v1/rubrics/{rubricId}/history', 'rubric.author'),
  can('POST /api/v1/rubrics/{rubricId}/drafts', 'rubric.author', { body: () => ({}) }),
  can('GET /api/v1/rubrics/{rubricId}/drafts/{draftId}', 'rubric.author', { ok: 404 }),
  can('PUT /api/v1/rubrics/{rubricId}/drafts/{draftId}', 'rubric.author', {
    ok: 404,
    body: () => ({ version: 1, content: {} }),
  }),
  can('DELETE /api/v1/rubrics/{rubricId}/drafts/{draftId}', 'rubric.author', { ok: 404 }),
  can('GET /api/v1/rubrics/{rubricId}/drafts/{draftId}/mapping-proposal', 'rubric.author', {
    ok: 404,
  }),
  can('POST /api/v1/rubrics/{rubricId}/drafts/{draftId}/publish', 'rubric.publish', {
    ok: 404,
    body: () => ({}),
  }),
  can('POST /api/v1/rubrics/{rubricId}/versions/{version}/retire', 'rubric.retire', {
    ok: 404,
    params: { version: () => '0.0.1' },
  }),
  open('POST /api/v1/auth/login', 400, { body: () => ({}) }),
  open('POST /api/v1/auth/register', 400, { body: () => ({}) }),
  open('POST /api/v1/auth/password-reset', 400, { body: () => ({}) }),
  open('POST /api/v1/auth/password-reset/confirm', 400, { body: () => ({}) }),
  open('POST /api/v1/invitations/preview', 404, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  open('POST /api/v1/invitations/accept', 404, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  open('POST /api/v1/review-invitations/preview', 404, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  open('POST /api/v1/review-invitations/accept', 404, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  // Ends the actor's other sessions only; last, before logging out (the table keeps its order).
  loggedIn('DELETE /api/v1/me/sessions', 204, { phase: 'last' }),
  open('POST /api/v1/auth/logout', 204, { phase: 'last' }),
  open('GET /api/v1/auth/session', 200),
  loggedIn('GET /api/v1/me', 200),
  // A wrong password: refused (400), the account stays for the other rows.
  loggedIn('DELETE /api/v1/me', 400, { body: () => ({ password: 'niet-het-wachtwoord' }) }),
  loggedIn('GET /api/v1/me/home', 200),
  loggedIn('PUT /api/v1/me/active-organisation', 200, {
    body: (w) => ({ organisationId: w.organisationId }),
    except: outsidersOfA(404),
  }),
  // A body the validation refuses: no password is checked, so no actor's login limit is touched.
  loggedIn('PUT /api/v1/me/password', 400, {
    body: () => ({ currentPassword: 'x', newPassword: 'short' }),
  }),
  loggedIn('GET /api/v1/me/profile', 200),
  loggedIn('PUT /api/v1/me/profile', 400, { body: () => ({}) }),
  loggedIn('GET /api/v1/me/sessions', 200),
  // Nobody has a session with this id: each actor's own sessions only, so 404 for all.
  loggedIn('DELETE /api/v1/me/sessions/{sessionId}', 404, {
    params: { sessionId: () => '00000000-0000-4000-8000-000000000000' },
  }),
  // A body the validation refuses: no password is checked, so no login limit is touched.
  loggedIn('PUT /api/v1/me/email', 400, { body: () => ({}) }),
  open('POST /api/v1/me/email/confirm', 400, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  // Notifications: everyone has their own centre and preferences; the unsubscribe token is its permission.
  loggedIn('GET /api/v1/me/notifications', 200),
  loggedIn('POST /api/v1/me/notifications/read', 200, { body: () => ({ all: true }) }),
  loggedIn('GET /api/v1/me/notification-preferences', 200),
  loggedIn('PUT /api/v1/me/notification-preferences', 200, { body: () => ({ preferences: [] }) }),
  open('GET /api/v1/unsubscribe', 400, { query: () => `token=${UNKNOWN_TOKEN}` }),
  open('POST /api/v1/unsubscribe', 400, { body: () => ({ token: UNKNOWN_TOKEN }) }),
  // A reviewer lists their own reviews, expired and revoked ones too (not openable): by design.
  loggedIn('GET /api/v1/reviews', 200, {
    mayShow: ['reviewer', 'expiredReviewer', 'revokedReviewer'],
  }),

  // Organisation and members
  can('GET /api/v1/organisation', 'organisation.read'),
  can('GET /api/v1/organisation/members', 'members.read'),
  // The organisation's own data: a wrong confirmation (422) and an undo with nothing asked (409)
  // keep the world as it is for the other rows.
  can('GET /api/v1/organisation/export', 'organisation.export'),
  can('POST /api/v1/organisation/deletion', 'organisation.delete', {
    body: () => ({ confirmation: 'Niet de naam' }),
  }),
  can('DELETE /api/v1/organisation/deletion', 'organisation.delete'),
  // Off, as every organisation starts: the other suites' rounds submit without a vaststelling.
  can('PATCH /api/v1/organisation/settings', 'organisation.settings', {
    body: () => ({ signOffRequired: false }),
  }),
  can('PATCH /api/v1/organisation/members/{memberId}', 'members.manage', {
    body: () => ({ role: 'manager' }),
  }),
  can('DELETE /api/v1/organisation/members/{memberId}', 'members.manage', {
    ok: 204,
    params: { memberId: (w) => w.leaverMemberId },
    prepare: (w) => freshLeaver(w),
  }),
  can('GET /api/v1/organisation/invitations', 'members.manage'),
  can('POST /api/v1/organisation/invitations', 'members.manage', {
    body: () => ({ email: uniqueEmail('matrix'), role: 'contributor' }),
  }),
  can('DELETE /api/v1/organisation/invitations/{invitationId}', 'members.manage', {
    ok: 204,
    params: { invitationId: (w) => w.memberInvitationId },
  }),

  // Rounds and responses
  can('GET /api/v1/rounds', 'rounds.list'),
  can('POST /api/v1/rounds', 'round.create', { body: () => ({}) }),
  can('GET /api/v1/rounds/{roundId}', 'round.read'),
  can('PATCH /api/v1/rounds/{roundId}', 'round.update', {
    params: onD,
    body: () => ({ version: 999, title: 'Gewijzigd' }),
  }),
  // A stale version: an officer gets 409, so D is never actually withdrawn.
  can('POST /api/v1/rounds/{roundId}/withdraw', 'round.withdraw', {
    params: onD,
    body: () => ({ version: 999 }),
  }),
  can('POST /api/v1/rounds/{roundId}/submit', 'round.submit', { params: onD }),
  // A stale version: a manager gets 409, so D is never actually signed off.
  can('POST /api/v1/rounds/{roundId}/sign-off', 'round.sign-off', {
    params: onD,
    body: () => ({ version: 999, name: 'A. de Vries', function: 'directeur', date: '2026-01-01' }),
  }),
  can('POST /api/v1/rounds/{roundId}/sign-off/withdraw', 'round.sign-off', {
    params: onD,
    body: () => ({ version: 999 }),
  }),
  can('GET /api/v1/rounds/{roundId}/content', 'round.read'),
  can('GET /api/v1/rounds/{roundId}/events', 'round.history'),
  can('GET /api/v1/rounds/{roundId}/responses/{criterionCode}', 'round.read'),
  can('PUT /api/v1/rounds/{roundId}/responses/{criterionCode}', 'response.edit', {
    params: onD,
    body: () => ({ version: 999, level: 2, rationale: 'Matrix' }),
  }),
  can('POST /api/v1/rounds/{roundId}/responses/{criterionCode}/confirm', 'response.edit', {
    params: onD,
    body: () => ({ version: 999 }),
  }),
  can('POST /api/v1/rounds/{roundId}/confirm', 'round.confirm-domain', {
    params: onD,
    body: () => ({ domain: 'VAK' }),
  }),
  can('GET /api/v1/rounds/{roundId}/upgrade', 'round.upgrade', {
    params: onD,
    query: () => 'to=1.1.0',
  }),
  // An unknown version (422 for whoever may upgrade) so the draft round stays on its version.
  can('POST /api/v1/rounds/{roundId}/upgrade', 'round.upgrade', {
    params: onD,
    body: () => ({ to: '0.0.1' }),
  }),
  can('PUT /api/v1/rounds/{roundId}/responses/{criterionCode}/owner', 'response.assign', {
    params: { ...onD, criterionCode: () => 'VAK-05' },
    body: () => ({ memberId: null }),
  }),
  can(
    'POST /api/v1/rounds/{roundId}/responses/{criterionCode}/evidence/{evidenceId}',
    'evidence.link',
    { params: onD },
  ),
  can(
    'DELETE /api/v1/rounds/{roundId}/responses/{criterionCode}/evidence/{evidenceId}',
    'evidence.link',
    { ok: 204, params: onD, prepare: (w) => relinkOnDraft(w) },
  ),
  can('GET /api/v1/rounds/{roundId}/responses/{criterionCode}/comments', 'comments.read'),
  can('POST /api/v1/rounds/{roundId}/responses/{criterionCode}/comments', 'comment.write', {
    body: () => ({ body: 'Matrix' }),
  }),
  // An unknown comment: members get 404 (there is nothing of theirs to take back).
  can(
    'DELETE /api/v1/rounds/{roundId}/responses/{criterionCode}/comments/{commentId}',
    'comment.write',
    { ok: 404, params: { commentId: () => randomUUID() } },
  ),
  can('GET /api/v1/me/criteria', 'criteria.mine'),
  can('GET /api/v1/rounds/{roundId}/submission-check', 'round.submit', { params: onD }),
  can('GET /api/v1/review-queue', 'review-queue.read'),
  can('GET /api/v1/rounds/{roundId}/assignments', 'round.assignments'),
  // Stale versions: an officer gets 409, so nothing on D changes.
  can('POST /api/v1/rounds/{roundId}/responses/{criterionCode}/accept', 'response.review', {
    params: onD,
    body: () => ({ version: 999 }),
  }),
  can('POST /api/v1/rounds/{roundId}/responses/{criterionCode}/send-back', 'response.review', {
    params: onD,
    body: () => ({ version: 999, comment: 'Matrix' }),
  }),
  can('PUT /api/v1/rounds/{roundId}/owners', 'response.assign', {
    params: onD,
    body: () => ({ criterionCodes: ['VAK-05'], memberId: null }),
  }),

  // Evidence
  can('GET /api/v1/evidence', 'evidence.read'),
  can('POST /api/v1/evidence', 'evidence.add', { body: () => ({}) }),
  can('POST /api/v1/evidence/links', 'evidence.add', { body: () => ({}) }),
  can('GET /api/v1/evidence/{evidenceId}', 'evidence.read'),
  can('GET /api/v1/evidence/{evidenceId}/content', 'evidence.read'),
  // No file and no url: refused (400) after the evidence is found, so nothing is written.
  can('POST /api/v1/evidence/{evidenceId}/revisions', 'evidence.add', {
    body: () => ({ documentDate: '2026-01-01' }),
  }),
  can('GET /api/v1/evidence/{evidenceId}/revisions', 'evidence.read'),
  can('GET /api/v1/evidence/{evidenceId}/revisions/{revision}/content', 'evidence.read', {
    params: { revision: () => '1' },
  }),
  can('GET /api/v1/search', 'search', { query: () => 'q=beleid' }),
  can('GET /api/v1/rounds/{roundId}/evidence/{evidenceId}/content', 'round.evidence.read'),

  // Verbeteracties
  can('GET /api/v1/actions', 'actions.read'),
  can('GET /api/v1/actions/{actionId}', 'actions.read'),
  can('GET /api/v1/rounds/{roundId}/actions', 'round.actions.read'),
  can('POST /api/v1/rounds/{roundId}/actions', 'action.edit', {
    params: onD,
    body: () => ({ criterionCode: 'VAK-02', title: 'Matrixactie' }),
  }),
  can('PATCH /api/v1/actions/{actionId}', 'action.edit', {
    body: () => ({ version: 999, title: 'Gewijzigd' }),
  }),

  // Dashboards and exports
  can('GET /api/v1/rounds/{roundId}/readiness', 'round.readiness'),
  can('GET /api/v1/rounds/{roundId}/comparison', 'organisation.trend', {
    query: (w) => `with=${w.draftId}`,
  }),
  can('GET /api/v1/organisation/trend', 'organisation.trend'),
  can('GET /api/v1/sector/readiness', 'sector.read'),
  can('GET /api/v1/rounds/{roundId}/dossier.pdf', 'round.export'),
  can('GET /api/v1/rounds/{roundId}/dossier.xlsx', 'round.export'),
  can('GET /api/v1/rounds/{roundId}/dossier.docx', 'round.export'),
  can('GET /api/v1/rounds/{roundId}/criteria.csv', 'round.export'),
  can('GET /api/v1/rounds/{roundId}/dossier.zip', 'round.export'),

  // Review invitations
  can('GET /api/v1/rounds/{roundId}/review-invitations', 'review-invitations.read'),
  can('POST /api/v1/rounds/{roundId}/review-invitations', 'review-invitation.create', {
    body: () => ({ email: uniqueEmail('matrix'), reviewerOrganisationName: 'Matrix' }),
  }),
  can('DELETE /api/v1/review-invitations/{invitationId}', 'review-invitation.revoke', {
    ok: 204,
    params: { invitationId: (w) => w.spareReviewInvitationId },
  }),

  // Reviews, the leerrapport and hoor en wederhoor
  can('GET /api/v1/reviews/{reviewId}', 'review.read'),
  can('PUT /api/v1/reviews/{reviewId}/findings/{criterionCode}', 'review.write', {
    body: () => ({ judgement: 'meets', finding: 'Matrix', questions: '' }),
  }),
  can('PUT /api/v1/reviews/{reviewId}/overall', 'review.write', {
    body: () => ({ judgement: 'meets', strengths: 'Matrix', improvements: 'Matrix' }),
  }),
  can('POST /api/v1/reviews/{reviewId}/submit', 'review.write'),
  can('PUT /api/v1/reviews/{reviewId}/findings/{criterionCode}/response', 'finding.respond', {
    body: () => ({ text: 'Reactie uit de matrix' }),
  }),
  can('POST /api/v1/reviews/{reviewId}/findings/{criterionCode}/action', 'finding.action', {
    body: () => ({ title: 'Actie uit de matrix' }),
  }),
  can('GET /api/v1/rounds/{roundId}/leerrapport', 'leerrapport.read'),
  can('GET /api/v1/rounds/{roundId}/leerrapport.pdf', 'leerrapport.export'),
  can('GET /api/v1/rounds/{roundId}/peer-gaps', 'round.peer-gaps'),
  can('POST /api/v1/rounds/{roundId}/leerrapport/issue', 'leerrapport.issue', { body: () => ({}) }),
  can('POST /api/v1/rounds/{roundId}/leerrapport/finalise', 'leerrapport.finalise'),

  // Toetsingsgroepen
  can('GET /api/v1/peer-groups', 'peer-groups.read'),
  can('POST /api/v1/peer-groups', 'peer-group.create', { body: () => ({}) }),
  can('GET /api/v1/peer-groups/{groupId}', 'peer-groups.read'),
  can('GET /api/v1/peer-groups/{groupId}/organisation-invitations', 'peer-group.manage'),
  can('POST /api/v1/peer-groups/{groupId}/organisation-invitations', 'peer-group.manage', {
    body: () => ({ email: uniqueEmail('groep') }),
  }),
  can(
    'DELETE /api/v1/peer-groups/{groupId}/organisation-invitations/{invitationId}',
    'peer-group.manage',
    {
      ok: 204,
      params: { invitationId: (w) => w.groupInvitationId },
      prepare: (w) => freshGroupInvitation(w),
    },
  ),
  can('POST /api/v1/peer-groups/{groupId}/invitations', 'peer-group.review-invitations'),
  can('DELETE /api/v1/peer-groups/{groupId}/membership', 'peer-group.manage', {
    ok: 204,
    params: { groupId: (w) => w.freshGroupId },
    prepare: (w) => freshGroup(w),
  }),
  can('DELETE /api/v1/peer-groups/{groupId}/members/{memberId}', 'peer-group.manage', {
    ok: 204,
    params: { groupId: (w) => w.freshGroupId, memberId: (w) => w.freshGroupMemberId },
    prepare: (w) => freshGroup(w),
  }),
  // An unknown link: a quality officer of any organisation may try it (and gets 404).
  can('POST /api/v1/peer-group-invitations/preview', 'peer-group.join', {
    ok: 404,
    body: () => ({ token: UNKNOWN_TOKEN }),
  }),
  can('POST /api/v1/peer-group-invitations/accept', 'peer-group.join', {
    ok: 404,
    body: () => ({ token: UNKNOWN_TOKEN }),
  }),

  // Teams
  can('GET /api/v1/teams', 'teams.read'),
  can('POST /api/v1/teams', 'teams.manage', { body: () => ({}) }),
  can('GET /api/v1/teams/{teamId}', 'teams.read'),
  can('PATCH /api/v1/teams/{teamId}', 'teams.manage', {
    body: () => ({ description: 'Matrix' }),
  }),
  can('DELETE /api/v1/teams/{teamId}', 'teams.manage', {
    ok: 204,
    params: { teamId: (w) => w.spareTeamId },
    prepare: (w) => freshTeam(w),
  }),
  can('PUT /api/v1/teams/{teamId}/members/{memberId}', 'team-members.manage', {
    body: () => ({ teamRole: 'member' }),
    except: notLeadsOfT,
  }),
  can('DELETE /api/v1/teams/{teamId}/members/{memberId}', 'team-members.manage', {
    ok: 204,
    prepare: (w) => managerIntoTeam(w),
    except: notLeadsOfT,
  }),

  // Vakmanschap all year (issue 16). Unknown ids answer 404 to whoever may act; writes with an
  // empty body answer 400 (validation) before any team check, so nothing is written.
  can('GET /api/v1/reflections', 'reflections.read'),
  can('POST /api/v1/reflections', 'reflections.write', { body: () => ({}) }),
  can('GET /api/v1/reflections/{reflectionId}', 'reflections.read', {
    ok: 404,
    params: { reflectionId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('PUT /api/v1/reflections/{reflectionId}', 'reflections.write', {
    ok: 400,
    target: 'none',
    params: { reflectionId: () => '00000000-0000-4000-8000-00000000abcd' },
    body: () => ({}),
  }),
  can('DELETE /api/v1/reflections/{reflectionId}', 'reflections.write', {
    ok: 404,
    params: { reflectionId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('GET /api/v1/team-sessions', 'team-sessions.read'),
  can('POST /api/v1/team-sessions', 'team-sessions.write', { body: () => ({}) }),
  can('GET /api/v1/team-sessions/{sessionId}', 'team-sessions.read', {
    ok: 404,
    params: { sessionId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('PUT /api/v1/team-sessions/{sessionId}', 'team-sessions.write', {
    ok: 400,
    target: 'none',
    params: { sessionId: () => '00000000-0000-4000-8000-00000000abcd' },
    body: () => ({}),
  }),
  can('DELETE /api/v1/team-sessions/{sessionId}', 'team-sessions.write', {
    ok: 404,
    params: { sessionId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('GET /api/v1/team-agreements', 'team-agreements.read'),
  can('POST /api/v1/team-agreements', 'team-agreements.write', { body: () => ({}) }),
  can('GET /api/v1/team-agreements/{agreementId}', 'team-agreements.read', {
    ok: 404,
    params: { agreementId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('PUT /api/v1/team-agreements/{agreementId}', 'team-agreements.write', {
    ok: 400,
    target: 'none',
    params: { agreementId: () => '00000000-0000-4000-8000-00000000abcd' },
    body: () => ({}),
  }),
  can('DELETE /api/v1/team-agreements/{agreementId}', 'team-agreements.write', {
    ok: 404,
    params: { agreementId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('GET /api/v1/learning-records', 'learning-records.read'),
  can('POST /api/v1/learning-records', 'learning-records.write', { body: () => ({}) }),
  can('GET /api/v1/learning-records/{recordId}', 'learning-records.read', {
    ok: 404,
    params: { recordId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  can('PUT /api/v1/learning-records/{recordId}', 'learning-records.write', {
    ok: 400,
    target: 'none',
    params: { recordId: () => '00000000-0000-4000-8000-00000000abcd' },
    body: () => ({}),
  }),
  can('DELETE /api/v1/learning-records/{recordId}', 'learning-records.write', {
    ok: 404,
    params: { recordId: () => '00000000-0000-4000-8000-00000000abcd' },
  }),
  // Check-in answers are read inside team T only: the professional is its member.
  can('GET /api/v1/check-ins', 'check-ins.answer', {
    target: 'A',
    query: (w) => `team=${w.teamId}`,
    except: { qualityOfficer: 403, contributor: 403, manager: 403 },
  }),
  can('POST /api/v1/check-ins', 'check-ins.answer', { body: () => ({}) }),
  can('GET /api/v1/check-ins/schedules/{teamId}', 'check-ins.answer'),
  can('PUT /api/v1/check-ins/schedules/{teamId}', 'check-ins.schedule', {
    body: () => ({ cadence: 'quarterly' }),
    except: notLeadsOfT,
  }),
  can('POST /api/v1/check-ins/{checkInId}/actions', 'check-ins.answer', {
    ok: 400,
    target: 'none',
    params: { checkInId: () => '00000000-0000-4000-8000-00000000abcd' },
    body: () => ({}),
  }),

  // The learning report: the officer and the manager read any team's; a contributor only a team
  // they lead (T has none); another organisation's team is not found.
  can('GET /api/v1/learning-report', 'learning-report.read', {
    target: 'A',
    query: (w) => `team=${w.teamId}&from=2026-01-01&to=2026-03-31`,
    except: { contributor: 403 },
  }),
  // A criterion outside vakmanschap: the officer gets 422 after the round is found, so nothing is
  // stored; another organisation's officer gets 404.
  can('POST /api/v1/rounds/{roundId}/learning-evidence', 'learning-evidence.link', {
    params: onD,
    body: () => ({ from: '2026-01-01', to: '2026-03-31', criterionCodes: ['OPD-01'] }),
  }),

  // Decision models: everyone reads the library; drafts are the label owner's or the organisation's
  // (an unknown draft, so 404 for whoever may author; an unknown model to copy, so nothing is written).
  can('GET /api/v1/decision-models', 'decision-models.read'),
  can('GET /api/v1/decision-models/{modelId}', 'decision-models.read', {
    target: 'none',
    params: { modelId: () => 'omgekeerde-toets' },
  }),
  can('GET /api/v1/decision-models/drafts', 'decision-model.author'),
  can('POST /api/v1/decision-models/drafts', 'decision-model.author', {
    body: () => ({ from: 'bestaat-niet' }),
  }),
  can('GET /api/v1/decision-models/drafts/{draftId}', 'decision-model.author', { ok: 404 }),
  can('PUT /api/v1/decision-models/drafts/{draftId}', 'decision-model.author', {
    ok: 404,
    body: () => ({ content: {} }),
  }),
  can('DELETE /api/v1/decision-models/drafts/{draftId}', 'decision-model.author', { ok: 404 }),
  can('POST /api/v1/decision-models/drafts/{draftId}/publish', 'decision-model.publish', {
    ok: 404,
  }),
];

// ---------------------------------------------------------------------------------------------
// The rule: what each actor must get for a row.
// ---------------------------------------------------------------------------------------------

const methodOf = (op: string) => op.split(' ')[0].toLowerCase() as Method;
const pathOf = (op: string) => op.split(' ')[1];

function targetOf(row: Row): Target {
  if (row.target) {
    return row.target;
  }
  const path = pathOf(row.op);
  const intoR =
    (path.includes('{roundId}') && !row.params?.['roundId']) || path.includes('{reviewId}');
  if (intoR) {
    return 'R';
  }
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  return names.some((name) => name !== 'rubricId' && name !== 'version') ? 'A' : 'none';
}

function okOf(row: Row): Outcome {
  return row.ok ?? (methodOf(row.op) === 'get' ? 200 : 'allowed');
}

function expected(row: Row, name: ActorName): Outcome {
  const exception = row.except?.[name];
  if (exception !== undefined) {
    return exception;
  }
  const actor = PROFILES[name];
  if (row.access === 'public') {
    return okOf(row);
  }
  if (!actor.loggedIn) {
    return 401;
  }
  if (row.access === 'session') {
    return okOf(row);
  }
  const allowed = PERMISSIONS[row.access.permission] as readonly string[];
  const target = targetOf(row);
  if (actor.reviewsR && target === 'R' && allowed.includes('reviewer')) {
    return okOf(row);
  }
  if (actor.platformAdmin && allowed.includes('platform-admin')) {
    return okOf(row);
  }
  if (!actor.role || !allowed.includes(actor.role)) {
    return 403;
  }
  if (actor.organisation === 'A' || target === 'none') {
    return okOf(row);
  }
  return 404;
}

/** Whether the answer may contain R's title or A's name. */
function mayShowA(row: Row, name: ActorName): boolean {
  const actor = PROFILES[name];
  if (actor.organisation === 'A' || row.mayShow?.includes(name)) {
    return true;
  }
  return (
    actor.reviewsR &&
    typeof row.access === 'object' &&
    targetOf(row) === 'R' &&
    (PERMISSIONS[row.access.permission] as readonly string[]).includes('reviewer')
  );
}

const matches = (outcome: Outcome, status: number) =>
  outcome === 'allowed' ? ![401, 403, 404].includes(status) && status < 500 : status === outcome;

// ---------------------------------------------------------------------------------------------
// Building the world (prepare helpers live here so they can reach the app and the actors).
// ---------------------------------------------------------------------------------------------

let app: NestExpressApplication;
let clients: Record<ActorName, ApiClient>;
let officerA: Actor;
let world: World;

async function freshLeaver(w: World): Promise<void> {
  const members = (await officerA.client.get('/api/v1/organisation/members')).body as {
    id: string;
  }[];
  if (!members.some((m) => m.id === w.leaverMemberId)) {
    const leaver = await addMember(app, officerA, 'contributor');
    w.leaverMemberId = memberIdOf(
      (await officerA.client.get('/api/v1/organisation/members')).body as MemberRow[],
      leaver.email,
    );
  }
}

async function relinkOnDraft(w: World): Promise<void> {
  await officerA.client
    .post(`/api/v1/rounds/${w.draftId}/responses/VAK-02/evidence/${w.evidenceId}`)
    .expect(201);
}

async function freshGroup(w: World): Promise<void> {
  const created = await officerA.client
    .post('/api/v1/peer-groups', { name: `Vertrekgroep ${randomUUID().slice(0, 6)}` })
    .expect(201);
  w.freshGroupId = created.body.id as string;
  const [own] = created.body.members as { id: string }[];
  w.freshGroupMemberId = own.id;
}

async function freshGroupInvitation(w: World): Promise<void> {
  const created = await officerA.client
    .post(`/api/v1/peer-groups/${w.groupId}/organisation-invitations`, {
      email: uniqueEmail('groep'),
    })
    .expect(201);
  w.groupInvitationId = (created.body.invitation?.id ?? created.body.id) as string;
}

async function freshTeam(w: World): Promise<void> {
  const created = await officerA.client
    .post('/api/v1/teams', { name: `Vertrekteam ${randomUUID().slice(0, 6)}` })
    .expect(201);
  w.spareTeamId = created.body.id as string;
}

async function managerIntoTeam(w: World): Promise<void> {
  await officerA.client
    .put(`/api/v1/teams/${w.teamId}/members/${w.managerMemberId}`, { teamRole: 'member' })
    .expect(200);
}

interface MemberRow {
  id: string;
  email: string;
}

const memberIdOf = (members: MemberRow[], email: string) =>
  members.find((m) => m.email === email)?.id ?? '';

async function buildWorld(): Promise<World> {
  const suffix = randomUUID().slice(0, 8);
  const organisationName = `Stichting Matrix ${suffix}`;
  const roundTitle = `Matrixronde ${suffix}`;
  const draftTitle = `Conceptronde ${suffix}`;

  officerA = await registerOrganisation(app, organisationName);
  const contributor = await addMember(app, officerA, 'contributor');
  const manager = await addMember(app, officerA, 'manager');
  const professional = await addMember(app, officerA, 'professional');
  const leaver = await addMember(app, officerA, 'contributor');
  const members = (await officerA.client.get('/api/v1/organisation/members').expect(200))
    .body as MemberRow[];

  const started = await startRound(officerA, { title: roundTitle });
  const evidence: Evidence = await uploadPdf(officerA.client, { title: 'Matrixbewijs' }, 'matrix');
  await officerA.client
    .post(`/api/v1/rounds/${started.id}/responses/VAK-02/evidence/${evidence.id}`)
    .expect(201);
  await officerA.client
    .post(`/api/v1/rounds/${started.id}/actions`, { criterionCode: 'VAK-02', title: 'Op R' })
    .expect(201);
  const round: AssessmentRoundDetail = await submitRound(officerA, started);

  const draft = await startRound(officerA, { title: draftTitle });
  const contributorMemberId = memberIdOf(members, contributor.email);
  await officerA.client
    .put(`/api/v1/rounds/${draft.id}/responses/VAK-02/owner`, { memberId: contributorMemberId })
    .expect(200);
  await officerA.client
    .post(`/api/v1/rounds/${draft.id}/responses/VAK-02/evidence/${evidence.id}`)
    .expect(201);
  const action = (
    await officerA.client
      .post(`/api/v1/rounds/${draft.id}/actions`, { criterionCode: 'VAK-02', title: 'Op D' })
      .expect(201)
  ).body as ImprovementAction;

  const other = await registerOrganisation(app, `Stichting Elders ${suffix}`);
  const reviewerOrganisation = await registerOrganisation(app, `Stichting Toetsers ${suffix}`);
  const reviewer = await addReviewer(app, officerA, round.id, { as: reviewerOrganisation });

  const expiredOrganisation = await registerOrganisation(app, `Stichting Verlopen ${suffix}`);
  const expired = await addMember(app, expiredOrganisation, 'contributor');
  const expiredReviewer = await inThePast(app, 10, () =>
    addReviewer(app, officerA, round.id, {
      as: expired,
      invitation: { expiresOn: addDays(isoDayIn(new Date(Date.now() - 10 * 86_400_000)), 1) },
    }),
  );
  const revoked = await addReviewer(app, officerA, round.id);
  await revokeReviewInvitation(officerA, revoked.invitation.id);
  const spare = await inviteReviewer(officerA, round.id);
  const memberInvitation = await officerA.client
    .post('/api/v1/organisation/invitations', { email: uniqueEmail('wacht'), role: 'manager' })
    .expect(201);
  const admin = await createPlatformAdmin(app);

  // The reviewer writes and submits the review, and issues the leerrapport (hoor en wederhoor).
  const reviewId = reviewer.acceptance.reviewId;
  for (const response of round.responses) {
    await reviewer.client
      .put(`/api/v1/reviews/${reviewId}/findings/${response.criterionCode}`, {
        judgement: 'meets',
        finding: `Bevinding bij ${response.criterionCode}`,
        questions: '',
      })
      .expect(200);
  }
  await reviewer.client
    .put(`/api/v1/reviews/${reviewId}/overall`, {
      judgement: 'meets',
      strengths: 'Sterk',
      improvements: 'Verbeterpunten',
    })
    .expect(200);
  await reviewer.client.post(`/api/v1/reviews/${reviewId}/submit`).expect(200);
  await reviewer.client.post(`/api/v1/rounds/${round.id}/leerrapport/issue`, {}).expect(201);

  const group = await officerA.client
    .post('/api/v1/peer-groups', { name: `Matrixgroep ${suffix}` })
    .expect(201);
  const team = await officerA.client
    .post('/api/v1/teams', { name: `Matrixteam ${suffix}` })
    .expect(201);
  await officerA.client
    .put(`/api/v1/teams/${team.body.id}/members/${memberIdOf(members, professional.email)}`, {
      teamRole: 'member',
    })
    .expect(200);

  clients = {
    anonymous: await ApiClient.create(app),
    platformAdmin: admin.client,
    revokedReviewer: revoked.client,
    expiredReviewer: expired.client,
    otherQualityOfficer: other.client,
    reviewer: reviewerOrganisation.client,
    manager: manager.client,
    contributor: contributor.client,
    professional: professional.client,
    qualityOfficer: officerA.client,
  };
  const w: World = {
    organisationName,
    roundTitle,
    draftTitle,
    organisationId: officerA.organisationId,
    roundId: round.id,
    draftId: draft.id,
    evidenceId: evidence.id,
    actionId: action.id,
    managerMemberId: memberIdOf(members, manager.email),
    contributorMemberId,
    leaverMemberId: memberIdOf(members, leaver.email),
    memberInvitationId: memberInvitation.body.invitation.id as string,
    spareReviewInvitationId: spare.invitation.id,
    reviewId,
    expiredReviewId: expiredReviewer.acceptance.reviewId,
    revokedReviewId: revoked.acceptance.reviewId,
    groupId: group.body.id as string,
    freshGroupId: '',
    freshGroupMemberId: '',
    groupInvitationId: '',
    teamId: team.body.id as string,
    spareTeamId: '',
  };
  return w;
}

const DEFAULT_PARAMS: Record<string, (w: World) => string> = {
  roundId: (w) => w.roundId,
  criterionCode: () => 'VAK-02',
  evidenceId: (w) => w.evidenceId,
  actionId: (w) => w.actionId,
  memberId: (w) => w.managerMemberId,
  reviewId: (w) => w.reviewId,
  groupId: (w) => w.groupId,
  teamId: (w) => w.teamId,
  rubricId: () => 'sterk-sociaal-werk',
  version: () => '1.0.0',
  draftId: () => '00000000-0000-4000-8000-000000000000',
};

function urlOf(row: Row, w: World): string {
  const path = pathOf(row.op).replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = row.params?.[name] ?? DEFAULT_PARAMS[name];
    if (!value) {
      throw new Error(`${row.op}: no value for {${name}}; give the row a params entry`);
    }
    return value(w);
  });
  return row.query ? `${path}?${row.query(w)}` : path;
}

const PHASES = ['get', 'post', 'put', 'patch', 'delete'];
/** Reads first, then writes, then deletions, then logging out: no row breaks a later one. */
const ORDERED_ROWS = [...ROWS].sort((a, b) => {
  const rank = (row: Row) => (row.phase === 'last' ? 99 : PHASES.indexOf(methodOf(row.op)));
  return rank(a) - rank(b);
});

describe('the permission matrix: every operation × every actor', () => {
  let documented: string[];

  beforeAll(async () => {
    app = await createTestApp({ loginRateLimit: 1000, sessionTtlHours: 24 * 365 });
    const document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200))
      .body as { paths: Record<string, Record<string, unknown>> };
    documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => PHASES.includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    world = await buildWorld();
  }, 300_000);

  afterAll(async () => {
    await app.close();
  });

  it('has exactly one row for every documented operation', () => {
    const rows = ROWS.map((row) => row.op);
    const withoutRow = documented.filter((op) => !rows.includes(op));
    const undocumented = rows.filter((op) => !documented.includes(op));
    const twice = rows.filter((op, index) => rows.indexOf(op) !== index);
    expect({ withoutRow, undocumented, twice }).toEqual({
      withoutRow: [],
      undocumented: [],
      twice: [],
    });
  });

  it('lets a reviewer reach exactly the reviewed round and their review, and the platform admin only the sector view', () => {
    // What of organisation A (or, for actors without an organisation, anything at all) each can use.
    const reach = (name: ActorName) =>
      ROWS.filter((row) => typeof row.access === 'object')
        .filter((row) => PROFILES[name].organisation === null || targetOf(row) !== 'none')
        .filter((row) => {
          const outcome = expected(row, name);
          return outcome === 'allowed' || ![401, 403, 404].includes(outcome);
        })
        .map((row) => row.op)
        .sort();
    // Stated by the issue, not derived: "responses, evidence (download included), actions, readiness".
    expect(reach('reviewer')).toEqual(
      [
        'GET /api/v1/rounds/{roundId}',
        'GET /api/v1/rounds/{roundId}/content',
        'GET /api/v1/rounds/{roundId}/responses/{criterionCode}',
        'GET /api/v1/rounds/{roundId}/actions',
        'GET /api/v1/rounds/{roundId}/evidence/{evidenceId}/content',
        'GET /api/v1/rounds/{roundId}/readiness',
        'GET /api/v1/reviews/{reviewId}',
        'PUT /api/v1/reviews/{reviewId}/findings/{criterionCode}',
        'PUT /api/v1/reviews/{reviewId}/overall',
        'POST /api/v1/reviews/{reviewId}/submit',
        'GET /api/v1/rounds/{roundId}/leerrapport',
        'GET /api/v1/rounds/{roundId}/leerrapport.pdf',
        'POST /api/v1/rounds/{roundId}/leerrapport/issue',
      ].sort(),
    );
    // The sector view, and the label owner's authoring of rubrics (no organisation's content).
    // The draft and retire rows aim at an unknown draft and version (404), so they are not listed.
    expect(reach('platformAdmin')).toEqual(
      [
        'GET /api/v1/sector/readiness',
        'GET /api/v1/rubrics/library',
        'POST /api/v1/rubrics/imports',
        'GET /api/v1/rubrics/{rubricId}/history',
        'POST /api/v1/rubrics/{rubricId}/drafts',
        'GET /api/v1/decision-models',
        'GET /api/v1/decision-models/{modelId}',
        'GET /api/v1/decision-models/drafts',
        'POST /api/v1/decision-models/drafts',
      ].sort(),
    );
    expect(reach('revokedReviewer')).toEqual([]);
  });

  it('keeps the professional (sociaal werker) to their teams, the decision models and the organisation name', () => {
    const reach = ROWS.filter((row) => typeof row.access === 'object')
      .filter((row) => {
        const outcome = expected(row, 'professional');
        return outcome === 'allowed' || ![401, 403, 404].includes(outcome);
      })
      .map((row) => row.op)
      .sort();
    // Stated by the issue, not derived: no rounds, dashboards, evidence, members or other teams.
    expect(reach).toEqual(PROFESSIONAL_REACH.slice().sort());
  });

  const reviewerRows = ROWS.filter(
    (row) =>
      typeof row.access === 'object' &&
      pathOf(row.op).includes('{roundId}') &&
      !row.params?.['roundId'] &&
      (PERMISSIONS[row.access.permission] as readonly string[]).includes('reviewer'),
  );

  it.each(reviewerRows.map((row) => [row.op, row] as const))(
    '%s: the reviewer of R is refused the other round D of the same organisation and sees nothing of it',
    async (_op, row) => {
      const response = await clients.reviewer.send(
        methodOf(row.op),
        urlOf({ ...row, params: onD }, world),
        row.body?.(world),
      );
      // 404 where their own role could do it in their own organisation, else 403: never allowed.
      const outcome = expected({ ...row, params: onD }, 'reviewer');
      expect([403, 404]).toContain(outcome);
      expect(response.status).toBe(outcome);
      expect(response.text).not.toContain(world.draftTitle);
      expect(response.text).not.toContain(world.organisationName);
    },
  );

  it('no longer opens the review an expired or a revoked invitation gave', async () => {
    const probes: [ActorName, string, number][] = [
      ['expiredReviewer', `/api/v1/reviews/${world.expiredReviewId}`, 404],
      ['revokedReviewer', `/api/v1/reviews/${world.revokedReviewId}`, 403],
      ['expiredReviewer', `/api/v1/rounds/${world.roundId}/leerrapport`, 404],
      ['revokedReviewer', `/api/v1/rounds/${world.roundId}/leerrapport`, 403],
    ];
    for (const [name, path, status] of probes) {
      const response = await clients[name].get(path);
      expect([name, path, response.status]).toEqual([name, path, status]);
      expect(response.text).not.toContain(world.roundTitle);
    }
    for (const [name, reviewId] of [
      ['expiredReviewer', world.expiredReviewId],
      ['revokedReviewer', world.revokedReviewId],
    ] as const) {
      const write = await clients[name].put(`/api/v1/reviews/${reviewId}/findings/VAK-02`, {
        judgement: 'meets',
        finding: 'Te laat',
        questions: '',
      });
      expect([name, write.status]).toEqual([name, 403]);
    }
  });

  it.each(ORDERED_ROWS.map((row) => [row.op, row] as const))(
    '%s answers every actor as the table says, and leaks nothing',
    async (_op, row) => {
      const mismatches: string[] = [];
      for (const name of ACTOR_NAMES) {
        await row.prepare?.(world);
        const response = await clients[name].send(
          methodOf(row.op),
          urlOf(row, world),
          row.body?.(world),
        );
        const outcome = expected(row, name);
        if (!matches(outcome, response.status)) {
          mismatches.push(
            `${name}: expected ${outcome}, got ${response.status} ${response.text?.slice(0, 160) ?? ''}`,
          );
        }
        if (!mayShowA(row, name)) {
          const text = response.text ?? '';
          for (const secret of [world.roundTitle, world.draftTitle, world.organisationName]) {
            if (text.includes(secret)) {
              mismatches.push(`${name}: the answer (${response.status}) shows "${secret}"`);
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
