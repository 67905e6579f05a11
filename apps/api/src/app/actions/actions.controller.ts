import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import { ActionsService } from './actions.service';
import { ImprovementActionResponseDto } from './dto/action-response.dto';
import { CreateActionDto, ListActionsQueryDto, UpdateActionDto } from './dto/action.dto';

@ApiTags('actions')
@ApiCookieAuth()
@Controller({ version: '1' })
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Post('rounds/:roundId/actions')
  @Can('action.edit')
  @ApiOperation({
    summary: 'Plan an improvement action on a criterion of an open round',
    description:
      "Quality officers and contributors of the active organisation. The criterion must belong to the round's rubric and the round must still be open; the owner, when given, must be a member who can edit. A due date in the past answers 422 due-date-in-past.",
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Body() body: CreateActionDto,
  ): Promise<ImprovementActionResponseDto> {
    return this.actions.plan(actor, roundId, body);
  }

  @Get('rounds/:roundId/actions')
  @Can('round.actions.read')
  @ApiOperation({
    summary:
      "The round's improvement actions, by due date; also for a reviewer of the round (intercollegiale toetsing)",
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Answers the improvement actions planned in this round, the earliest due date first.',
  })
  listOfRound(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
  ): Promise<ImprovementActionResponseDto[]> {
    return this.actions.listOfRound(actor.organisationId, roundId);
  }

  @Get('actions')
  @Can('actions.read')
  @ApiOperation({
    summary:
      'Improvement actions across rounds, by due date; filter by round, criterion, status, owner, overdue',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Answers the organisation's improvement actions across its rounds, the earliest due date first; every query parameter narrows the list.",
  })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListActionsQueryDto,
  ): Promise<ImprovementActionResponseDto[]> {
    return this.actions.list(actor.organisationId, query);
  }

  @Get('actions/:actionId')
  @Can('actions.read')
  @ApiOperation({
    summary: 'One improvement action',
    description:
      "Any member of the active organisation (quality officer, contributor or manager). Another organisation's action answers 404.",
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('actionId', uuid) actionId: string,
  ): Promise<ImprovementActionResponseDto> {
    return this.actions.get(actor.organisationId, actionId);
  }

  @Patch('actions/:actionId')
  @Can('action.edit')
  @ApiOperation({
    summary: 'Change an action (with the version last seen); done needs a reflection',
    description:
      'Quality officers and contributors of the active organisation. Send the version you last saw: a stale version answers 409 with the action as it is now. Marking an action done needs a reflection on what it changed.',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/version-conflict with `current`, or /problems/round-submitted',
  })
  @ApiOkResponse({ type: ImprovementActionResponseDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('actionId', uuid) actionId: string,
    @Body() body: UpdateActionDto,
  ): Promise<ImprovementActionResponseDto> {
    return this.actions.update(actor, actionId, body);
  }
}
