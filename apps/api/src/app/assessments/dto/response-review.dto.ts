import {
  ACTION_STATUSES,
  ActionStatus,
  DomainCode,
  MAX_BULK_ASSIGN,
  MEMBER_ROLES,
  MemberRole,
  MemberWork,
  OwnedAction,
  OwnedCriterion,
  ReviewQueueItem,
  SEND_BACK_COMMENT_MAX_LENGTH,
  WhoDoesWhat,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

import { MemberRefDto, UserRefDto } from '../../common/dto/refs.dto';

const DOMAIN_CODES: DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];

/** Accepting an answer marked ready, with the version last seen. */
export class AcceptResponseDto {
  @ApiProperty({ description: 'The version of the response last seen' })
  @Min(1)
  @IsInt()
  version: number;
}

/** Sending an answer back to its owner, with what to change. */
export class SendBackResponseDto {
  @ApiProperty({ description: 'The version of the response last seen' })
  @Min(1)
  @IsInt()
  version: number;

  @ApiProperty({
    maxLength: SEND_BACK_COMMENT_MAX_LENGTH,
    example: 'Noem een voorbeeld uit het werkoverleg van dit jaar.',
  })
  @MaxLength(SEND_BACK_COMMENT_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  comment: string;
}

/** One owner for several criteria of a round at once. */
export class AssignOwnersDto {
  @ApiProperty({ type: [String], example: ['OPD-01', 'OPD-02'], maxItems: MAX_BULK_ASSIGN })
  @ArrayUnique()
  @ArrayMaxSize(MAX_BULK_ASSIGN)
  @ArrayMinSize(1)
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { each: true })
  @IsString({ each: true })
  @IsArray()
  criterionCodes: string[];

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A member id (quality officer or contributor), or null to clear',
  })
  @IsOptional()
  @IsUUID()
  memberId: string | null;
}

export class ReviewQueueItemDto implements ReviewQueueItem {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() criterionCode: string;
  @ApiProperty() criterionTitle: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty() notApplicable: boolean;
  @ApiProperty() rationale: string;
  @ApiProperty({ type: MemberRefDto, nullable: true }) owner: MemberRefDto | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) updatedBy: UserRefDto | null;
  @ApiProperty() evidenceCount: number;
}

export class OwnedCriterionDto implements OwnedCriterion {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Scored on the scale, or not applicable where allowed' })
  scored: boolean;
  @ApiProperty({ description: 'Scored and not waiting for "Klopt nog"' }) confirmed: boolean;
  @ApiProperty({ description: 'Marked ready for checking' }) ready: boolean;
  @ApiProperty() accepted: boolean;
  @ApiProperty() sentBack: boolean;
}

export class OwnedActionDto implements OwnedAction {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() criterionCode: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ description: 'Open and past its due date' }) late: boolean;
}

class CriterionCountsDto {
  @ApiProperty() criteria: number;
  @ApiProperty() scored: number;
  @ApiProperty() confirmed: number;
  @ApiProperty() ready: number;
  @ApiProperty() accepted: number;
}

class ActionCountsDto {
  @ApiProperty() open: number;
  @ApiProperty() late: number;
}

export class MemberWorkDto implements MemberWork {
  @ApiProperty({ type: MemberRefDto }) member: MemberRefDto;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ type: [OwnedCriterionDto] }) criteria: OwnedCriterionDto[];
  @ApiProperty({ type: CriterionCountsDto }) counts: CriterionCountsDto;
  @ApiProperty({ type: [OwnedActionDto] }) actions: OwnedActionDto[];
  @ApiProperty({ type: ActionCountsDto }) actionCounts: ActionCountsDto;
}

class UnassignedCriterionDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class WhoDoesWhatDto implements WhoDoesWhat {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ type: [MemberWorkDto] }) members: MemberWorkDto[];
  @ApiProperty({ type: [UnassignedCriterionDto] }) unassigned: UnassignedCriterionDto[];
}
