import {
  CreatedPeerGroupInvitation,
  InvitationStatus,
  PeerGroupAwaitingRound,
  PeerGroupDetail,
  PeerGroupInvitation,
  PeerGroupInvitationPreview,
  PeerGroupMember,
  PeerGroupMemberRef,
  PeerGroupReviewerAlreadyInvited,
  PeerGroupReviewInvitation,
  PeerGroupReviewInvitations,
  PeerGroupScheduleEntry,
  PeerGroupSummary,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class PeerGroupSummaryResponseDto implements PeerGroupSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() memberCount: number;
  @ApiProperty({ description: 'The active organisation created the group' }) isCreator: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PeerGroupMemberResponseDto implements PeerGroupMember {
  @ApiProperty({ format: 'uuid', description: 'The membership in the group' }) id: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
  @ApiProperty() isCreator: boolean;
  @ApiProperty() isOwnOrganisation: boolean;
}

export class PeerGroupMemberRefDto implements PeerGroupMemberRef {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() organisationName: string;
}

export class PeerGroupScheduleEntryDto implements PeerGroupScheduleEntry {
  @ApiProperty({ type: PeerGroupMemberRefDto }) reviewer: PeerGroupMemberRefDto;
  @ApiProperty({ type: PeerGroupMemberRefDto }) reviewed: PeerGroupMemberRefDto;
}

export class PeerGroupAwaitingRoundDto implements PeerGroupAwaitingRound {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty({ type: PeerGroupMemberRefDto }) organisation: PeerGroupMemberRefDto;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ description: 'A pending or accepted review invitation exists' })
  reviewersInvited: boolean;
  @ApiProperty() isOwnOrganisation: boolean;
}

export class PeerGroupDetailResponseDto
  extends PeerGroupSummaryResponseDto
  implements PeerGroupDetail
{
  @ApiProperty({ type: [PeerGroupMemberResponseDto], description: 'In join order' })
  members: PeerGroupMemberResponseDto[];

  @ApiProperty({ type: [PeerGroupAwaitingRoundDto] })
  awaitingRounds: PeerGroupAwaitingRoundDto[];

  @ApiProperty({ type: [PeerGroupScheduleEntryDto], description: 'Who reviews whom this cycle' })
  schedule: PeerGroupScheduleEntryDto[];
}

export class PeerGroupInvitationResponseDto implements PeerGroupInvitation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'expired', 'revoked'] }) status: InvitationStatus;
  @ApiProperty() invitedByOrganisationName: string;
  @ApiProperty({ nullable: true, type: String }) acceptedByOrganisationName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class CreatedPeerGroupInvitationResponseDto implements CreatedPeerGroupInvitation {
  @ApiProperty({ type: PeerGroupInvitationResponseDto }) invitation: PeerGroupInvitationResponseDto;
  @ApiProperty({ description: 'Path with the single-use token; shown once' }) acceptUrl: string;
}

export class PeerGroupInvitationPreviewResponseDto implements PeerGroupInvitationPreview {
  @ApiProperty() groupName: string;
  @ApiProperty() groupDescription: string;
  @ApiProperty() invitedByOrganisationName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: [String] }) memberOrganisationNames: string[];
  @ApiProperty({ description: 'The active organisation is a member already' })
  alreadyMember: boolean;
}

export class PeerGroupReviewInvitationDto implements PeerGroupReviewInvitation {
  @ApiProperty({ format: 'uuid' }) invitationId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() email: string;
  @ApiProperty() lead: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'Path with the single-use token; shown once' }) acceptUrl: string;
}

export class PeerGroupReviewerAlreadyInvitedDto implements PeerGroupReviewerAlreadyInvited {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() email: string;
}

export class PeerGroupReviewInvitationsResponseDto implements PeerGroupReviewInvitations {
  @ApiProperty({ type: [PeerGroupReviewInvitationDto] }) created: PeerGroupReviewInvitationDto[];
  @ApiProperty({ type: [PeerGroupReviewerAlreadyInvitedDto] })
  alreadyInvited: PeerGroupReviewerAlreadyInvitedDto[];
}
