import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { ImprovementActionResponseDto } from '../actions/dto/action-response.dto';
import { Can, CurrentSession } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { SessionContext } from '../common/auth/request-context';
import { CriterionCodePipe, uuid } from '../common/validation/path-params.pipes';
import {
  FindingActionDto,
  RespondToFindingDto,
  SaveFindingDto,
  SaveOverallDto,
} from './dto/review-input.dto';
import {
  ReviewDetailResponseDto,
  ReviewFindingResponseDto,
  ReviewSummaryResponseDto,
} from './dto/review-response.dto';
import { HearingService } from './hearing.service';
import { ReviewWritingService } from './review-writing.service';
import { ReviewsService } from './reviews.service';

const NOT_VISIBLE = {
  description:
    "problem+json /problems/not-found: no such review, someone else's draft, or another organisation's",
};
const LOCKED = { description: 'problem+json /problems/review-submitted: the review is locked' };

/** Reviews (intercollegiale toetsing): the reviewer writes; the reviewed organisation answers. */
@ApiTags('reviews')
@ApiCookieAuth()
@Controller({ path: 'reviews', version: '1' })
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly writing: ReviewWritingService,
    private readonly hearing: HearingService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The reviews the user writes (with the state of their invitation), then the reviews of the active organisation's rounds; any logged-in user",
    description:
      "Any logged-in user. A reviewer sees only their own reviews; members see the submitted reviews of their organisation's rounds.",
  })
  list(@CurrentSession() session: SessionContext): Promise<ReviewSummaryResponseDto[]> {
    return this.reviews.list(session);
  }

  @Get(':reviewId')
  @Can('review.read')
  @ApiOperation({
    summary:
      "One review with its findings: the reviewer's own (also a draft), or a submitted one of the round or organisation",
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. A draft is visible to its own reviewer only; anything else answers 404.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiOkResponse({ type: ReviewDetailResponseDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
  ): Promise<ReviewDetailResponseDto> {
    return this.reviews.get(actor, reviewId);
  }

  @Put(':reviewId/findings/:criterionCode')
  @Can('review.write')
  @ApiOperation({
    summary: "The reviewer's judgement, finding and questions on one criterion",
    description:
      'Only the peer reviewer who wrote the review, while their invitation is valid. Send the version you last saw; a submitted review is locked.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse(LOCKED)
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/unknown-criterion' })
  @ApiOkResponse({ type: ReviewFindingResponseDto })
  saveFinding(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: SaveFindingDto,
  ): Promise<ReviewFindingResponseDto> {
    return this.writing.saveFinding(actor, reviewId, criterionCode, body);
  }

  @Put(':reviewId/overall')
  @Can('review.write')
  @ApiOperation({
    summary: 'The overall judgement with strengths and points for improvement',
    description:
      'Only the peer reviewer who wrote the review, while their invitation is valid. Send the version you last saw; a submitted review is locked.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse(LOCKED)
  @ApiOkResponse({ type: ReviewDetailResponseDto })
  saveOverall(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
    @Body() body: SaveOverallDto,
  ): Promise<ReviewDetailResponseDto> {
    return this.writing.saveOverall(actor, reviewId, body);
  }

  @Post(':reviewId/submit')
  @HttpCode(200)
  @Can('review.write')
  @ApiOperation({
    summary:
      "Submit and lock the review; every criterion needs a judgement ('not-assessed' counts) and the overall judgement",
    description:
      'Only the peer reviewer who wrote the review, while their invitation is valid. After submitting, the review cannot be changed.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description: 'problem+json /problems/review-submitted or /problems/leerrapport-issued',
  })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/review-incomplete with missingCriteria and missingOverall',
  })
  @ApiOkResponse({ type: ReviewDetailResponseDto })
  submit(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
  ): Promise<ReviewDetailResponseDto> {
    return this.writing.submit(actor, reviewId);
  }

  @Put(':reviewId/findings/:criterionCode/response')
  @Can('finding.respond')
  @ApiOperation({
    summary:
      "The organisation's response to a finding (hoor en wederhoor), while the hearing is open",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only while the hearing of the leerrapport is open; send the version you last saw.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description:
      'problem+json /problems/hearing-not-started, /problems/hearing-closed or /problems/version-conflict',
  })
  @ApiOkResponse({ type: ReviewFindingResponseDto })
  respond(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: RespondToFindingDto,
  ): Promise<ReviewFindingResponseDto> {
    return this.hearing.respond(actor, reviewId, criterionCode, body);
  }

  @Post(':reviewId/findings/:criterionCode/action')
  @Can('finding.action')
  @ApiOperation({
    summary:
      "Turn a finding into a verbeteractie in one step, planned in the organisation's open round and linked to the finding",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. One action per finding; the organisation needs an open round to plan it in.',
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description: 'problem+json /problems/finding-has-action or /problems/no-open-round',
  })
  @ApiCreatedResponse({ type: ImprovementActionResponseDto })
  createAction(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: FindingActionDto,
  ): Promise<ImprovementActionResponseDto> {
    return this.hearing.createAction(actor, reviewId, criterionCode, body);
  }
}
