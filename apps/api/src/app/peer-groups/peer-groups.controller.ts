import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
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
} from '@nestjs/swagger';

import { Can } from '../common/auth/auth.decorators';
import { Actor, CurrentActor } from '../common/auth/current-actor.decorator';
import { uuid } from '../common/validation/path-params.pipes';
import {
  PeerGroupDetailResponseDto,
  PeerGroupReviewInvitationsResponseDto,
  PeerGroupSummaryResponseDto,
} from './dto/peer-group-response.dto';
import { CreatePeerGroupDto } from './dto/peer-group.dto';
import { PeerGroupReviewInvitationsService } from './peer-group-review-invitations.service';
import { PeerGroupsService } from './peer-groups.service';

const NOT_A_MEMBER = { description: 'problem+json /problems/not-found: no such group of ours' };

@ApiTags('peer-groups')
@ApiCookieAuth()
@Controller({ path: 'peer-groups', version: '1' })
export class PeerGroupsController {
  constructor(
    private readonly groups: PeerGroupsService,
    private readonly reviewInvitations: PeerGroupReviewInvitationsService,
  ) {}

  @Get()
  @Can('peer-groups.read')
  @ApiOperation({
    summary: 'The toetsingsgroepen the active organisation belongs to',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). With the number of member organisations of each.',
  })
  @ApiOkResponse({ type: [PeerGroupSummaryResponseDto] })
  list(@CurrentActor() actor: Actor): Promise<PeerGroupSummaryResponseDto[]> {
    return this.groups.list(actor.organisationId);
  }

  @Post()
  @Can('peer-group.create')
  @ApiOperation({
    summary: 'Create a toetsingsgroep; the active organisation is its first member',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The creating organisation alone invites and removes other organisations.',
  })
  @ApiCreatedResponse({ type: PeerGroupDetailResponseDto })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePeerGroupDto,
  ): Promise<PeerGroupDetailResponseDto> {
    return this.groups.create(actor, body);
  }

  @Get(':groupId')
  @Can('peer-groups.read')
  @ApiOperation({
    summary:
      'A group of ours: member organisations in join order, their rounds awaiting review, and who reviews whom this cycle',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). A group the active organisation does not belong to answers 404.',
  })
  @ApiOkResponse({ type: PeerGroupDetailResponseDto })
  @ApiNotFoundResponse(NOT_A_MEMBER)
  get(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
  ): Promise<PeerGroupDetailResponseDto> {
    return this.groups.get(actor.organisationId, groupId);
  }

  @Delete(':groupId/membership')
  @HttpCode(204)
  @Can('peer-group.manage')
  @ApiOperation({
    summary: 'The active organisation leaves the group',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The organisation no longer sees the group; the last member leaving ends it.',
  })
  @ApiNoContentResponse({ description: 'Left; the last member leaving ends the group' })
  @ApiNotFoundResponse(NOT_A_MEMBER)
  leave(@CurrentActor() actor: Actor, @Param('groupId', uuid) groupId: string): Promise<void> {
    return this.groups.leave(actor, groupId);
  }

  @Delete(':groupId/members/:memberId')
  @HttpCode(204)
  @Can('peer-group.manage')
  @ApiOperation({
    summary: 'Remove a member organisation (the creating organisation only)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only the organisation that created the group.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ description: 'problem+json /problems/not-peer-group-creator' })
  @ApiNotFoundResponse(NOT_A_MEMBER)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
    @Param('memberId', uuid) memberId: string,
  ): Promise<void> {
    return this.groups.removeMember(actor, groupId, memberId);
  }

  @Post(':groupId/invitations')
  @HttpCode(200)
  @Can('peer-group.review-invitations')
  @ApiOperation({
    summary:
      "Invite, in one step, this cycle's scheduled reviewers for our round awaiting review; existing pending or accepted invitations are not repeated",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The group needs at least two organisations, and the active organisation a submitted peer-review round awaiting review.',
  })
  @ApiOkResponse({ type: PeerGroupReviewInvitationsResponseDto })
  @ApiConflictResponse({
    description:
      'problem+json /problems/peer-group-has-no-schedule or /problems/no-round-awaiting-review',
  })
  @ApiNotFoundResponse(NOT_A_MEMBER)
  inviteReviewers(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
  ): Promise<PeerGroupReviewInvitationsResponseDto> {
    return this.reviewInvitations.inviteScheduledReviewers(actor, groupId);
  }
}
