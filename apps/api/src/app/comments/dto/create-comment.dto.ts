import { COMMENT_MAX_LENGTH, COMMENT_MAX_MENTIONS, NewCriterionComment } from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

export class CreateCommentDto implements NewCriterionComment {
  @ApiProperty({ example: '@Jan de Vries, heb jij het verslag van de cliëntenraad?' })
  @MaxLength(COMMENT_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  body: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: COMMENT_MAX_MENTIONS,
    default: [],
    description:
      'Membership ids (`memberId`) of the members the comment mentions; each is told in the notification centre',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(COMMENT_MAX_MENTIONS)
  @IsArray()
  mentions?: string[];
}
