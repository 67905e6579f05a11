import { stateConflict } from '../errors/domain-rule-violation';
import { MEMBER_ROLES, type Member, type MemberRole } from './organisation.types';

export type MemberWithRole = Pick<Member, 'id' | 'role'>;

/** A role change of one member; `newRole: null` removes the member from the organisation. */
export interface MemberRoleChange {
  memberId: string;
  newRole: MemberRole | null;
}

export function isMemberRole(value: string): value is MemberRole {
  return (MEMBER_ROLES as readonly string[]).includes(value);
}

/**
 * An organisation always keeps a quality officer: only they can start rounds, invite members and
 * submit the audit dossier, so without one the organisation would be locked out of its own work.
 */
export function assertKeepsQualityOfficer(
  members: readonly MemberWithRole[],
  change: MemberRoleChange,
): void {
  const remaining = applyMemberChange(members, change);
  if (!remaining.some((member) => member.role === 'quality-officer')) {
    throw stateConflict('last-quality-officer', { memberId: change.memberId });
  }
}

/** The members after the change; an unknown member id changes nothing. */
export function applyMemberChange(
  members: readonly MemberWithRole[],
  change: MemberRoleChange,
): MemberWithRole[] {
  return members.flatMap((member) => {
    if (member.id !== change.memberId) {
      return [member];
    }
    return change.newRole === null ? [] : [{ ...member, role: change.newRole }];
  });
}

/** Someone already in the organisation is not invited into it again. */
export function assertNotMember(members: readonly { email: string }[], email: string): void {
  if (members.some((member) => member.email === email)) {
    throw stateConflict('already-member', { email });
  }
}
