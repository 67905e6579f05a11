import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { CheckInsService } from './check-ins.service';
import {
  AnswerCheckInDto,
  CheckInActionDto,
  CheckInQueryDto,
  CheckInResponseDto,
  CheckInScheduleDto,
  CheckInScheduleResponseDto,
} from './dto/check-in.dto';

const NOT_FOUND = 'Unknown, another organisation’s, or a team the member does not see';

@ApiTags('team-learning')
@ApiCookieAuth()
@Controller({ path: 'check-ins', version: '1' })
export class CheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Get()
  @Can('check-ins.answer')
  @ApiOperation({
    summary:
      'The team’s answers to the five prikkelende vragen for a period (the running one by default)',
    description:
      'Only for the team’s own members; outside the team only counts, in the learning report.',
  })
  @ApiOkResponse({ type: [CheckInResponseDto] })
  @ApiForbiddenResponse({ description: 'problem+json /problems/check-ins-team-only' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: CheckInQueryDto,
  ): Promise<CheckInResponseDto[]> {
    return this.checkIns.list(actor, query);
  }

  @Post()
  @Can('check-ins.answer')
  @ApiOperation({
    summary: 'Answer the check-in for a period (again: replaces my answers)',
    description:
      'The running period or the one before it; every answer is checked for personal data.',
  })
  @ApiCreatedResponse({ type: CheckInResponseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json /problems/personal-data-in-text, /problems/check-in-period-closed, /problems/not-in-team',
  })
  answer(
    @CurrentActor() actor: Actor,
    @Body() body: AnswerCheckInDto,
  ): Promise<CheckInResponseDto> {
    return this.checkIns.answer(actor, body);
  }

  @Get('schedules/:teamId')
  @Can('check-ins.answer')
  @ApiOperation({
    summary: 'The team’s check-in cadence, the running period and whether I answered it',
    description:
      'Within the active organisation only; a team out of sight, or another organisation’s, answers 404.',
  })
  @ApiOkResponse({ type: CheckInScheduleResponseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  schedule(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
  ): Promise<CheckInScheduleResponseDto> {
    return this.checkIns.schedule(actor, teamId);
  }

  @Put('schedules/:teamId')
  @Can('check-ins.schedule')
  @ApiOperation({
    summary: 'Set the team’s cadence: monthly or quarterly (a lead, the quality officer)',
    description:
      'Within the active organisation only; a team out of sight, or another organisation’s, answers 404.',
  })
  @ApiOkResponse({ type: CheckInScheduleResponseDto })
  @ApiForbiddenResponse({ description: 'problem+json /problems/not-team-lead' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  setSchedule(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
    @Body() body: CheckInScheduleDto,
  ): Promise<CheckInScheduleResponseDto> {
    return this.checkIns.setSchedule(actor, teamId, body);
  }

  @Post(':checkInId/actions')
  @Can('check-ins.answer')
  @ApiOperation({
    summary: 'Turn an answer into an improvement action of the open round',
    description:
      'A lead of the team who may plan actions in the round (the quality officer, a contributor on a criterion they own). The answer becomes the action’s description.',
  })
  @ApiCreatedResponse({ type: CheckInResponseDto })
  @ApiForbiddenResponse({
    description: 'problem+json /problems/not-team-lead, or the round refuses the actor',
  })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: 'problem+json /problems/check-in-answer-empty' })
  toAction(
    @CurrentActor() actor: Actor,
    @Param('checkInId', uuid) checkInId: string,
    @Body() body: CheckInActionDto,
  ): Promise<CheckInResponseDto> {
    return this.checkIns.toAction(actor, checkInId, body);
  }
}
