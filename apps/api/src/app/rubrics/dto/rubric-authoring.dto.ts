import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export class CreateRubricDraftDto {
  @ApiPropertyOptional({
    example: '1.0.0',
    description:
      'A published or retired version to copy (numbered as the next minor version, mapped one to one to its source); without it, an empty draft',
  })
  @IsOptional()
  @Matches(SEMVER, { message: 'semver' })
  @MaxLength(40)
  @IsString()
  fromVersion?: string;
}

export class SaveRubricDraftDto {
  @ApiProperty({
    description:
      'The draft version the client last saw; a stale one answers 409 version-conflict with the draft as it is now',
  })
  @Max(2_147_483_647)
  @Min(1)
  @IsInt()
  version: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The whole rubric version as in the YAML schema (libs/criteria/src/lib/rubric.schema.json); saved even when it breaks rules, which the answer lists under violations',
  })
  @IsObject()
  content: Record<string, unknown>;
}

export class PublishRubricDraftDto {
  @ApiPropertyOptional({
    description: 'The draft version the admin reviewed; when given and stale, 409 version-conflict',
  })
  @IsOptional()
  @Max(2_147_483_647)
  @Min(1)
  @IsInt()
  version?: number;
}

export class CompareRubricQueryDto {
  @ApiProperty({ example: '1.0.0', description: 'The earlier version' })
  @Matches(SEMVER, { message: 'semver' })
  @MaxLength(40)
  @IsString()
  from: string;

  @ApiProperty({ example: '1.1.0', description: 'The later version' })
  @Matches(SEMVER, { message: 'semver' })
  @MaxLength(40)
  @IsString()
  to: string;
}

export class RuleViolationDto {
  @ApiProperty({
    description:
      'Where: a YAML path (`domains[2].criteria[0].metLevel`), `line L, column C`, or for a workbook `sheet S, row R, column C (path)`',
  })
  location: string;
  @ApiProperty({ example: 'unknown-evidence-kind' }) rule: string;
  @ApiProperty() detail: string;
  @ApiPropertyOptional({ description: 'Workbook imports: the sheet' }) sheet?: string;
  @ApiPropertyOptional({ description: 'Workbook imports: the row (1 is the header)' })
  row?: number;
  @ApiPropertyOptional({ description: 'Workbook imports: the column header' }) column?: string;
}

export class RubricDraftResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() rubricId: string;
  @ApiProperty({ description: 'Optimistic version: send it with the next save' }) version: number;
  @ApiProperty({ enum: ['copy', 'empty', 'import'] }) origin: string;
  @ApiProperty({ nullable: true, type: String }) baseVersion: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) content: unknown;
  @ApiProperty({ type: [RuleViolationDto], description: 'Every rule the content breaks now' })
  violations: RuleViolationDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ nullable: true, type: String }) updatedBy: string | null;
}

class LibraryVersionDto {
  @ApiProperty() version: string;
  @ApiProperty({ enum: ['draft', 'published', 'retired'] }) status: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) retiredAt: string | null;
  @ApiProperty({ description: 'sha256 of the canonical content' }) contentHash: string;
  @ApiProperty({ nullable: true, type: String }) previousVersion: string | null;
  @ApiProperty() criterionCount: number;
  @ApiProperty({ description: 'Rounds of all organisations on this version' }) rounds: number;
  @ApiProperty({ description: 'Of those, the open (draft) rounds' }) openRounds: number;
}

class LibraryDraftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String }) targetVersion: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['copy', 'empty', 'import'] }) origin: string;
  @ApiProperty({ nullable: true, type: String }) baseVersion: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ nullable: true, type: String }) updatedBy: string | null;
  @ApiProperty() violationCount: number;
}

export class RubricLibraryEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [LibraryVersionDto] }) versions: LibraryVersionDto[];
  @ApiProperty({ type: [LibraryDraftDto] }) drafts: LibraryDraftDto[];
}

export class RubricHistoryEntryDto {
  @ApiProperty({
    enum: ['draft-started', 'imported', 'published', 'retired', 'bundled-file-loaded'],
  })
  type: string;
  @ApiProperty({ nullable: true, type: String }) version: string | null;
  @ApiProperty({ nullable: true, type: String }) draftId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null: the system (start-up)' })
  actorName: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
}

export const UPLOAD_RUBRIC_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description:
        'A .yaml/.yml file in the rubric schema, or an .xlsx workbook in the template layout',
    },
  },
};
