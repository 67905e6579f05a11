import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import {
  CreatedReviewInvitationResponseDto,
  ReviewInvitationResponseDto,
} from './dto/review-invitation-response.dto';
import { CreateReviewInvitationDto } from './dto/review-invitation.dto';
import { ReviewInvitationsService } from './review-invitations.service';

@ApiTags('reviews')
@ApiCookieAuth()
@Controller({ version: '1' })
export class ReviewInvitationsController {
  constructor(private readonly invitations: ReviewInvitationsService) {}

  @Post('rounds/:roundId/review-invitations')
  @Can('review-invitation.create')
  @ApiOperation({
    summary:
      'Invite a reviewer of another organisation for a submitted round; answers the single-use link once',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only for a submitted round. The link is answered only here, once; the invitation expires on expiresOn (at most 90 days ahead).',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/round-not-reviewable, /problems/reviewer-already-invited, /problems/reviewer-is-member or /problems/lead-reviewer-exists',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/review-invitation-expiry-in-past or /problems/review-invitation-expiry-too-late',
  })
  @ApiCreatedResponse({ type: CreatedReviewInvitationResponseDto })
  create(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: CreateReviewInvitationDto,
  ): Promise<CreatedReviewInvitationResponseDto> {
    return this.invitations.create(actor, roundId, body);
  }

  @Get('rounds/:roundId/review-invitations')
  @Can('review-invitations.read')
  @ApiOperation({
    summary: "The round's review invitations with their status, newest first",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Pending, accepted, expired and revoked invitations; the links themselves are never shown again.',
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<ReviewInvitationResponseDto[]> {
    return this.invitations.list(actor.organisationId, roundId);
  }

  @Delete('review-invitations/:invitationId')
  @HttpCode(204)
  @Can('review-invitation.revoke')
  @ApiOperation({
    summary: "Revoke a review invitation: the reviewer's access ends at once",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The reviewer can no longer read the round or write the review.',
  })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(actor, invitationId);
  }
}
