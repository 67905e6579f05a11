import {
  ACCOUNT_LANGUAGES,
  AccountLanguage,
  AccountProfile,
  AccountSession,
  ChangeEmailRequest,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  UpdateAccountProfile,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class UpdateAccountProfileDto implements UpdateAccountProfile {
  @ApiProperty({ example: 'Sanne de Vries', maxLength: DISPLAY_NAME_MAX_LENGTH })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  displayName: string;

  @ApiProperty({ enum: ACCOUNT_LANGUAGES, description: 'Of the interface and of the mail' })
  @IsIn(ACCOUNT_LANGUAGES)
  language: AccountLanguage;
}

export class ChangeEmailDto implements ChangeEmailRequest {
  @ApiProperty({ example: 'sanne@voorbeeld.nl', maxLength: EMAIL_MAX_LENGTH })
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail()
  email: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  currentPassword: string;
}

export class ConfirmEmailChangeDto {
  @ApiProperty({ description: 'The token from the mailed link', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  token: string;
}

export class AccountProfileResponseDto implements AccountProfile {
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ACCOUNT_LANGUAGES }) language: AccountLanguage;
  @ApiProperty({ nullable: true, type: String }) pendingEmail: string | null;
}

export class AccountSessionResponseDto implements AccountSession {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
  @ApiProperty({ nullable: true, type: String }) ipAddress: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ description: 'The session of this request' }) current: boolean;
}
