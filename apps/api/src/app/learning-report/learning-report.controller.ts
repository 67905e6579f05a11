import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import {
  LearningEvidenceDto,
  LearningEvidenceResponseDto,
  LearningReportQueryDto,
  LearningReportResponseDto,
} from './dto/learning-report.dto';
import { LearningEvidenceService } from './learning-evidence.service';
import { LearningReportService } from './learning-report.service';

const PERIOD =
  'problem+json /problems/learning-report-period-reversed (from after to), /problems/learning-report-period-too-long (over two years)';

@ApiTags('learning-report')
@ApiCookieAuth()
@Controller({ version: '1' })
export class LearningReportController {
  constructor(
    private readonly reports: LearningReportService,
    private readonly evidence: LearningEvidenceService,
  ) {}

  @Get('learning-report')
  @Can('learning-report.read')
  @ApiOperation({
    summary: 'The learning report of a team or the organisation over a period',
    description:
      'Aggregates only, never a reflection’s text; nothing resting on fewer than three authors is shown. The quality officer and the manager read every team’s and the organisation’s; a contributor only a team they lead. Another organisation’s team answers 404.',
  })
  @ApiOkResponse({ type: LearningReportResponseDto })
  @ApiForbiddenResponse({ description: 'problem+json /problems/learning-report-lead-only' })
  @ApiNotFoundResponse({ description: 'Unknown team, or another organisation’s' })
  @ApiUnprocessableEntityResponse({ description: PERIOD })
  report(
    @CurrentActor() actor: Actor,
    @Query() query: LearningReportQueryDto,
  ): Promise<LearningReportResponseDto> {
    return this.reports.report(actor, query);
  }

  @Post('rounds/:roundId/learning-evidence')
  @Can('learning-evidence.link')
  @ApiOperation({
    summary: 'Link the period’s learning report as evidence to vakmanschap criteria of the round',
    description:
      'Renders "Verslag professionele besluitvorming en leren <periode>" as PDF, stores it in the evidence library (sha256) and links it to the chosen criteria, all or nothing. Within the active organisation only; another organisation’s round answers 404.',
  })
  @ApiCreatedResponse({ type: LearningEvidenceResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown round or team, or another organisation’s' })
  @ApiConflictResponse({ description: 'problem+json /problems/round-submitted' })
  @ApiUnprocessableEntityResponse({
    description: `problem+json /problems/learning-evidence-not-vakmanschap (criterionCodes lists the refused codes); ${PERIOD}`,
  })
  linkEvidence(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: LearningEvidenceDto,
  ): Promise<LearningEvidenceResponseDto> {
    return this.evidence.link(actor, roundId, body);
  }
}
