import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
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
  CreateTeamDto,
  PutTeamMemberDto,
  TeamDetailDto,
  TeamSummaryDto,
  UpdateTeamDto,
} from './dto/team.dto';
import { TeamActor, TeamsService } from './teams.service';

const teamActor = (actor: Actor): TeamActor => ({
  organisationId: actor.organisationId,
  userId: actor.userId,
  role: actor.role as TeamActor['role'],
});

@ApiTags('teams')
@ApiCookieAuth()
@Controller({ path: 'teams', version: '1' })
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Can('teams.read')
  @ApiOperation({
    summary: "The active organisation's teams, by name",
    description:
      'Every member role. A professional (sociaal werker) sees only the teams they are in; everyone else every team. Each team with its leads and your own place in it.',
  })
  @ApiOkResponse({ type: [TeamSummaryDto] })
  list(@CurrentActor() actor: Actor): Promise<TeamSummaryDto[]> {
    return this.teams.list(teamActor(actor));
  }

  @Post()
  @Can('teams.manage')
  @ApiOperation({
    summary: 'Add a team (a wijkteam, jongerenwerk)',
    description:
      'Quality officers of the active organisation. Names are unique in the organisation, case and spacing aside.',
  })
  @ApiCreatedResponse({ type: TeamDetailDto })
  @ApiConflictResponse({ description: 'problem+json /problems/team-name-taken' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeamDto): Promise<TeamDetailDto> {
    return this.teams.create(teamActor(actor), body);
  }

  @Get(':teamId')
  @Can('teams.read')
  @ApiOperation({
    summary: 'A team with its members and leads',
    description:
      "Every member role; a professional only a team they are in (another team answers 404, as does another organisation's).",
  })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiNotFoundResponse({ description: "Unknown team, another organisation's, or not yours to see" })
  detail(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
  ): Promise<TeamDetailDto> {
    return this.teams.detail(teamActor(actor), teamId);
  }

  @Patch(':teamId')
  @Can('teams.manage')
  @ApiOperation({
    summary: 'Rename a team or change its description',
    description: 'Quality officers of the active organisation.',
  })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiNotFoundResponse({ description: "Unknown team, or another organisation's" })
  @ApiConflictResponse({ description: 'problem+json /problems/team-name-taken' })
  update(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
    @Body() body: UpdateTeamDto,
  ): Promise<TeamDetailDto> {
    return this.teams.update(teamActor(actor), teamId, body);
  }

  @Delete(':teamId')
  @HttpCode(204)
  @Can('teams.manage')
  @ApiOperation({
    summary: 'Remove a team',
    description:
      'Quality officers of the active organisation. The members stay members of the organisation. Refused (409 team-has-records) while records of the team must be kept.',
  })
  @ApiNoContentResponse({ description: 'The team is gone' })
  @ApiNotFoundResponse({ description: "Unknown team, or another organisation's" })
  @ApiConflictResponse({ description: 'problem+json /problems/team-has-records' })
  remove(@CurrentActor() actor: Actor, @Param('teamId', uuid) teamId: string): Promise<void> {
    return this.teams.remove(teamActor(actor), teamId);
  }

  @Put(':teamId/members/:memberId')
  @Can('team-members.manage')
  @ApiOperation({
    summary: 'Add a member of the organisation to the team, or make them lead or member',
    description:
      'The quality officer, or a lead of this team. `memberId` is the organisation membership (GET /organisation/members). Answers the team as it is now.',
  })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiForbiddenResponse({ description: 'Neither the quality officer nor a lead of this team' })
  @ApiNotFoundResponse({ description: "Unknown team, or another organisation's" })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json /problems/unknown-member: no member of the organisation',
  })
  putMember(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
    @Param('memberId', uuid) memberId: string,
    @Body() body: PutTeamMemberDto,
  ): Promise<TeamDetailDto> {
    return this.teams.putMember(teamActor(actor), teamId, memberId, body.teamRole);
  }

  @Delete(':teamId/members/:memberId')
  @HttpCode(204)
  @Can('team-members.manage')
  @ApiOperation({
    summary: 'Take a member out of the team',
    description:
      'The quality officer, or a lead of this team. They stay a member of the organisation.',
  })
  @ApiNoContentResponse({ description: 'They are out of the team' })
  @ApiForbiddenResponse({ description: 'Neither the quality officer nor a lead of this team' })
  @ApiNotFoundResponse({ description: 'Unknown team, or not in it' })
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuid) teamId: string,
    @Param('memberId', uuid) memberId: string,
  ): Promise<void> {
    return this.teams.removeMember(teamActor(actor), teamId, memberId);
  }
}
