import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { RoundComparisonDto, RoundComparisonQueryDto } from './dto/round-comparison.dto';
import { RoundReadinessReportDto } from './dto/round-readiness-report.dto';
import { RoundComparisonService } from './round-comparison.service';
import { RoundReportService } from './round-report.service';

export const NOT_LOGGED_IN = { description: 'problem+json /problems/not-authenticated' };
export const NOT_ALLOWED = { description: 'problem+json /problems/forbidden' };

@ApiTags('dashboards')
@ApiCookieAuth()
@Controller({ path: 'rounds', version: '1' })
export class RoundDashboardsController {
  constructor(
    private readonly reports: RoundReportService,
    private readonly comparisons: RoundComparisonService,
  ) {}

  @Get(':roundId/readiness')
  @Can('round.readiness')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Readiness of the round today: overall and per domain, every criterion, statuses, the audit blockers on the target date, evidence expiring before it, and the improvement actions',
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Computed on the fly from the responses, the evidence and the rubric; nothing is stored.',
  })
  @ApiOkResponse({ type: RoundReadinessReportDto })
  @ApiNotFoundResponse({ description: 'problem+json /problems/not-found: no such round here' })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_ALLOWED)
  readiness(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<RoundReadinessReportDto> {
    return this.reports.report(actor.organisationId, roundId);
  }

  @Get(':roundId/comparison')
  @Can('organisation.trend')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Criterion by criterion from the `with` round to this one: improved, declined, unchanged (added or removed across rubric versions), with the rationale of each',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Both rounds must belong to the active organisation; criteria are matched across rubric versions by the rubric's mapping.",
  })
  @ApiOkResponse({ type: RoundComparisonDto })
  @ApiBadRequestResponse({ description: 'problem+json /problems/validation-failed' })
  @ApiNotFoundResponse({
    description: 'problem+json /problems/not-found: either round is not of this organisation',
  })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_ALLOWED)
  comparison(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Query() query: RoundComparisonQueryDto,
  ): Promise<RoundComparisonDto> {
    return this.comparisons.compare(actor.organisationId, roundId, query.with);
  }
}
