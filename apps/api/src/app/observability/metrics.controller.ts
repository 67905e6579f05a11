import { Controller, Get, Header, Res, UseGuards, VERSION_NEUTRAL } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Response } from 'express';

import { Public } from '../common/auth/auth.decorators';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsService } from './metrics.service';

/** Outside /api (createApp excludes it from the prefix), where Prometheus looks by default. */
@ApiTags('health')
@Public()
@UseGuards(MetricsAccessGuard)
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Prometheus metrics of this instance',
    description:
      "For the operator's monitoring: request durations per route template, the database pool, the job queue depth per queue, export durations, and the process's default metrics. Answers a direct connection from the host itself, or a request with `Authorization: Bearer <LABELKLAAR_METRICS_TOKEN>`; without a token configured, anyone else gets 404.",
  })
  @ApiBearerAuth('metrics-token')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format 0.0.4',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({
    description:
      'problem+json /problems/metrics-token-required: a token is configured and this request has not got it',
  })
  @ApiNotFoundResponse({
    description: 'problem+json /problems/not-found: not from this host and no token configured',
  })
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    const { contentType, body } = await this.metrics.scrape();
    response.type(contentType);
    return body;
  }
}
