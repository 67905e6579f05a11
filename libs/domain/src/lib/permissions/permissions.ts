/**
 * Who may do what: one table (permission × actor), read by the API's guard (`@Can`) and by the
 * web app to show only what a person may use. The API end-to-end suite tests it as a matrix.
 *
 * Actors:
 * - the three member roles, acting in their session's active organisation;
 * - `reviewer`: a user with an accepted, unexpired, unrevoked review invitation, acting only on
 *   the one round the invitation is for (an intercollegiale toetsing);
 * - `platform-admin`: the label owner's staff, who see anonymised sector figures and nothing of
 *   any single organisation.
 * Scope (which organisation, which round) is always derived on the server; this table only says
 * which kind of actor may attempt an action at all.
 */
import { MEMBER_ROLES, type MemberRole } from '../organisations/organisation.types';

export const ACTOR_KINDS = [...MEMBER_ROLES, 'reviewer', 'platform-admin'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const MEMBERS = [
  'quality-officer',
  'contributor',
  'manager',
] as const satisfies readonly MemberRole[];
const EDITORS = ['quality-officer', 'contributor'] as const satisfies readonly MemberRole[];
const OFFICER = ['quality-officer'] as const satisfies readonly MemberRole[];
/**
 * Every member role, the professional (sociaal werker) included. The professional is left out of
 * MEMBERS on purpose: they see no rounds, dashboards, evidence or members, only their own work and
 * their teams'. Which team someone may act in is decided by the service (TeamsService), not here.
 */
const ALL_MEMBERS = [...MEMBERS, 'professional'] as const satisfies readonly MemberRole[];
/** Those who reflect on their own decisions: social workers, and team leads who are one too. */
const PRACTITIONERS = ['professional', 'contributor'] as const satisfies readonly MemberRole[];

export const PERMISSIONS = {
  // Organisation and members
  'organisation.read': ALL_MEMBERS,
  'members.read': MEMBERS,
  'members.manage': OFFICER,
  'organisation.settings': OFFICER,
  // The organisation's own data (AVG): the whole export, and erasing the organisation
  'organisation.export': OFFICER,
  'organisation.delete': OFFICER,
  // Self-assessment rounds
  'rounds.list': MEMBERS,
  'round.create': OFFICER,
  'round.update': OFFICER,
  'round.withdraw': OFFICER,
  'round.submit': OFFICER,
  // Vaststelling: the manager (director-bestuurder) establishes the self-evaluation before submission
  'round.sign-off': ['manager'],
  'round.read': [...MEMBERS, 'reviewer'],
  'round.history': MEMBERS,
  'response.edit': EDITORS,
  'response.assign': OFFICER,
  'round.confirm-domain': OFFICER,
  'round.upgrade': OFFICER,
  'criteria.mine': MEMBERS,
  // Overleg: the internal thread per criterion, for every member (never a reviewer)
  'comments.read': MEMBERS,
  'comment.write': MEMBERS,
  // "Klaar voor controle": the quality officer's queue, accepting or sending back an answer
  'review-queue.read': OFFICER,
  'response.review': OFFICER,
  // "Wie doet wat": per member their criteria and actions; the manager follows along
  'round.assignments': ['quality-officer', 'manager'],
  // Evidence and verbeteracties
  'evidence.read': MEMBERS,
  'evidence.add': EDITORS,
  'evidence.link': EDITORS,
  'round.evidence.read': [...MEMBERS, 'reviewer'],
  // Searching the organisation's criteria and evidence library
  search: MEMBERS,
  'actions.read': MEMBERS,
  'round.actions.read': [...MEMBERS, 'reviewer'],
  'action.edit': EDITORS,
  // Dashboards and exports
  'round.readiness': [...MEMBERS, 'reviewer'],
  'round.export': MEMBERS,
  'organisation.trend': MEMBERS,
  'sector.read': ['platform-admin'],
  // The label owner's norm set: the library, drafts and imports, publishing and retiring versions.
  // Reading published versions, comparing and exporting them is for everyone (no permission).
  'rubrics.library': ['platform-admin'],
  'rubric.author': ['platform-admin'],
  'rubric.publish': ['platform-admin'],
  'rubric.retire': ['platform-admin'],
  // Review invitations (intercollegiale toetsing): the quality officer of the reviewed organisation
  'review-invitations.read': OFFICER,
  'review-invitation.create': OFFICER,
  'review-invitation.revoke': OFFICER,
  // Reviews, findings and the leerrapport (hoor en wederhoor). A reviewer only ever reaches their
  // own review; members read submitted reviews of their rounds; only the quality officer answers.
  'review.read': [...MEMBERS, 'reviewer'],
  'review.write': ['reviewer'],
  'leerrapport.issue': ['reviewer'],
  'leerrapport.read': [...MEMBERS, 'reviewer'],
  'leerrapport.export': [...MEMBERS, 'reviewer'],
  'leerrapport.finalise': OFFICER,
  'finding.respond': OFFICER,
  'finding.action': OFFICER,
  'round.peer-gaps': MEMBERS,
  // Toetsingsgroepen (peer groups): members read; quality officers act for their organisation
  'peer-groups.read': MEMBERS,
  'peer-group.create': OFFICER,
  'peer-group.manage': OFFICER,
  'peer-group.join': OFFICER,
  'peer-group.review-invitations': OFFICER,
  // Teams (wijkteam, jongerenwerk): the quality officer keeps the list of teams; members read the
  // teams (a professional only their own); the officer and a team's leads manage its members.
  'teams.read': ALL_MEMBERS,
  'teams.manage': OFFICER,
  'team-members.manage': ALL_MEMBERS,
  // Decision models (the label owner's library, and an organisation's own): everyone reads the
  // published ones; the label owner drafts and publishes the library's, a quality officer the
  // organisation's own (the server derives whose from the session).
  'decision-models.read': [...ALL_MEMBERS, 'platform-admin'],
  'decision-model.author': ['platform-admin', 'quality-officer'],
  'decision-model.publish': ['platform-admin', 'quality-officer'],
  // Vakmanschap all year (issue 16). Team scope (a member of the team, a lead) is the service's.
  'reflections.write': PRACTITIONERS,
  'reflections.read': PRACTITIONERS,
  'team-sessions.read': ALL_MEMBERS,
  'team-sessions.write': ALL_MEMBERS,
  'team-agreements.read': ALL_MEMBERS,
  'team-agreements.write': ALL_MEMBERS,
  'check-ins.answer': ALL_MEMBERS,
  'check-ins.schedule': ALL_MEMBERS,
  'learning-records.read': ALL_MEMBERS,
  'learning-records.write': ['quality-officer', 'contributor', 'professional'],
  'learning-report.read': MEMBERS,
  'learning-evidence.link': OFFICER,
} as const satisfies Record<string, readonly ActorKind[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function actorsAllowed(permission: Permission): readonly ActorKind[] {
  return PERMISSIONS[permission];
}

export function isAllowed(actor: ActorKind, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly ActorKind[]).includes(actor);
}

/** The member roles among the actors a permission allows (what a membership must have). */
export function memberRolesAllowed(permission: Permission): MemberRole[] {
  return MEMBER_ROLES.filter((role) => isAllowed(role, permission));
}

/**
 * A member who follows the self-assessment without changing it (a manager): they read dashboards
 * and trends, so their home is the dashboard, and they never own a criterion. A professional
 * does not follow the self-assessment at all (no rounds, no dashboards), so is not one.
 */
export function isReadOnlyRole(role: MemberRole): boolean {
  return !isAllowed(role, 'response.edit') && isAllowed(role, 'organisation.trend');
}

/** A member who takes no part in the self-assessment rounds (a professional): no rounds, no dashboards. */
export function seesRounds(role: MemberRole): boolean {
  return isAllowed(role, 'rounds.list');
}
