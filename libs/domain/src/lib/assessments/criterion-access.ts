import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { MemberRole } from '../organisations/organisation.types';
import { isAllowed, isReadOnlyRole, type ActorKind } from '../permissions/permissions';
import type { Criterion, RubricVersion } from '../rubric/rubric.types';
import { isRoundOpen } from './round-rules';
import type { RoundStatus } from './round.types';

/** Who works on a criterion: their role in the organisation and their membership (if any). */
export interface CriterionEditor {
  role: ActorKind | null;
  membershipId: string | null;
}

/** An owner is someone who may edit responses: a manager only reads, so cannot own a criterion. */
export function canOwnCriterion(role: MemberRole): boolean {
  return !isReadOnlyRole(role);
}

/** The members a criterion (or an action) can be assigned to, in the order given. */
export function possibleOwners<T extends { role: MemberRole }>(members: readonly T[]): T[] {
  return members.filter((member) => canOwnCriterion(member.role));
}

/**
 * The member chosen as owner, refused when they are not a member of the organisation
 * (`undefined`: not found) or may not own a criterion. `null` clears the owner.
 */
export function assertOwner<T extends { role: MemberRole }>(
  member: T | null | undefined,
): T | null {
  if (member === undefined) {
    throw new DomainRuleViolation('unknown-member');
  }
  if (member !== null && !canOwnCriterion(member.role)) {
    throw new DomainRuleViolation('owner-is-read-only');
  }
  return member;
}

/**
 * Whoever assigns the criteria (the quality officer) works on all of them; other editors (a
 * contributor) only on what one of `ownerMembershipIds` says is theirs: the criterion, or for
 * an action also the action itself. Managers and reviewers never edit.
 */
export function canEditCriterion(
  editor: CriterionEditor,
  ownerMembershipIds: readonly (string | null)[],
): boolean {
  const { role, membershipId } = editor;
  if (role === null) {
    return false;
  }
  if (isAllowed(role, 'response.assign')) {
    return true;
  }
  return (
    isAllowed(role, 'response.edit') &&
    membershipId !== null &&
    ownerMembershipIds.includes(membershipId)
  );
}

/** A response can be changed while its round is open, by someone who may edit the criterion. */
export function canEditResponse(
  roundStatus: RoundStatus,
  editor: CriterionEditor,
  ownerMembershipId: string | null,
): boolean {
  return isRoundOpen(roundStatus) && canEditCriterion(editor, [ownerMembershipId]);
}

/** The criterion of the rubric with this code, or null. */
export function findCriterion(
  rubric: Pick<RubricVersion, 'domains'>,
  criterionCode: string,
): Criterion | null {
  for (const domain of rubric.domains) {
    const criterion = domain.criteria.find((candidate) => candidate.code === criterionCode);
    if (criterion) {
      return criterion;
    }
  }
  return null;
}

/** A criterion named in a request (an action, a finding) must be one of the round's rubric. */
export function assertRubricCriterion(
  rubric: Pick<RubricVersion, 'domains'>,
  criterionCode: string,
): Criterion {
  const criterion = findCriterion(rubric, criterionCode);
  if (!criterion) {
    throw new DomainRuleViolation('unknown-criterion', { criterionCode });
  }
  return criterion;
}
