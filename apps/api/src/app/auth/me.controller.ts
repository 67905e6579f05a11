import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Put,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Request, Response } from 'express';

import { CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { RetryAfterFilter } from '../common/problems/too-many-attempts.exception';
import { AccountErasureService } from './account-erasure.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto, SetActiveOrganisationDto } from './dto/auth.dto';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { PasswordChangeService } from './password-change.service';
import { SessionCookies } from './session-cookies.service';

@ApiTags('auth')
@ApiCookieAuth()
@Controller({ path: 'me', version: '1' })
@UseFilters(RetryAfterFilter)
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordChange: PasswordChangeService,
    private readonly erasure: AccountErasureService,
    private readonly cookies: SessionCookies,
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

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Delete the own account: name and e-mail become "voormalig lid", memberships and sessions end',
    description:
      'Any logged-in user, with their password typed again (wrong ones count towards the login limits). In one transaction: every membership ends, every session, notification and preference is removed, and the name and e-mail address are replaced by "voormalig lid" in the account and in the history, whose rows stay. Refused while the person is the last quality officer of an organisation. The session cookie is cleared.',
  })
  @ApiNoContentResponse({ description: 'Deleted; this session has ended too' })
  @ApiBadRequestResponse({
    description: 'problem+json /problems/account-password-incorrect or /problems/validation-failed',
  })
  @ApiConflictResponse({
    description:
      'problem+json /problems/last-quality-officer: appoint another quality officer first',
  })
  @ApiTooManyRequestsResponse({
    description: 'problem+json /problems/too-many-requests: too many wrong passwords',
  })
  async deleteAccount(
    @CurrentSession() session: SessionContext,
    @Body() body: DeleteAccountDto,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.erasure.erase(session, body, ip);
    this.cookies.end(request, response);
  }
}
