import { PASSWORD_MAX_LENGTH } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'The current password, asked again before the account is deleted',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  password: string;
}
