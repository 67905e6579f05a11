import {
  PEER_GROUP_DESCRIPTION_MAX_LENGTH,
  PEER_GROUP_INVITATION_DEFAULT_DAYS,
  PEER_GROUP_INVITATION_MAX_DAYS,
  PEER_GROUP_NAME_MAX_LENGTH,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class CreatePeerGroupDto {
  @ApiProperty({ example: 'Toetsingsgroep Noord', maxLength: PEER_GROUP_NAME_MAX_LENGTH })
  @MaxLength(PEER_GROUP_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiPropertyOptional({ maxLength: PEER_GROUP_DESCRIPTION_MAX_LENGTH, default: '' })
  @IsOptional()
  @MaxLength(PEER_GROUP_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;
}

export class InviteOrganisationDto {
  @ApiProperty({
    example: 'kwaliteit@buurtwerk.nl',
    maxLength: 254,
    description: "The other organisation's quality officer",
  })
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: PEER_GROUP_INVITATION_MAX_DAYS,
    default: PEER_GROUP_INVITATION_DEFAULT_DAYS,
    description: 'How many days the link stays valid',
  })
  @IsOptional()
  @Max(PEER_GROUP_INVITATION_MAX_DAYS)
  @Min(1)
  @IsInt()
  expiresInDays?: number;
}

export class PeerGroupTokenDto {
  @ApiProperty({ description: 'The token from the link to join the group', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  token: string;
}
