import { SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_MIN_LENGTH } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SearchQueryDto {
  @ApiProperty({
    minLength: SEARCH_QUERY_MIN_LENGTH,
    maxLength: SEARCH_QUERY_MAX_LENGTH,
    example: 'cliëntervaring',
    description: 'Words to find (each must occur), trimmed; 2 to 200 characters',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @MinLength(SEARCH_QUERY_MIN_LENGTH)
  @IsString()
  q: string;
}
