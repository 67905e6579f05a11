import {
  DomainCode,
  MappingKind,
  RoundUpgradeCriterion,
  RoundUpgradeDropped,
  RoundUpgradePreview,
  UpgradeAnswerView,
  UpgradeItemRef,
  UpgradeOutcome,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

import { DOMAIN_CODES } from '../../dashboards/dto/round-readiness-report.dto';
import { AssessmentRoundDetailResponseDto } from './assessment-round-response.dto';

const VERSION = /^\d+\.\d+\.\d+$/;
const CODE = /^[A-Za-z0-9-]{1,20}$/;
const CHOICE_LIST =
  /^[A-Za-z0-9-]{1,20}:[A-Za-z0-9-]{1,20}(,[A-Za-z0-9-]{1,20}:[A-Za-z0-9-]{1,20}){0,49}$/;
const MAPPING_KINDS: MappingKind[] = ['unchanged', 'reworded', 'merged', 'split', 'new'];
const OUTCOMES: UpgradeOutcome[] = ['carried-over', 'needs-look', 'new', 'choose'];

/** `{ "IMP-05": "VAK-07" }`: at most 50 criterion codes, each naming one criterion code. */
function IsChoiceRecord(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isChoiceRecord',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 50 &&
          Object.entries(value).every(
            ([code, source]) => CODE.test(code) && typeof source === 'string' && CODE.test(source),
          ),
        defaultMessage: () =>
          'choices must map criterion codes to criterion codes, e.g. {"IMP-05": "VAK-07"}',
      },
    },
    options,
  );
}

/** `IMP-05:VAK-07,OTHER:CODE` as a record. */
export function parseChoiceList(list: string | undefined): Record<string, string> {
  if (!list) {
    return {};
  }
  return Object.fromEntries(list.split(',').map((pair) => pair.split(':') as [string, string]));
}

export class RoundUpgradeQueryDto {
  @ApiProperty({ example: '1.1.0', maxLength: 40, description: 'The version to upgrade to' })
  @Matches(VERSION, { message: 'to must be a version such as 1.1.0' })
  @MaxLength(40)
  @IsString()
  to: string;

  @ApiPropertyOptional({
    example: 'IMP-05:VAK-07',
    maxLength: 1100,
    description:
      'For merged criteria, which earlier answer each takes: comma-separated code:sourceCode pairs',
  })
  @IsOptional()
  @Matches(CHOICE_LIST, { message: 'choices must look like IMP-05:VAK-07,VAK-04:VAK-05' })
  @MaxLength(1100)
  @IsString()
  choices?: string;
}

export class UpgradeRoundDto {
  @ApiProperty({ example: '1.1.0', maxLength: 40, description: 'The version to upgrade to' })
  @Matches(VERSION, { message: 'to must be a version such as 1.1.0' })
  @MaxLength(40)
  @IsString()
  to: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 20 },
    maxProperties: 50,
    example: { 'IMP-05': 'VAK-07' },
    description:
      'For each merged criterion with several earlier answers, the earlier criterion whose answer it takes; without one the upgrade answers 422 upgrade-choice-missing',
  })
  @IsOptional()
  @IsChoiceRecord()
  @IsObject()
  choices?: Record<string, string>;
}

export class UpgradeAnswerViewDto implements UpgradeAnswerView {
  @ApiProperty() criterionCode: string;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty({ nullable: true, type: Number }) targetLevel: number | null;
  @ApiProperty() rationale: string;
  @ApiProperty() notApplicable: boolean;
  @ApiProperty({ nullable: true, type: String }) notApplicableReason: string | null;
}

export class UpgradeItemRefDto implements UpgradeItemRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class RoundUpgradeCriterionDto implements RoundUpgradeCriterion {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domain: DomainCode;
  @ApiProperty({ enum: MAPPING_KINDS }) kind: MappingKind;
  @ApiProperty({
    enum: OUTCOMES,
    description:
      'carried-over: the answer carries as it is; needs-look: it carries and must be confirmed; new: starts unscored; choose: a merged criterion waiting for a choice',
  })
  outcome: UpgradeOutcome;
  @ApiProperty({ type: [String] }) sources: string[];
  @ApiProperty({ nullable: true, type: String }) chosenSource: string | null;
  @ApiProperty({ type: UpgradeAnswerViewDto, nullable: true }) answer: UpgradeAnswerViewDto | null;
  @ApiProperty({ type: [UpgradeAnswerViewDto] }) candidates: UpgradeAnswerViewDto[];
  @ApiProperty() toConfirm: boolean;
  @ApiProperty({ type: [UpgradeItemRefDto] }) evidence: UpgradeItemRefDto[];
  @ApiProperty({ type: [UpgradeItemRefDto] }) actions: UpgradeItemRefDto[];
}

export class RoundUpgradeDroppedDto implements RoundUpgradeDropped {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: UpgradeAnswerViewDto, nullable: true }) answer: UpgradeAnswerViewDto | null;
  @ApiProperty({ type: [UpgradeItemRefDto] }) evidence: UpgradeItemRefDto[];
  @ApiProperty({ type: [UpgradeItemRefDto] }) actions: UpgradeItemRefDto[];
}

export class RoundUpgradePreviewDto implements RoundUpgradePreview {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() rubricId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [RoundUpgradeCriterionDto] }) criteria: RoundUpgradeCriterionDto[];
  @ApiProperty({ type: [RoundUpgradeDroppedDto] }) dropped: RoundUpgradeDroppedDto[];
  @ApiProperty({ type: [String] }) pendingChoices: string[];
}

export class RoundUpgradeResultDto {
  @ApiProperty({ type: RoundUpgradePreviewDto, description: 'What the upgrade did' })
  upgrade: RoundUpgradePreviewDto;
  @ApiProperty({ type: AssessmentRoundDetailResponseDto, description: 'The round after it' })
  round: AssessmentRoundDetailResponseDto;
}
