import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { CriterionCodePipe, uuid } from '../common/validation/path-params.pipes';
import { CriterionResponsesService } from './criterion-responses.service';
import { CriterionResponseDto } from './dto/assessment-round-response.dto';
import { ConfirmResponseDto, SaveResponseDto, SetOwnerDto } from './dto/save-response.dto';
import { ResponseEvidenceService } from './response-evidence.service';

@ApiTags('rounds')
@ApiCookieAuth()
@Controller({ path: 'rounds/:roundId/responses', version: '1' })
export class CriterionResponsesController {
  constructor(
    private readonly responses: CriterionResponsesService,
    private readonly links: ResponseEvidenceService,
  ) {}

  @Get(':criterionCode')
  @Can('round.read')
  @ApiOperation({
    summary: 'The response to one criterion, with its evidence',
    description:
      'Any member of the active organisation, and a peer reviewer with an accepted, unexpired invitation for this round. Level, target level, rationale, not-applicable reason, owner, state, version and linked evidence.',
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
  ): Promise<CriterionResponseDto> {
    return this.responses.get(actor.organisationId, roundId, criterionCode);
  }

  @Put(':criterionCode')
  @Can('response.edit')
  @ApiOperation({
    summary:
      'Save the response with the version last seen; a stale version answers 409 with the current response',
    description:
      "Quality officers and contributors of the active organisation. Optimistic locking: send the version you last saw. The level must lie on the criterion's maturity scale, and not applicable needs a reason and a criterion that allows it.",
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/version-conflict with `current` (the response as it is now), or /problems/round-submitted',
  })
  @ApiOkResponse({ type: CriterionResponseDto })
  save(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: SaveResponseDto,
  ): Promise<CriterionResponseDto> {
    return this.responses.save(actor, roundId, criterionCode, body);
  }

  @Post(':criterionCode/confirm')
  @HttpCode(200)
  @Can('response.edit')
  @ApiOperation({
    summary: 'Confirm a carried-over answer as it stands ("Klopt nog")',
    description:
      'Quality officers and contributors who may edit the criterion. The answer stays as it is and is no longer marked carried over, so the round can be submitted without retyping it. Send the version last seen; an answer that is not carried over is returned unchanged.',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/version-conflict with `current`, or /problems/round-submitted',
  })
  @ApiOkResponse({ type: CriterionResponseDto })
  confirm(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: ConfirmResponseDto,
  ): Promise<CriterionResponseDto> {
    return this.responses.confirm(actor, roundId, criterionCode, body.version);
  }

  @Put(':criterionCode/owner')
  @Can('response.assign')
  @ApiOperation({
    summary: 'Assign the criterion to a member (or nobody)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The owner must be a member who can edit (quality officer or contributor); null removes the owner.',
  })
  setOwner(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Body() body: SetOwnerDto,
  ): Promise<CriterionResponseDto> {
    return this.responses.setOwner(actor, roundId, criterionCode, body.memberId ?? null);
  }

  @Post(':criterionCode/evidence/:evidenceId')
  @Can('evidence.link')
  @ApiOperation({
    summary: 'Link evidence to the criterion; answers the response with its evidence',
    description:
      'Quality officers and contributors of the active organisation. Links evidence of the same organisation to the response; linking it twice changes nothing.',
  })
  link(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Param('evidenceId', uuid) evidenceId: string,
  ): Promise<CriterionResponseDto> {
    return this.links.link(actor, roundId, criterionCode, evidenceId);
  }

  @Delete(':criterionCode/evidence/:evidenceId')
  @HttpCode(204)
  @Can('evidence.link')
  @ApiOperation({
    summary: 'Unlink evidence from the criterion (the evidence itself stays)',
    description:
      "Quality officers and contributors of the active organisation. The evidence stays in the organisation's evidence list and in other criteria it is linked to.",
  })
  unlink(
    @CurrentActor() actor: Actor,
    @Param('roundId', uuid) roundId: string,
    @Param('criterionCode', CriterionCodePipe) criterionCode: string,
    @Param('evidenceId', uuid) evidenceId: string,
  ): Promise<void> {
    return this.links.unlink(actor, roundId, criterionCode, evidenceId);
  }
}
