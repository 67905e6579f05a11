import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'kwaliteit@voorbeeld.nl', maxLength: 254 })
  @MaxLength(254)
  @IsEmail()
  email: string;
}

export class ConfirmPasswordResetDto {
  @ApiProperty({ description: 'The token= of the mailed link', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  token: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Refused when easy to guess: common words and passwords, patterns, own names',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(PASSWORD_MIN_LENGTH)
  @IsString()
  password: string;
}
