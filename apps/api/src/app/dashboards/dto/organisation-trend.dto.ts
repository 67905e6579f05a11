import {
  DomainCode,
  OrganisationTrend,
  ROUND_STATUSES,
  RoundStatus,
  TrendPoint,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { DOMAIN_CODES } from './round-readiness-report.dto';

export class TrendDomainDto {
  @ApiProperty({ enum: DOMAIN_CODES }) code: DomainCode;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
}

export class TrendPointDto implements TrendPoint {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status: RoundStatus;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'A submitted round is measured on this day, a draft today',
  })
  submittedAt: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Overall readiness (0–100)' })
  overall: number | null;
  @ApiProperty({ type: [TrendDomainDto] }) domains: TrendDomainDto[];
}

export class OrganisationTrendDto implements OrganisationTrend {
  @ApiProperty({ type: [TrendPointDto], description: 'Oldest round first (by target date)' })
  rounds: TrendPointDto[];
}
