import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RoundEventsQueryDto {
  @ApiPropertyOptional({ maxLength: 20, description: "Only this criterion's history" })
  @IsOptional()
  @MaxLength(20)
  @IsString()
  criterionCode?: string;
}
