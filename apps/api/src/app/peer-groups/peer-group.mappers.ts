import {
  invitationLinkStatus,
  PeerGroupAwaitingRound,
  PeerGroupDetail,
  PeerGroupInvitation,
  PeerGroupMemberRef,
  PeerGroupScheduleEntry,
  PeerGroupSummary,
  peerReviewSchedule,
} from '@labelklaar/domain';

import { AwaitingRoundRow } from './peer-group-rounds.read-model';
import { PeerGroupInvitationRow, PeerGroupMemberRow, PeerGroupRow } from './peer-groups.repository';

export function mapPeerGroupSummary(row: PeerGroupRow, organisationId: string): PeerGroupSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberCount: row.memberCount,
    isCreator: row.creatorOrganisationId === organisationId,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

function memberRef(member: PeerGroupMemberRow): PeerGroupMemberRef {
  return { memberId: member.id, organisationName: member.organisationName };
}

/** This cycle's schedule, from the members in join order. */
export function scheduleOf(members: PeerGroupMemberRow[]): PeerGroupScheduleEntry[] {
  const byOrganisation = new Map(members.map((member) => [member.organisationId, member]));
  return peerReviewSchedule(members.map((member) => member.organisationId)).flatMap((pair) => {
    const reviewer = byOrganisation.get(pair.reviewerId);
    const reviewed = byOrganisation.get(pair.reviewedId);
    return reviewer && reviewed
      ? [{ reviewer: memberRef(reviewer), reviewed: memberRef(reviewed) }]
      : [];
  });
}

export interface PeerGroupParts {
  group: PeerGroupRow;
  members: PeerGroupMemberRow[];
  rounds: AwaitingRoundRow[];
  /** Ids of the rounds with a pending or accepted review invitation. */
  invitedRoundIds: ReadonlySet<string>;
}

export function mapPeerGroupDetail(parts: PeerGroupParts, organisationId: string): PeerGroupDetail {
  const { group, members, rounds, invitedRoundIds } = parts;
  const byOrganisation = new Map(members.map((member) => [member.organisationId, member]));
  const awaitingRounds = rounds.flatMap((round): PeerGroupAwaitingRound[] => {
    const member = byOrganisation.get(round.organisationId);
    if (!member) {
      return [];
    }
    return [
      {
        roundId: round.id,
        roundTitle: round.title,
        organisation: memberRef(member),
        targetDate: round.targetDate,
        submittedAt: new Date(round.submittedAt).toISOString(),
        reviewersInvited: invitedRoundIds.has(round.id),
        isOwnOrganisation: round.organisationId === organisationId,
      },
    ];
  });
  return {
    ...mapPeerGroupSummary({ ...group, memberCount: members.length }, organisationId),
    members: members.map((member) => ({
      id: member.id,
      organisationName: member.organisationName,
      joinedAt: new Date(member.joinedAt).toISOString(),
      isCreator: member.organisationId === group.creatorOrganisationId,
      isOwnOrganisation: member.organisationId === organisationId,
    })),
    awaitingRounds: awaitingRounds.sort((a, b) => a.targetDate.localeCompare(b.targetDate)),
    schedule: scheduleOf(members),
  };
}

export function mapPeerGroupInvitation(
  row: PeerGroupInvitationRow,
  now: Date,
): PeerGroupInvitation {
  return {
    id: row.id,
    email: row.email,
    status: invitationLinkStatus(row, now),
    invitedByOrganisationName: row.invitedByOrganisationName ?? '',
    acceptedByOrganisationName: row.acceptedByOrganisationName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
