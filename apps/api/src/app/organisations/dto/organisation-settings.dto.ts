import { OrganisationSettings } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** What a quality officer sets for the whole organisation. */
export class OrganisationSettingsDto implements OrganisationSettings {
  @ApiProperty({
    description:
      'A manager has to establish (vaststellen) a round before it can be submitted; without it, submission answers 422 sign-off-missing',
  })
  @IsBoolean()
  signOffRequired: boolean;
}
