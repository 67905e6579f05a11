import {
  AuthoredAggregate,
  LearningReport,
  LearningReportAction,
  LearningReportScope,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';
import { EvidenceResponseDto } from '../../evidence/dto/evidence-response.dto';

export class LearningReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One team; without it the organisation' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'First day, included' })
  @IsIsoDay()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-03-31', description: 'Last day, included' })
  @IsIsoDay()
  to: string;
}

export class LearningEvidenceDto extends LearningReportQueryDto {
  @ApiProperty({
    type: [String],
    example: ['VAK-09', 'VAK-10'],
    description: 'Criteria of the vakmanschap domain (VAK) of the round to link the report to',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  @Matches(/^[A-Z]{2,5}-\d{1,3}$/, { each: true })
  criterionCodes: string[];
}

const AGGREGATE = {
  description:
    '`{ isShown, total, buckets: [{ key, count }], hiddenBuckets }`; `isShown` false: fewer than `minAuthors` authors, so `total` is null and `buckets` empty; a bucket of fewer authors is left out and counted in `hiddenBuckets`',
};

/**
 * The learning report. The shape, for the web app (types in libs/domain `LearningReport`):
 * ```
 * { scope: { kind: 'organisation' } | { kind: 'team', teamId, teamName },
 *   period: { from, to, key: '2026-Q1' | '2026' | null, label },
 *   minAuthors: 3,
 *   reflections: { byModel, byDilemma, byDecisionKind },            // AuthoredAggregate each
 *   sessions: { total, totalPresent, byType: [{ sessionType, count, totalPresent }] },
 *   agreements: { made, reviewed },
 *   checkIns: { periodKeys: string[], byPeriod },                    // AuthoredAggregate
 *   actions: { total, byStatus: [{ status, count }],
 *              items: [{ id, roundId, criterionCode, title, status, dueDate, question }] } }
 * ```
 * AuthoredAggregate: `{ isShown, total, buckets: [{ key, count }], hiddenBuckets }`.
 */
export class LearningReportResponseDto implements LearningReport {
  @ApiProperty({
    description: "`{ kind: 'organisation' }` or `{ kind: 'team', teamId, teamName }`",
    type: Object,
  })
  scope: LearningReportScope;

  @ApiProperty({ description: '`{ from, to, key, label }`', type: Object })
  period: LearningReport['period'];

  @ApiProperty({ example: 3 }) minAuthors: number;

  @ApiProperty({ ...AGGREGATE, type: Object })
  reflections: {
    byModel: AuthoredAggregate;
    byDilemma: AuthoredAggregate;
    byDecisionKind: AuthoredAggregate;
  };

  @ApiProperty({ description: '`{ total, totalPresent, byType: [...] }`', type: Object })
  sessions: LearningReport['sessions'];

  @ApiProperty({ description: '`{ made, reviewed }`', type: Object })
  agreements: LearningReport['agreements'];

  @ApiProperty({ description: '`{ periodKeys, byPeriod }`', type: Object })
  checkIns: LearningReport['checkIns'];

  @ApiProperty({ description: '`{ total, byStatus, items }`', type: Object })
  actions: {
    total: number;
    byStatus: LearningReport['actions']['byStatus'];
    items: LearningReportAction[];
  };
}

export class LearningEvidenceResponseDto {
  @ApiProperty({ type: EvidenceResponseDto }) evidence: EvidenceResponseDto;
  @ApiProperty({ type: [String] }) criterionCodes: string[];
  @ApiProperty({ description: 'The sha256 of the stored PDF' }) sha256: string;
}
