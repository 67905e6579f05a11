import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Can, CurrentSession, CurrentTenant } from '../common/auth/auth.decorators';
import { SessionContext, TenantContext } from '../common/auth/request-context';
import { uuid } from '../common/validation/path-params.pipes';
import { ChangeRoleDto } from './dto/change-role.dto';
import { InviteMemberDto } from './dto/invite-member.dto';
import {
  CreatedInvitationResponseDto,
  InvitationResponseDto,
  MemberResponseDto,
  OrganisationOverviewResponseDto,
} from './dto/organisation-response.dto';
import { OrganisationSettingsDto } from './dto/organisation-settings.dto';
import { InvitationsService } from './invitations.service';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisation')
@ApiCookieAuth()
@Controller({ path: 'organisation', version: '1' })
export class OrganisationController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Can('organisation.read')
  @ApiOperation({
    summary: "The session's active organisation",
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Name, creation date and number of members.',
  })
  overview(@CurrentTenant() tenant: TenantContext): Promise<OrganisationOverviewResponseDto> {
    return this.organisations.overview(tenant.organisationId);
  }

  @Patch('settings')
  @Can('organisation.settings')
  @ApiOperation({
    summary:
      "Change the organisation's settings: whether a round needs a vaststelling before submission",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. With `signOffRequired` on, a round can only be submitted once a manager has established it (POST /rounds/{roundId}/sign-off). Answers the organisation as it is now.',
  })
  updateSettings(
    @CurrentTenant() tenant: TenantContext,
    @Body() body: OrganisationSettingsDto,
  ): Promise<OrganisationOverviewResponseDto> {
    return this.organisations.updateSettings(tenant.organisationId, body);
  }

  @Get('members')
  @Can('members.read')
  @ApiOperation({
    summary: 'Members of the active organisation',
    description:
      'Any member of the active organisation (quality officer, contributor or manager). Every member with their role.',
  })
  members(@CurrentTenant() tenant: TenantContext): Promise<MemberResponseDto[]> {
    return this.organisations.listMembers(tenant.organisationId);
  }

  @Patch('members/:memberId')
  @Can('members.manage')
  @ApiOperation({
    summary: "Change a member's role (never the last quality officer's)",
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The last quality officer keeps that role: an organisation always has one (409 last-quality-officer).',
  })
  changeRole(
    @CurrentTenant() tenant: TenantContext,
    @Param('memberId', uuid) memberId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberResponseDto> {
    return this.organisations.changeRole(tenant.organisationId, memberId, body.role);
  }

  @Delete('members/:memberId')
  @HttpCode(204)
  @Can('members.manage')
  @ApiOperation({
    summary: 'Remove a member (never the last quality officer)',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The last quality officer cannot be removed (409 last-quality-officer).',
  })
  removeMember(
    @CurrentTenant() tenant: TenantContext,
    @Param('memberId', uuid) memberId: string,
  ): Promise<void> {
    return this.organisations.removeMember(tenant.organisationId, memberId);
  }

  @Get('invitations')
  @Can('members.manage')
  @ApiOperation({
    summary: 'Invitations of the active organisation',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. Pending, accepted, expired and revoked invitations; the links themselves are never shown again.',
  })
  listInvitations(@CurrentTenant() tenant: TenantContext): Promise<InvitationResponseDto[]> {
    return this.invitations.list(tenant.organisationId);
  }

  @Post('invitations')
  @Can('members.manage')
  @ApiOperation({
    summary: 'Invite a colleague; answers the single-use link once',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The link is answered only here, once; send it to the colleague yourself. An address that is already a member answers 409 already-member.',
  })
  invite(
    @CurrentTenant() tenant: TenantContext,
    @CurrentSession() session: SessionContext,
    @Body() body: InviteMemberDto,
  ): Promise<CreatedInvitationResponseDto> {
    return this.invitations.create(tenant.organisationId, session.userId, body.email, body.role);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @Can('members.manage')
  @ApiOperation({
    summary: 'Revoke an invitation',
    description:
      'Quality officers (kwaliteitsfunctionarissen) of the active organisation only. The link stops working at once.',
  })
  revoke(
    @CurrentTenant() tenant: TenantContext,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(tenant.organisationId, invitationId);
  }
}
