import { ApiProperty } from '@nestjs/swagger';
import { MEMBER_ROLES, MemberRole } from '@labelklaar/domain';
import { IsIn } from 'class-validator';

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}
