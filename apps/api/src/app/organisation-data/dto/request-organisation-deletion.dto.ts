import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RequestOrganisationDeletionDto {
  @ApiProperty({
    maxLength: 200,
    description: "The organisation's name, typed as confirmation (spaces around it do not count)",
  })
  @MaxLength(200)
  @IsString()
  confirmation: string;
}
