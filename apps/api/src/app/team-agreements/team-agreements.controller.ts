import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
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
  TeamAgreementDto,
  TeamAgreementQueryDto,
  TeamAgreementResponseDto,
  UpdateTeamAgreementDto,
} from './dto/team-agreement.dto';
import { TeamAgreementsService } from './team-agreements.service';

const CHECKS =
  'problem+json /problems/personal-data-in-text (with `errors` per field), /problems/review-before-agreement, /problems/agreement-team-fixed';
const LEAD_ONLY =
  'problem+json /problems/not-team-lead: only a lead of the team or the quality officer';
const NOT_FOUND = 'Unknown, another organisation’s, or a team the member does not see';

@ApiTags('team-learning')
@ApiCookieAuth()
@Controller({ path: 'team-agreements', version: '1' })
export class TeamAgreementsController {
  constructor(private readonly agreements: TeamAgreementsService) {}

  @Get()
  @Can('team-agreements.read')
  @ApiOperation({
    summary: 'Team agreements on recurring questions: one searchable page, by question',
    description: '`q` finds words in the question, agreement or why (current version).',
  })
  @ApiOkResponse({ type: [TeamAgreementResponseDto] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: TeamAgreementQueryDto,
  ): Promise<TeamAgreementResponseDto[]> {
    return this.agreements.list(actor, query);
  }

  @Post()
  @Can('team-agreements.write')
  @ApiOperation({
    summary: 'Record a team agreement (version 1)',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiCreatedResponse({ type: TeamAgreementResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: TeamAgreementDto,
  ): Promise<TeamAgreementResponseDto> {
    return this.agreements.create(actor, body);
  }

  @Get(':agreementId')
  @Can('team-agreements.read')
  @ApiOperation({
    summary: 'One team agreement with its version history',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiOkResponse({ type: TeamAgreementResponseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  detail(
    @CurrentActor() actor: Actor,
    @Param('agreementId', uuid) agreementId: string,
  ): Promise<TeamAgreementResponseDto> {
    return this.agreements.detail(actor, agreementId);
  }

  @Put(':agreementId')
  @Can('team-agreements.write')
  @ApiOperation({
    summary: 'Change a team agreement: a new version (review, retire, reword)',
    description: 'The earlier versions stay in `history`.',
  })
  @ApiOkResponse({ type: TeamAgreementResponseDto })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'problem+json /problems/version-conflict with `current`' })
  @ApiUnprocessableEntityResponse({ description: CHECKS })
  update(
    @CurrentActor() actor: Actor,
    @Param('agreementId', uuid) agreementId: string,
    @Body() body: UpdateTeamAgreementDto,
  ): Promise<TeamAgreementResponseDto> {
    return this.agreements.update(actor, agreementId, body);
  }

  @Delete(':agreementId')
  @HttpCode(204)
  @Can('team-agreements.write')
  @ApiOperation({
    summary: 'Remove a team agreement recorded by mistake (retire it otherwise)',
    description:
      'Within the active organisation only; another organisation’s data, or a team out of sight, answers 404. Texts are checked for personal data before anything is stored.',
  })
  @ApiNoContentResponse({ description: 'The agreement and its history are gone' })
  @ApiForbiddenResponse({ description: LEAD_ONLY })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  remove(
    @CurrentActor() actor: Actor,
    @Param('agreementId', uuid) agreementId: string,
  ): Promise<void> {
    return this.agreements.remove(actor, agreementId);
  }
}
