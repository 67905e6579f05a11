import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { OrganisationTrendDto } from './dto/organisation-trend.dto';
import { OrganisationTrendService } from './organisation-trend.service';
import { NOT_ALLOWED, NOT_LOGGED_IN } from './round-dashboards.controller';

@ApiTags('dashboards')
@ApiCookieAuth()
@Controller({ path: 'organisation', version: '1' })
export class OrganisationTrendController {
  constructor(private readonly trends: OrganisationTrendService) {}

  @Get('trend')
  @Can('organisation.trend')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "Readiness overall and per domain across the active organisation's rounds, oldest first; submitted rounds as of their submission day, drafts as of today",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). One point per round, for the trend chart of the dashboard.',
  })
  @ApiOkResponse({ type: OrganisationTrendDto })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_ALLOWED)
  trend(@CurrentActor() actor: Actor): Promise<OrganisationTrendDto> {
    return this.trends.trend(actor.organisationId);
  }
}
