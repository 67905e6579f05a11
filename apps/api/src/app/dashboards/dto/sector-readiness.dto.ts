import { DomainCode, SectorDomainFigure, SectorReadiness } from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { DOMAIN_CODES } from './round-readiness-report.dto';

export class SectorReadinessQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Only this rubric' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  rubricId?: string;

  @ApiPropertyOptional({ maxLength: 40, example: '1.0.0', description: 'Only this version' })
  @IsOptional()
  @Matches(/^\d+\.\d+\.\d+$/)
  @MaxLength(40)
  @IsString()
  rubricVersion?: string;
}

export class SectorQuartilesDto {
  @ApiProperty({ nullable: true, type: Number }) median: number | null;
  @ApiProperty({ nullable: true, type: Number }) p25: number | null;
  @ApiProperty({ nullable: true, type: Number }) p75: number | null;
}

export class SectorDomainFigureDto extends SectorQuartilesDto implements SectorDomainFigure {
  @ApiProperty({ enum: DOMAIN_CODES }) code: DomainCode;
  @ApiProperty() title: string;
  @ApiProperty({
    description: 'Organisations with a score in this domain; figures only from the minimum on',
  })
  organisations: number;
}

export class SectorReadinessDto implements SectorReadiness {
  @ApiProperty() rubricId: string;
  @ApiProperty() rubricVersion: string;
  @ApiProperty({ description: 'Fewer organisations than this show no figures' })
  minimumGroupSize: number;
  @ApiProperty({ description: 'Organisations whose latest submitted round is on this version' })
  organisations: number;
  @ApiProperty() suppressed: boolean;
  @ApiProperty({ type: SectorQuartilesDto, nullable: true }) overall: SectorQuartilesDto | null;
  @ApiProperty({ type: [SectorDomainFigureDto], description: 'Empty when suppressed' })
  domains: SectorDomainFigureDto[];
}
