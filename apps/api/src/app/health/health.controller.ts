import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

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
  @ApiOperation({ summary: 'Liveness and database reachability' })
  check(): Promise<HealthResponseDto> {
    return this.health.check();
  }
}
