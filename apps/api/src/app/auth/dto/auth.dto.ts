import { AccountLanguage, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

import { NewAccountLanguage } from '../../common/validation/new-account-language.decorator';

export class LoginDto {
  @ApiProperty({ example: 'kwaliteit@voorbeeld.nl', maxLength: 254 })
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiProperty({ maxLength: 200 })
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  password: string;
}

export class RegisterDto {
  @ApiProperty({ example: 'Stichting Welzijn Oost', minLength: 2, maxLength: 200 })
  @MaxLength(200)
  @MinLength(2)
  @IsString()
  organisationName: string;

  @ApiProperty({ example: 'Sanne de Vries', maxLength: 120 })
  @MaxLength(120)
  @IsNotEmpty()
  @IsString()
  displayName: string;

  @ApiProperty({ maxLength: 254 })
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Refused when easy to guess: common words and passwords, patterns, own names',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(PASSWORD_MIN_LENGTH)
  @IsString()
  password: string;

  @NewAccountLanguage()
  language?: AccountLanguage;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  currentPassword: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Refused when easy to guess: common words and passwords, patterns, own names',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(PASSWORD_MIN_LENGTH)
  @IsString()
  newPassword: string;
}

export class SetActiveOrganisationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;
}

export class InvitationTokenDto {
  @ApiProperty({ description: 'The token from the invitation link', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  token: string;
}

export class AcceptInvitationDto extends InvitationTokenDto {
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
    description: "The existing account's password, or the new one (at least 12 characters)",
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
