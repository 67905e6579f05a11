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
import { TeamQueryDto, TeamSessionDto, TeamSessionResponseDto } from './dto/team-session.dto';
import { TeamSessionsService } from './team-sessions.service';

const CHECKS =
  'problem+json /problems/personal-data-in-text (with `errors` per field), /problems/unknown-reflection (only reflections shared with the team), /problems/unknown-decision-model';
const LEAD_ONLY =
  'problem+json /problems/not-team-lead: only a lead of the team or the quality officer';
const NOT_FOUND = 'Unknown, another organisation’s, or a team the member does not see';

@ApiTags('team-learning')
@ApiCookieAuth()
@Controller({ path: 'team-sessions', version: '1' })
export class TeamSessionsController {
  constructor(private readonly sessions: TeamSessionsService) {}

  @Get()
  @Can('team-sessions.read')
  @ApiOperation({
    summary: 'Team sessions (casuïstiekbespreking, intervisie, moreel beraad, …), newest first',
    description: 'A professional sees their own teams’ sessions; the others every team’s.',
  })
  @ApiOkResponse({ type: [TeamSessionResponseDto] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: TeamQueryDto,
  ): Promise<TeamSessionResponseDto[]> {
    return this.sessions.list(actor, query);
  }

  @Post()
  @Can('team-sessions.write')
  @ApiOperation({
    summary: 'Record a team session',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiCreatedResponse({ type: TeamSessionResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: TeamSessionDto,
  ): Promise<TeamSessionResponseDto> {
    return this.sessions.create(actor, body);
  }

  @Get(':sessionId')
  @Can('team-sessions.read')
  @ApiOperation({
    summary: 'One team session',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: TeamSessionResponseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  detail(
    @CurrentActor() actor: Actor,
    @Param('sessionId', uuid) sessionId: string,
  ): Promise<TeamSessionResponseDto> {
    return this.sessions.detail(actor, sessionId);
  }

  @Put(':sessionId')
  @Can('team-sessions.write')
  @ApiOperation({
    summary: 'Correct a recorded team session',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: TeamSessionResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  update(
    @CurrentActor() actor: Actor,
    @Param('sessionId', uuid) sessionId: string,
    @Body() body: TeamSessionDto,
  ): Promise<TeamSessionResponseDto> {
    return this.sessions.update(actor, sessionId, body);
  }

  @Delete(':sessionId')
  @HttpCode(204)
  @Can('team-sessions.write')
  @ApiOperation({
    summary: 'Remove a team session recorded by mistake',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiNoContentResponse({ description: 'The session is gone' })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  remove(@CurrentActor() actor: Actor, @Param('sessionId', uuid) sessionId: string): Promise<void> {
    return this.sessions.remove(actor, sessionId);
  }
}
