import {
  NOT_APPLICABLE_REASON_MAX_LENGTH,
  RATIONALE_MAX_LENGTH,
  RESPONSE_STATES,
  ResponseState,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** The whole answer (PUT replaces it); saving also confirms an answer carried over from the last round. */
export class SaveResponseDto {
  @ApiProperty({
    description:
      'The version the client last saw; a stale one answers 409 with the current response',
  })
  @Min(1)
  @IsInt()
  version: number;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "A level of the criterion's maturity scale",
  })
  @IsOptional()
  @Max(100)
  @Min(0)
  @IsInt()
  level?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @Max(100)
  @Min(0)
  @IsInt()
  targetLevel?: number | null;

  @ApiPropertyOptional({ maxLength: RATIONALE_MAX_LENGTH, default: '' })
  @IsOptional()
  @MaxLength(RATIONALE_MAX_LENGTH)
  @IsString()
  rationale?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Only where the rubric allows it, and with a reason',
  })
  @IsOptional()
  @IsBoolean()
  notApplicable?: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: NOT_APPLICABLE_REASON_MAX_LENGTH,
  })
  @IsOptional()
  @MaxLength(NOT_APPLICABLE_REASON_MAX_LENGTH)
  @IsString()
  notApplicableReason?: string | null;

  @ApiPropertyOptional({ enum: RESPONSE_STATES, default: 'draft' })
  @IsOptional()
  @IsIn(RESPONSE_STATES)
  state?: ResponseState;
}

export class SetOwnerDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A member id (quality officer or contributor), or null',
  })
  @IsOptional()
  @IsUUID()
  memberId: string | null;
}

/** "Klopt nog": confirms a carried-over answer as it stands. */
export class ConfirmResponseDto {
  @ApiProperty({
    description:
      'The version the client last saw; a stale one answers 409 with the current response',
  })
  @Min(1)
  @IsInt()
  version: number;
}

/** Confirms every carried-over answer of one domain of the round. */
export class ConfirmDomainDto {
  @ApiProperty({ description: 'The code of a domain of the round’s rubric', example: 'VAK' })
  @Matches(/^[A-Z]{2,8}$/, { message: 'domain must be a domain code such as VAK' })
  @IsString()
  domain: string;
}

export class ConfirmedResponsesDto {
  @ApiProperty({
    type: [String],
    description: 'The criteria whose carried-over answers were confirmed, in rubric order',
  })
  confirmed: string[];
}
