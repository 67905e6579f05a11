import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { SectorReadinessDto, SectorReadinessQueryDto } from './dto/sector-readiness.dto';
import { NOT_ALLOWED, NOT_LOGGED_IN } from './round-dashboards.controller';
import { SectorReadinessService } from './sector-readiness.service';

@ApiTags('dashboards')
@ApiCookieAuth()
@Controller({ path: 'sector', version: '1' })
export class SectorReadinessController {
  constructor(private readonly sector: SectorReadinessService) {}

  @Get('readiness')
  @Can('sector.read')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "Anonymised readiness across organisations per rubric, compared on one version (each organisation's latest submitted round; other versions through the mapping): median and quartiles, suppressed below 5 organisations; platform admins only",
    description:
      "Platform admins (the label owner's staff) only. No organisation is named or can be singled out: figures based on fewer than 5 organisations are left out. Each figure says whether it compares organisations on the same version only or through the mapping (criteria that continue unchanged or reworded); merged, split, new and dropped criteria are left out of a comparison across versions, and counted.",
  })
  @ApiOkResponse({ type: [SectorReadinessDto] })
  @ApiBadRequestResponse({ description: 'problem+json /problems/validation-failed' })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  @ApiForbiddenResponse(NOT_ALLOWED)
  readiness(@Query() query: SectorReadinessQueryDto): Promise<SectorReadinessDto[]> {
    return this.sector.readiness(query);
  }
}
