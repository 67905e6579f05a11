import { ACCOUNT_LANGUAGES } from '@labelklaar/domain';

import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/**
 * The language a new account starts with (its mail, and its interface on a new device): the web
 * sends the language the person is reading in. Ignored when the address already has an account.
 */
export function NewAccountLanguage(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: ACCOUNT_LANGUAGES,
      description: 'Of a new account; Dutch when left out',
    }),
    IsOptional(),
    IsIn(ACCOUNT_LANGUAGES),
  );
}
