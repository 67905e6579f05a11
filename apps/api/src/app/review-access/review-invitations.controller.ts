import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { uuid } from '../assessments/assessments.pipes';
import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
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
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/round-not-reviewable, /problems/reviewer-already-invited, /problems/reviewer-is-member or /problems/lead-reviewer-exists',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/review-invitation-expiry-in-past or /problems/review-invitation-expiry-too-late',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: CreateReviewInvitationDto,
  ): Promise<CreatedReviewInvitationResponseDto> {
    return this.invitations.create(actor, roundId, body);
  }

  @Get('rounds/:roundId/review-invitations')
  @Can('review-invitations.read')
  @ApiOperation({ summary: "The round's review invitations with their status, newest first" })
  list(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<ReviewInvitationResponseDto[]> {
    return this.invitations.list(actor.organisationId, roundId);
  }

  @Delete('review-invitations/:invitationId')
  @HttpCode(204)
  @Can('review-invitation.revoke')
  @ApiOperation({ summary: "Revoke a review invitation: the reviewer's access ends at once" })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(actor, invitationId);
  }
}
