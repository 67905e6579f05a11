import { Member, MemberRef, UserRef } from '@labelklaar/domain';

/** The organisation's members, looked up by membership and by user; loaded once per request. */
export interface People {
  byMembership: ReadonlyMap<string, Member>;
  namesByUser: ReadonlyMap<string, string>;
}

export function peopleOf(members: readonly Member[]): People {
  return {
    byMembership: new Map(members.map((member) => [member.id, member])),
    namesByUser: new Map(members.map((member) => [member.userId, member.displayName])),
  };
}

export function memberRef(people: People, membershipId: string | null): MemberRef | null {
  const member = membershipId ? people.byMembership.get(membershipId) : undefined;
  return member ? { memberId: member.id, displayName: member.displayName } : null;
}

/** Someone who left the organisation keeps their id, but their name is no longer ours to show. */
export function userRef(people: People, userId: string | null): UserRef | null {
  return userId ? { userId, displayName: people.namesByUser.get(userId) ?? '' } : null;
}
