import {
  CreatedReviewInvitation,
  REVIEW_INVITATION_STATUSES,
  ReviewInvitation,
  ReviewInvitationAcceptance,
  ReviewInvitationPreview,
  ReviewInvitationStatus,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { MeResponseDto } from '../../auth/dto/me-response.dto';
import { UserRefDto } from '../../common/dto/refs.dto';

export class ReviewInvitationResponseDto implements ReviewInvitation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() email: string;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() message: string;
  @ApiProperty() lead: boolean;
  @ApiProperty({ enum: REVIEW_INVITATION_STATUSES }) status: ReviewInvitationStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: UserRefDto }) invitedBy: UserRefDto;
  @ApiProperty({ type: UserRefDto, nullable: true }) acceptedBy: UserRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acceptedAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reviewId: string | null;
}

export class CreatedReviewInvitationResponseDto
  extends ReviewInvitationResponseDto
  implements CreatedReviewInvitation
{
  @ApiProperty({ description: 'Path with the single-use token; only in this response' })
  acceptUrl: string;
}

export class ReviewInvitationPreviewResponseDto implements ReviewInvitationPreview {
  @ApiProperty() organisationName: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() hasAccount: boolean;
}

export class ReviewInvitationAcceptanceResponseDto implements ReviewInvitationAcceptance {
  @ApiProperty({ type: MeResponseDto }) me: MeResponseDto;
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
}
