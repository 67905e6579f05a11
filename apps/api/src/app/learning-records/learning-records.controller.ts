import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import {
  LearningRecordDto,
  LearningRecordQueryDto,
  LearningRecordResponseDto,
} from './dto/learning-record.dto';
import { LearningRecordsService } from './learning-records.service';

const CHECKS = 'problem+json /problems/personal-data-in-text (with `errors` per field)';
const LEAD_ONLY =
  'problem+json /problems/not-team-lead (only a lead of the team or the quality officer), /problems/organisation-learning-officer-only (a record without a team: the quality officer)';
const NOT_FOUND = 'Unknown, another organisation’s, or a team the member does not see';

@ApiTags('team-learning')
@ApiCookieAuth()
@Controller({ path: 'learning-records', version: '1' })
export class LearningRecordsController {
  constructor(private readonly records: LearningRecordsService) {}

  @Get()
  @Can('learning-records.read')
  @ApiOperation({
    summary: 'Learning with clients and other organisations, newest first',
    description:
      'What was asked of clients (client council, survey, conversations) and learned with other organisations. A professional sees their own teams’ records; the others every team’s and the organisation’s own.',
  })
  @ApiOkResponse({ type: [LearningRecordResponseDto] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: LearningRecordQueryDto,
  ): Promise<LearningRecordResponseDto[]> {
    return this.records.list(actor, query);
  }

  @Post()
  @Can('learning-records.write')
  @ApiOperation({
    summary: 'Record what was learned with clients or another organisation',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiCreatedResponse({ type: LearningRecordResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: LearningRecordDto,
  ): Promise<LearningRecordResponseDto> {
    return this.records.create(actor, body);
  }

  @Get(':recordId')
  @Can('learning-records.read')
  @ApiOperation({
    summary: 'One learning record',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: LearningRecordResponseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  detail(
    @CurrentActor() actor: Actor,
    @Param('recordId', uuid) recordId: string,
  ): Promise<LearningRecordResponseDto> {
    return this.records.detail(actor, recordId);
  }

  @Put(':recordId')
  @Can('learning-records.write')
  @ApiOperation({
    summary: 'Correct a learning record',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: LearningRecordResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  update(
    @CurrentActor() actor: Actor,
    @Param('recordId', uuid) recordId: string,
    @Body() body: LearningRecordDto,
  ): Promise<LearningRecordResponseDto> {
    return this.records.update(actor, recordId, body);
  }

  @Delete(':recordId')
  @HttpCode(204)
  @Can('learning-records.write')
  @ApiOperation({
    summary: 'Remove a learning record made by mistake',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiNoContentResponse({ description: 'The record is gone' })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  remove(@CurrentActor() actor: Actor, @Param('recordId', uuid) recordId: string): Promise<void> {
    return this.records.remove(actor, recordId);
  }
}
