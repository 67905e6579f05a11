import {
  EventSnapshot,
  ROUND_EVENT_SUBJECTS,
  ROUND_EVENT_TYPES,
  RoundEvent,
  RoundEventSubject,
  RoundEventType,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { UserRefDto } from '../../common/dto/refs.dto';

export class RoundEventResponseDto implements RoundEvent {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Order of the events within the trail' }) sequence: number;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ nullable: true, type: String }) criterionCode: string | null;
  @ApiProperty({ enum: ROUND_EVENT_SUBJECTS }) subject: RoundEventSubject;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) subjectId: string | null;
  @ApiProperty({ enum: ROUND_EVENT_TYPES }) type: RoundEventType;
  @ApiProperty({ type: UserRefDto, nullable: true }) actor: UserRefDto | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before: EventSnapshot | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after: EventSnapshot | null;
}
