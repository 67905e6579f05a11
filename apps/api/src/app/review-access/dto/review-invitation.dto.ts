import {
  AccountLanguage,
  PASSWORD_MIN_LENGTH,
  REVIEW_INVITATION_MESSAGE_MAX_LENGTH,
  REVIEWER_ORGANISATION_NAME_MAX_LENGTH,
  ReviewInvitationInput,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';
import { NewAccountLanguage } from '../../common/validation/new-account-language.decorator';

export class CreateReviewInvitationDto implements ReviewInvitationInput {
  @ApiProperty({ example: 'toetser@buurtkracht.nl', maxLength: 254 })
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiProperty({
    example: 'Stichting Buurtkracht',
    maxLength: REVIEWER_ORGANISATION_NAME_MAX_LENGTH,
  })
  @MaxLength(REVIEWER_ORGANISATION_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  reviewerOrganisationName: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'The last day the link and the access work: from today to today + 90; default today + 30',
  })
  @IsOptional()
  @IsIsoDay()
  expiresOn?: string;

  @ApiPropertyOptional({ maxLength: REVIEW_INVITATION_MESSAGE_MAX_LENGTH, default: '' })
  @IsOptional()
  @MaxLength(REVIEW_INVITATION_MESSAGE_MAX_LENGTH)
  @IsString()
  message?: string;

  @ApiPropertyOptional({
    description:
      'The lead reviewer merges the reviews into the leerrapport; default: true when the round has no active lead reviewer yet',
  })
  @IsOptional()
  @IsBoolean()
  lead?: boolean;
}

export class ReviewInvitationTokenDto {
  @ApiProperty({ description: 'The token from the invitation link', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  token: string;
}

export class AcceptReviewInvitationDto extends ReviewInvitationTokenDto {
  @ApiPropertyOptional({
    description: 'Needed when the invited address has no account yet',
    maxLength: 120,
  })
  @IsOptional()
  @MaxLength(120)
  @IsNotEmpty()
  @IsString()
  displayName?: string;

  @ApiPropertyOptional({
    description: `The existing account's password, or the new one (at least ${PASSWORD_MIN_LENGTH} characters)`,
    maxLength: 200,
  })
  @IsOptional()
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  password?: string;

  @NewAccountLanguage()
  language?: AccountLanguage;
}
