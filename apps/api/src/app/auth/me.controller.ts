import { Body, Controller, Get, HttpCode, Ip, Put, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';

import { CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { RetryAfterFilter } from '../common/problems/too-many-attempts.exception';
import { AuthService } from './auth.service';
import { ChangePasswordDto, SetActiveOrganisationDto } from './dto/auth.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { PasswordChangeService } from './password-change.service';

@ApiTags('auth')
@ApiCookieAuth()
@Controller({ path: 'me', version: '1' })
@UseFilters(RetryAfterFilter)
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordChange: PasswordChangeService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The logged-in user and their memberships',
    description:
      'Any logged-in user. The user, their memberships with their roles, the active organisation and whether they are a platform admin.',
  })
  me(@CurrentSession() session: SessionContext): Promise<MeResponseDto> {
    return this.auth.me(session);
  }

  @Put('active-organisation')
  @ApiOperation({
    summary: 'Switch to another organisation the user is a member of',
    description:
      'Any logged-in user. The organisation must be one the user is a member of; everything after acts in it.',
  })
  setActiveOrganisation(
    @CurrentSession() session: SessionContext,
    @Body() body: SetActiveOrganisationDto,
  ): Promise<MeResponseDto> {
    return this.auth.setActiveOrganisation(session, body.organisationId);
  }

  @Put('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change the password with the current one; ends every other session of the user',
    description:
      'Any logged-in user. Needs the current password; the new one must pass the password rule. Wrong current passwords count towards the login limits. The current session stays logged in.',
  })
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended' })
  @ApiBadRequestResponse({
    description:
      'problem+json /problems/current-password-incorrect, /problems/password-unchanged, /problems/password-common and the other refusals of an easy password',
  })
  @ApiTooManyRequestsResponse({
    description: 'problem+json /problems/too-many-requests: too many wrong current passwords',
  })
  changePassword(
    @CurrentSession() session: SessionContext,
    @Body() body: ChangePasswordDto,
    @Ip() ip: string,
  ): Promise<void> {
    return this.passwordChange.change(session, body, ip);
  }
}
