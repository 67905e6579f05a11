import { CriterionComment } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { MemberRefDto, UserRefDto } from '../../common/dto/refs.dto';

export class CommentResponseDto implements CriterionComment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ example: 'VAK-02' }) criterionCode: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) author: UserRefDto | null;
  @ApiProperty() body: string;
  @ApiProperty({
    type: [MemberRefDto],
    description: 'The mentioned people who are still members, by their current name',
  })
  mentions: MemberRefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
