import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { CriterionCodePipe, uuid } from '../common/validation/path-params.pipes';
import { CriterionResponseDto } from './dto/assessment-round-response.dto';
import {
  AcceptResponseDto,
  AssignOwnersDto,
  ReviewQueueItemDto,
  SendBackResponseDto,
  WhoDoesWhatDto,
} from './dto/response-review.dto';
import { ResponseReviewService } from './response-review.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ version: '1' })
export class ResponseReviewController {
  constructor(private readonly review: ResponseReviewService) {}

  @Get('review-queue')
  @Can('review-queue.read')
  @ApiOperation({
    summary: 'Answers marked ready for checking (klaar voor controle) in open rounds',
    description:
      "Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Every answer of the organisation's open rounds marked ready and not yet accepted, oldest change first, with its owner and how much evidence it has.",
  })
  @ApiOkResponse({ type: [ReviewQueueItemDto] })
  queue(@CurrentActor() actor: Actor): Promise<ReviewQueueItemDto[]> {
    return this.review.queue(actor);
  }

  @Post('rounds/:roundId/responses/:criterionCode/accept')
  @HttpCode(200)
  @Can('response.review')
  @ApiOperation({
    summary: 'Accept an answer marked ready (with the version last seen)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The answer leaves the review queue and is shown as accepted until it changes again; the acceptance is recorded in the round history. An answer not marked ready, or already accepted, answers 409 response-not-ready.',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/response-not-ready, /problems/version-conflict or /problems/round-submitted',
  })
  @ApiOkResponse({ type: CriterionResponseDto })
  accept(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: AcceptResponseDto,
  ): Promise<CriterionResponseDto> {
    return this.review.accept(actor, roundId, criterionCode, body.version);
  }

  @Post('rounds/:roundId/responses/:criterionCode/send-back')
  @HttpCode(200)
  @Can('response.review')
  @ApiOperation({
    summary: 'Send an answer marked ready back to its owner, with a comment',
    description:
      "Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The answer becomes a draft again with the comment, which its owner sees on 'my criteria' until they mark it ready again; the send-back is recorded in the round history. An answer not marked ready answers 409 response-not-ready; an empty comment 422.",
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/response-not-ready, /problems/version-conflict or /problems/round-submitted',
  })
  @ApiOkResponse({ type: CriterionResponseDto })
  sendBack(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: SendBackResponseDto,
  ): Promise<CriterionResponseDto> {
    return this.review.sendBack(actor, roundId, criterionCode, body.version, body.comment);
  }

  @Get('rounds/:roundId/assignments')
  @Can('round.assignments')
  @ApiOperation({
    summary: '"Wie doet wat": per member the criteria they own in the round and their actions',
    description:
      "Quality officers and managers (read-only) of the active organisation. Every member who may own a criterion, with the round's criteria they own (scored, confirmed, ready for checking, accepted, sent back) and their improvement actions in the round (open, late), and the criteria nobody owns yet. Another organisation's round answers 404.",
  })
  @ApiOkResponse({ type: WhoDoesWhatDto })
  assignments(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<WhoDoesWhatDto> {
    return this.review.assignments(actor, roundId);
  }

  @Put('rounds/:roundId/owners')
  @Can('response.assign')
  @ApiOperation({
    summary: 'Assign one owner to several criteria of an open round at once',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. All or nothing, in one transaction: every code must be a criterion of the round (422 unknown-criteria) and the owner a member who may own a criterion (422 unknown-member, owner-is-read-only); null clears the owner. Answers the responses named.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/unknown-criteria (with `unknown`), /problems/unknown-member or /problems/owner-is-read-only',
  })
  @ApiOkResponse({ type: [CriterionResponseDto] })
  assignOwners(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: AssignOwnersDto,
  ): Promise<CriterionResponseDto[]> {
    return this.review.assignOwners(actor, roundId, body.criterionCodes, body.memberId ?? null);
  }
}
