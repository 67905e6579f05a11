import { Controller, Get, Header, VERSION_NEUTRAL } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';

import { Public } from '../common/auth/auth.decorators';
import { HealthService } from './health.service';
import { CheckOutcome } from './readiness';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database: 'embedded' | 'postgres';
  @ApiProperty() version: string;
  @ApiProperty({ format: 'date-time' }) time: string;
}

export class LivenessResponseDto {
  @ApiProperty({ enum: ['live'] }) status: 'live';
  @ApiProperty() version: string;
  @ApiProperty({ format: 'date-time' }) time: string;
}

export class ReadinessChecksDto {
  @ApiProperty({ enum: ['ok'] }) database: CheckOutcome;
  @ApiProperty({ enum: ['ok'] }) migrations: CheckOutcome;
  @ApiProperty({ enum: ['ok'] }) storage: CheckOutcome;
}

export class ReadinessResponseDto {
  @ApiProperty({ enum: ['ready'] }) status: 'ready';
  @ApiProperty({ type: ReadinessChecksDto }) checks: ReadinessChecksDto;
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

  @Get('live')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Liveness: the process is up',
    description:
      'No login needed. 200 as long as the process runs and answers; it asks nothing of the database or the storage, so an orchestrator restarts the process only when the process itself is stuck.',
  })
  @ApiOkResponse({ type: LivenessResponseDto })
  live(): LivenessResponseDto {
    return this.health.live();
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Readiness: database, migrations and storage',
    description:
      'No login needed. 200 when the database answers, every migration of this version is applied and the evidence storage takes a file (a probe is stored and removed). 503 not-ready otherwise: the detail names what is not ready, `checks` gives each outcome (database: unreachable; migrations: pending or unknown; storage: not-writable).',
  })
  @ApiOkResponse({ type: ReadinessResponseDto })
  @ApiServiceUnavailableResponse({
    description: 'problem+json /problems/not-ready, with `checks` naming each outcome',
  })
  ready(): Promise<ReadinessResponseDto> {
    return this.health.ready();
  }
}
