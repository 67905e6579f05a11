import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';

import { Public } from '../common/auth/auth.decorators';
import { HealthService } from './health.service';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database: 'embedded' | 'postgres';
  @ApiProperty() version: string;
  @ApiProperty({ format: 'date-time' }) time: string;
}

@ApiTags('health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({
    summary: 'Liveness and database reachability',
    description:
      'No login needed. 200 when the API runs and its database answers; 503 database-unavailable with Retry-After while the database cannot be reached.',
  })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({
    description: 'problem+json /problems/database-unavailable, with Retry-After',
  })
  check(): Promise<HealthResponseDto> {
    return this.health.check();
  }
}
