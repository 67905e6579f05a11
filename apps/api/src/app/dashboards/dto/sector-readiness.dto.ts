import {
  DomainCode,
  SectorComparability,
  SectorComparisonNote,
  SectorDomainFigure,
  SectorReadiness,
  SectorVersionRole,
  SectorVersionUse,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { DOMAIN_CODES } from './round-readiness-report.dto';

export class SectorReadinessQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Only this rubric' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  rubricId?: string;

  @ApiPropertyOptional({
    maxLength: 40,
    example: '1.0.0',
    description: 'Only the organisations on this version, compared on it alone',
  })
  @IsOptional()
  @Matches(/^\d+\.\d+\.\d+$/)
  @MaxLength(40)
  @IsString()
  rubricVersion?: string;

  @ApiPropertyOptional({
    maxLength: 40,
    example: '1.1.0',
    description:
      'The basis version to compare on (default: the newest version organisations are on); organisations on other versions count through the mapping. A rubric without this version is left out.',
  })
  @IsOptional()
  @Matches(/^\d+\.\d+\.\d+$/)
  @MaxLength(40)
  @IsString()
  version?: string;
}

const COMPARABILITY: SectorComparability[] = ['same-version', 'via-mapping'];
const VERSION_ROLES: SectorVersionRole[] = ['basis', 'via-mapping', 'not-comparable'];

export class SectorComparisonNoteDto implements SectorComparisonNote {
  @ApiProperty({
    enum: COMPARABILITY,
    description:
      'same-version: only organisations on the basis version; via-mapping: organisations on other versions too, on the criteria that continue one to one',
  })
  comparison: SectorComparability;
  @ApiProperty({ description: 'Criteria of the basis version left out: no one-to-one counterpart' })
  criteriaLeftOut: number;
  @ApiProperty({ description: 'Organisations on other versions left out: not comparable' })
  organisationsLeftOut: number;
}

export class SectorVersionUseDto implements SectorVersionUse {
  @ApiProperty() version: string;
  @ApiProperty({ description: 'Organisations whose latest submitted round is on this version' })
  organisations: number;
  @ApiProperty({ enum: VERSION_ROLES }) role: SectorVersionRole;
  @ApiProperty({ description: 'Criteria of this version no figure takes into account' })
  criteriaLeftOut: number;
}

export class SectorQuartilesDto {
  @ApiProperty({ nullable: true, type: Number }) median: number | null;
  @ApiProperty({ nullable: true, type: Number }) p25: number | null;
  @ApiProperty({ nullable: true, type: Number }) p75: number | null;
}

export class SectorDomainFigureDto extends SectorQuartilesDto implements SectorDomainFigure {
  @ApiProperty({ enum: COMPARABILITY }) comparison: SectorComparability;
  @ApiProperty() criteriaLeftOut: number;
  @ApiProperty() organisationsLeftOut: number;
  @ApiProperty({ enum: DOMAIN_CODES }) code: DomainCode;
  @ApiProperty() title: string;
  @ApiProperty({
    description: 'Organisations with a score in this domain; figures only from the minimum on',
  })
  organisations: number;
}

export class SectorReadinessDto extends SectorComparisonNoteDto implements SectorReadiness {
  @ApiProperty() rubricId: string;
  @ApiProperty({ description: 'The basis version: every figure is on its criteria' })
  rubricVersion: string;
  @ApiProperty({ description: 'Fewer organisations than this show no figures' })
  minimumGroupSize: number;
  @ApiProperty({ description: 'Organisations the overall figure counts' })
  organisations: number;
  @ApiProperty() suppressed: boolean;
  @ApiProperty({ type: SectorQuartilesDto, nullable: true }) overall: SectorQuartilesDto | null;
  @ApiProperty({ type: [SectorDomainFigureDto], description: 'Empty when suppressed' })
  domains: SectorDomainFigureDto[];
  @ApiProperty({ type: [SectorVersionUseDto], description: 'Every version, oldest first' })
  versions: SectorVersionUseDto[];
}
