import { ACTION_STATUSES, ActionStatus, ImprovementAction } from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { MemberRefDto, UserRefDto } from '../../common/dto/refs.dto';

export class ImprovementActionResponseDto implements ImprovementAction {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() criterionCode: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: MemberRefDto, nullable: true }) owner: MemberRefDto | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ nullable: true, type: String }) reflection: string | null;
  @ApiProperty({ description: 'Past its due date and not done or cancelled' }) isOverdue: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) updatedBy: UserRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt: string | null;
}
