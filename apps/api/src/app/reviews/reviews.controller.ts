import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { ImprovementActionResponseDto } from '../actions/dto/action-response.dto';
import { CriterionCodePipe, uuid } from '../assessments/assessments.pipes';
import { Can, CurrentSession } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { SessionContext } from '../common/auth/request-context';
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
  })
  list(@CurrentSession() session: SessionContext): Promise<ReviewSummaryResponseDto[]> {
    return this.reviews.list(session);
  }

  @Get(':reviewId')
  @Can('review.read')
  @ApiOperation({
    summary:
      "One review with its findings: the reviewer's own (also a draft), or a submitted one of the round or organisation",
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  get(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
  ): Promise<ReviewDetailResponseDto> {
    return this.reviews.get(actor, reviewId);
  }

  @Put(':reviewId/findings/:criterionCode')
  @Can('review.write')
  @ApiOperation({ summary: "The reviewer's judgement, finding and questions on one criterion" })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse(LOCKED)
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/unknown-criterion' })
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
  @ApiOperation({ summary: 'The overall judgement with strengths and points for improvement' })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse(LOCKED)
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
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description: 'problem+json /problems/review-submitted or /problems/leerrapport-issued',
  })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/review-incomplete with missingCriteria and missingOverall',
  })
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
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description:
      'problem+json /problems/hearing-not-started, /problems/hearing-closed or /problems/version-conflict',
  })
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
  })
  @ApiNotFoundResponse(NOT_VISIBLE)
  @ApiConflictResponse({
    description: 'problem+json /problems/finding-has-action or /problems/no-open-round',
  })
  createAction(
    @CurrentActor() actor: Actor,
    @Param('reviewId', uuid) reviewId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: FindingActionDto,
  ): Promise<ImprovementActionResponseDto> {
    return this.hearing.createAction(actor, reviewId, criterionCode, body);
  }
}
