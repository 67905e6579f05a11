import {
  ACTION_DESCRIPTION_MAX_LENGTH,
  ACTION_REFLECTION_MAX_LENGTH,
  ACTION_STATUSES,
  ACTION_TITLE_MAX_LENGTH,
  ActionStatus,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

export class CreateActionDto {
  @ApiProperty({ example: 'VAK-03', maxLength: 20 })
  @MaxLength(20)
  @IsNotEmpty()
  @IsString()
  criterionCode: string;

  @ApiProperty({ example: 'Intervisie maandelijks inplannen', maxLength: ACTION_TITLE_MAX_LENGTH })
  @MaxLength(ACTION_TITLE_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiPropertyOptional({ maxLength: ACTION_DESCRIPTION_MAX_LENGTH, default: '' })
  @IsOptional()
  @MaxLength(ACTION_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A member id (quality officer or contributor)',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsIsoDay()
  dueDate?: string | null;
}

/** Only the fields given change; `null` clears owner or due date. */
export class UpdateActionDto {
  @ApiProperty({
    description: 'The version the client last saw; a stale one answers 409 with the current action',
  })
  @Min(1)
  @IsInt()
  version: number;

  @ApiPropertyOptional({ maxLength: ACTION_TITLE_MAX_LENGTH })
  @IsOptional()
  @MaxLength(ACTION_TITLE_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ maxLength: ACTION_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @MaxLength(ACTION_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsIsoDay()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: ACTION_REFLECTION_MAX_LENGTH,
    description: 'Required to mark the action done',
  })
  @IsOptional()
  @MaxLength(ACTION_REFLECTION_MAX_LENGTH)
  @IsString()
  reflection?: string | null;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListActionsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ maxLength: 20 })
  @IsOptional()
  @MaxLength(20)
  @IsString()
  criterionCode?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Member id of the owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only actions past their due date that are not done or cancelled',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}
