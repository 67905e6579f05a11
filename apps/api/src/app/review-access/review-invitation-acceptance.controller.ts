import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';

import { SessionCookies } from '../auth/session-cookies.service';
import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { resolveLanguage } from '../common/i18n/language';
import {
  ReviewInvitationAcceptanceResponseDto,
  ReviewInvitationPreviewResponseDto,
} from './dto/review-invitation-response.dto';
import { AcceptReviewInvitationDto, ReviewInvitationTokenDto } from './dto/review-invitation.dto';
import { ReviewInvitationAcceptanceService } from './review-invitation-acceptance.service';

const DEAD_LINK = {
  description: 'problem+json /problems/not-found: unknown, used, revoked and expired links alike',
};

@ApiTags('reviews')
@Controller({ path: 'review-invitations', version: '1' })
export class ReviewInvitationAcceptanceController {
  constructor(
    private readonly acceptance: ReviewInvitationAcceptanceService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('preview')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'What a review invitation link is for',
    description:
      'No login needed. Shows the organisation, the round and the reviewing organisation before accepting; the link stays usable.',
  })
  @ApiNotFoundResponse(DEAD_LINK)
  @ApiOkResponse({ type: ReviewInvitationPreviewResponseDto })
  preview(@Body() body: ReviewInvitationTokenDto): Promise<ReviewInvitationPreviewResponseDto> {
    return this.acceptance.preview(body.token);
  }

  @Post('accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accept a review invitation as the logged-in invitee, with the existing account or a new one; opens the draft review',
    description:
      "No login needed. Logged in as the invited address, or with that account's password, or creating an account: the reviewer gets read access to this one round and a draft review until the invitation expires.",
  })
  @ApiNotFoundResponse(DEAD_LINK)
  @ApiConflictResponse({
    description:
      'problem+json /problems/reviewer-is-member (a member cannot review their own organisation) or /problems/invitation-email-mismatch',
  })
  @ApiOkResponse({ type: ReviewInvitationAcceptanceResponseDto })
  async accept(
    @Body() body: AcceptReviewInvitationDto,
    @CurrentSession() session: SessionContext | undefined,
    @Res({ passthrough: true }) response: Response,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<ReviewInvitationAcceptanceResponseDto> {
    const language = body.language ?? resolveLanguage(acceptLanguage);
    const { sessionToken, ...accepted } = await this.acceptance.accept(
      { ...body, language },
      session,
    );
    if (sessionToken) {
      this.cookies.start(response, sessionToken);
    }
    return accepted;
  }
}
