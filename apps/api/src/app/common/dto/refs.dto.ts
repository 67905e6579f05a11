import { MemberRef, UserRef } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class UserRefDto implements UserRef {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ description: 'Empty when the person has left the organisation' })
  displayName: string;
}

export class MemberRefDto implements MemberRef {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() displayName: string;
}
