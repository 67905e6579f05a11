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
  CreatedPeerGroupInvitationResponseDto,
  PeerGroupDetailResponseDto,
  PeerGroupInvitationPreviewResponseDto,
  PeerGroupInvitationResponseDto,
} from './dto/peer-group-response.dto';
import { InviteOrganisationDto, PeerGroupTokenDto } from './dto/peer-group.dto';
import { PeerGroupInvitationsService } from './peer-group-invitations.service';

const CREATOR_ONLY = { description: 'problem+json /problems/not-peer-group-creator' };
const UNKNOWN_LINK = {
  description: 'problem+json /problems/not-found: unknown, used, revoked or expired link',
};

@ApiTags('peer-groups')
@ApiCookieAuth()
@Controller({ version: '1' })
export class PeerGroupInvitationsController {
  constructor(private readonly invitations: PeerGroupInvitationsService) {}

  @Get('peer-groups/:groupId/organisation-invitations')
  @Can('peer-group.manage')
  @ApiOperation({
    summary: "The group's invitations to other organisations",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only the organisation that created the group sees and manages its invitations.',
  })
  @ApiOkResponse({ type: [PeerGroupInvitationResponseDto] })
  @ApiForbiddenResponse(CREATOR_ONLY)
  list(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
  ): Promise<PeerGroupInvitationResponseDto[]> {
    return this.invitations.list(actor, groupId);
  }

  @Post('peer-groups/:groupId/organisation-invitations')
  @Can('peer-group.manage')
  @ApiOperation({
    summary:
      "Invite another organisation by its quality officer's e-mail address; answers the single-use link once",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only the organisation that created the group; the link is answered only here, once.',
  })
  @ApiCreatedResponse({ type: CreatedPeerGroupInvitationResponseDto })
  @ApiForbiddenResponse(CREATOR_ONLY)
  invite(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
    @Body() body: InviteOrganisationDto,
  ): Promise<CreatedPeerGroupInvitationResponseDto> {
    return this.invitations.create(actor, groupId, body);
  }

  @Delete('peer-groups/:groupId/organisation-invitations/:invitationId')
  @HttpCode(204)
  @Can('peer-group.manage')
  @ApiOperation({
    summary: 'Revoke an invitation to join the group',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Only the organisation that created the group; the link stops working at once.',
  })
  @ApiNoContentResponse({ description: 'Revoked (or already used or revoked)' })
  @ApiForbiddenResponse(CREATOR_ONLY)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('groupId', uuid) groupId: string,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(actor, groupId, invitationId);
  }

  @Post('peer-group-invitations/preview')
  @HttpCode(200)
  @Can('peer-group.join')
  @ApiOperation({
    summary: 'What a link to join a toetsingsgroep is for',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Shows the group before joining; the link stays usable.',
  })
  @ApiOkResponse({ type: PeerGroupInvitationPreviewResponseDto })
  @ApiNotFoundResponse(UNKNOWN_LINK)
  preview(
    @CurrentActor() actor: Actor,
    @Body() body: PeerGroupTokenDto,
  ): Promise<PeerGroupInvitationPreviewResponseDto> {
    return this.invitations.preview(actor, body.token);
  }

  @Post('peer-group-invitations/accept')
  @HttpCode(200)
  @Can('peer-group.join')
  @ApiOperation({
    summary: "Accept a link: the quality officer's active organisation joins the group",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The link can be used once.',
  })
  @ApiOkResponse({ type: PeerGroupDetailResponseDto })
  @ApiNotFoundResponse(UNKNOWN_LINK)
  @ApiConflictResponse({ description: 'problem+json /problems/already-peer-group-member' })
  accept(
    @CurrentActor() actor: Actor,
    @Body() body: PeerGroupTokenDto,
  ): Promise<PeerGroupDetailResponseDto> {
    return this.invitations.accept(actor, body.token);
  }
}
