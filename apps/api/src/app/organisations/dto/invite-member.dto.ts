import { MEMBER_ROLES, MemberRole } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, MaxLength } from 'class-validator';

export class InviteMemberDto {
  @ApiProperty({ example: 'collega@voorbeeld.nl', maxLength: 254 })
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}
