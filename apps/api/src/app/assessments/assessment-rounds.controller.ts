import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { RoundEventResponseDto } from '../audit-trail/dto/round-event-response.dto';
import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { resolveLanguage } from '../common/i18n/language';
import { uuid } from '../common/validation/path-params.pipes';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { CriterionResponsesService } from './criterion-responses.service';
import {
  AssessmentRoundDetailResponseDto,
  AssessmentRoundResponseDto,
  SubmittedRoundResponseDto,
} from './dto/assessment-round-response.dto';
import { CreateAssessmentRoundDto } from './dto/create-assessment-round.dto';
import { RoundEventsQueryDto } from './dto/round-events-query.dto';
import { ConfirmDomainDto, ConfirmedResponsesDto } from './dto/save-response.dto';
import { SubmissionChecksDto } from './dto/submission-check.dto';
import {
  SignOffRoundDto,
  UpdateAssessmentRoundDto,
  WithdrawRoundDto,
} from './dto/update-assessment-round.dto';
import { RoundStartService } from './round-start.service';
import { RoundSubmissionService } from './round-submission.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'rounds', version: '1' })
export class AssessmentRoundsController {
  constructor(
    private readonly rounds: AssessmentRoundsService,
    private readonly start: RoundStartService,
    private readonly submission: RoundSubmissionService,
    private readonly responses: CriterionResponsesService,
  ) {}

  @Post()
  @Can('round.create')
  @ApiOperation({
    summary:
      'Start an assessment round on a published rubric version, optionally from the last submitted round',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The round is pinned to the rubric version it starts on; starting from the last submitted round carries its answers over where the criteria map, to be confirmed one by one. A target date in the past answers 422 target-date-in-past; a second open round on the same rubric answers 409 second-open-round (listing the open rounds) unless `confirmSecondOpenRound` is true.',
  })
  @ApiCreatedResponse({ type: AssessmentRoundDetailResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/target-date-in-past' })
  @ApiConflictResponse({
    description: 'problem+json /problems/second-open-round with `openRounds` (id, title)',
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateAssessmentRoundDto,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.start.open(actor, body);
  }

  @Get()
  @Can('rounds.list')
  @ApiOperation({
    summary: "The organisation's rounds with their progress",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Each round with its status and how far the self-assessment has come.',
  })
  list(@CurrentActor() actor: Actor): Promise<AssessmentRoundResponseDto[]> {
    return this.rounds.list(actor.organisationId);
  }

  @Get(':roundId')
  @Can('round.read')
  @ApiOperation({
    summary: 'One round with every criterion response and its evidence',
    description:
      "Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Another organisation's round answers 404.",
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.rounds.get(actor.organisationId, roundId);
  }

  @Patch(':roundId')
  @Can('round.update')
  @ApiOperation({
    summary:
      'Change title, dates, route, ambitions, bottlenecks or participation (with the version last seen)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Send the version you last saw: a stale version answers 409 with the round as it is now. Only an open (draft) round can be changed; a new target date in the past answers 422 target-date-in-past.',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: UpdateAssessmentRoundDto,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.rounds.update(actor, roundId, body);
  }

  @Post(':roundId/withdraw')
  @HttpCode(200)
  @Can('round.withdraw')
  @ApiOperation({
    summary: 'Withdraw an open round (with the version last seen)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The round stays in the database with its history and can still be read by its id, but leaves the round list, the dashboards and the trend, and can no longer change. A submitted or withdrawn round answers 409; a stale version 409 with the round as it is now.',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/round-submitted, round-withdrawn or version-conflict',
  })
  @ApiOkResponse({ type: AssessmentRoundDetailResponseDto })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: WithdrawRoundDto,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.rounds.withdraw(actor, roundId, body);
  }

  @Post(':roundId/sign-off')
  @HttpCode(200)
  @Can('round.sign-off')
  @ApiOperation({
    summary:
      'Establish (vaststellen) the open round: name, function and day (with the version last seen)',
    description:
      'Managers (e.g. the director-bestuurder) of the active organisation only. Recorded in the history and printed on the cover of the dossier (PDF and Word). Signing off again replaces the earlier vaststelling; POST …/sign-off/withdraw takes it back; both only while the round is open (409 round-submitted). Where the organisation requires it (`signOffRequired`), submission answers 422 sign-off-missing without it. Name and function are required (at most 120 characters); a day after today answers 422 sign-off-date-in-future.',
  })
  @ApiOkResponse({ type: AssessmentRoundDetailResponseDto })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/sign-off-date-in-future or validation-failed',
  })
  @ApiConflictResponse({
    description: 'problem+json /problems/round-submitted, round-withdrawn or version-conflict',
  })
  signOff(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: SignOffRoundDto,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.rounds.signOff(actor, roundId, body);
  }

  @Post(':roundId/sign-off/withdraw')
  @HttpCode(200)
  @Can('round.sign-off')
  @ApiOperation({
    summary: 'Take the vaststelling of the open round back (with the version last seen)',
    description:
      'Managers of the active organisation only. Recorded in the history. A round without a vaststelling answers 409 sign-off-absent; a submitted round 409 round-submitted.',
  })
  @ApiOkResponse({ type: AssessmentRoundDetailResponseDto })
  @ApiConflictResponse({
    description:
      'problem+json /problems/sign-off-absent, round-submitted, round-withdrawn or version-conflict',
  })
  withdrawSignOff(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: WithdrawRoundDto,
  ): Promise<AssessmentRoundDetailResponseDto> {
    return this.rounds.withdrawSignOff(actor, roundId, body);
  }

  @Post(':roundId/confirm')
  @HttpCode(200)
  @Can('round.confirm-domain')
  @ApiOperation({
    summary: 'Confirm every carried-over answer of one domain as it stands',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Each carried-over answer of the domain stays as it is and is no longer marked carried over; each confirmation is recorded in the history. A domain the rubric does not have answers 422.',
  })
  @ApiOkResponse({ type: ConfirmedResponsesDto })
  async confirmDomain(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: ConfirmDomainDto,
  ): Promise<ConfirmedResponsesDto> {
    return { confirmed: await this.responses.confirmDomain(actor, roundId, body.domain) };
  }

  @Get(':roundId/submission-check')
  @Can('round.submit')
  @ApiOperation({
    summary: 'What to look at before submitting: what is missing, and for an audit what to check',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Runs the submission rules without submitting: a list of checks, each with a code, a severity (blocking or warning), a message in the language of Accept-Language and the criteria or actions it is about. Only checks that found something are listed. An external-audit round also warns about required criteria not met and overdue improvement actions.',
  })
  @ApiOkResponse({ type: SubmissionChecksDto })
  submissionCheck(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SubmissionChecksDto> {
    return this.submission.check(actor, roundId, resolveLanguage(acceptLanguage));
  }

  @Post(':roundId/submit')
  @HttpCode(200)
  @Can('round.submit')
  @ApiOperation({
    summary: 'Submit and freeze the round (422 lists what is missing); answers its content hash',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Every criterion must be scored or marked not applicable, and answers carried over must be confirmed. A submitted round is read-only for ever; its content hash proves it.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/round-incomplete with `missing` and `unconfirmed` criterion codes',
  })
  @ApiConflictResponse({ description: 'problem+json /problems/round-submitted' })
  @ApiOkResponse({ type: SubmittedRoundResponseDto })
  submit(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<SubmittedRoundResponseDto> {
    return this.submission.submit(actor, roundId);
  }

  @Get(':roundId/content')
  @Can('round.read')
  @ApiProduces('application/json')
  @ApiOperation({
    summary:
      'The canonical content of a submitted round, byte for byte what contentHash is the sha256 of',
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. A draft round answers 409 round-not-submitted: it has no frozen content yet.',
  })
  content(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<StreamableFile> {
    return this.submission.content(actor.organisationId, roundId);
  }

  @Get(':roundId/events')
  @Can('round.history')
  @ApiOperation({
    summary: 'The audit trail of the round, oldest first; optionally of one criterion',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Every change as an append-only event: who, when, what, and the values before and after.',
  })
  events(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: RoundEventsQueryDto,
  ): Promise<RoundEventResponseDto[]> {
    return this.submission.events(actor.organisationId, roundId, query.criterionCode ?? null);
  }
}
