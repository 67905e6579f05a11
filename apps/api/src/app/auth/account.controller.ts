import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Post,
  Put,
  UseFilters,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';

import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { RetryAfterFilter } from '../common/problems/too-many-attempts.exception';
import { uuid } from '../common/validation/path-params.pipes';
import { AccountService } from './account.service';
import {
  AccountProfileResponseDto,
  AccountSessionResponseDto,
  ChangeEmailDto,
  ConfirmEmailChangeDto,
  UpdateAccountProfileDto,
} from './dto/account.dto';
import { EmailChangeService } from './email-change.service';

const LIMITED = { description: 'problem+json /problems/too-many-requests, with Retry-After' };

@ApiTags('auth')
@ApiCookieAuth()
@Controller({ path: 'me', version: '1' })
@UseFilters(RetryAfterFilter)
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  @Get('profile')
  @ApiOperation({
    summary: 'Name, language and e-mail address of the logged-in user',
    description: 'Any logged-in user. With the new address waiting for confirmation, if any.',
  })
  @ApiOkResponse({ type: AccountProfileResponseDto })
  profile(@CurrentSession() session: SessionContext): Promise<AccountProfileResponseDto> {
    return this.account.profile(session);
  }

  @Put('profile')
  @ApiOperation({
    summary: 'Change the name and the language (of the interface and the mail)',
    description: 'Any logged-in user, for their own account.',
  })
  @ApiOkResponse({ type: AccountProfileResponseDto })
  updateProfile(
    @CurrentSession() session: SessionContext,
    @Body() body: UpdateAccountProfileDto,
  ): Promise<AccountProfileResponseDto> {
    return this.account.updateProfile(session, body);
  }

  @Get('sessions')
  @ApiOperation({
    summary: 'The logged-in browsers of the user',
    description: 'Any logged-in user. Browser, address, last activity; `current` marks this one.',
  })
  @ApiOkResponse({ type: [AccountSessionResponseDto] })
  sessions(@CurrentSession() session: SessionContext): Promise<AccountSessionResponseDto[]> {
    return this.account.sessionsOf(session);
  }

  @Delete('sessions')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Log out everywhere else: end every session of the user but this one',
    description: 'Any logged-in user. The current session stays logged in.',
  })
  @ApiNoContentResponse({ description: 'Every other session has ended' })
  endOtherSessions(@CurrentSession() session: SessionContext): Promise<void> {
    return this.account.endOtherSessions(session);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'End one session of the user',
    description: "Any logged-in user, for their own sessions; another person's answers 404.",
  })
  @ApiNoContentResponse({ description: 'The session has ended' })
  @ApiNotFoundResponse({ description: 'problem+json /problems/not-found' })
  endSession(
    @CurrentSession() session: SessionContext,
    @Param('sessionId', uuid) sessionId: string,
  ): Promise<void> {
    return this.account.endSession(session, sessionId);
  }

  @Put('email')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask to change the e-mail address; a confirmation link goes to the new address',
    description:
      'Any logged-in user. Needs the current password. The address changes only when the link (valid 24 hours, used once) is confirmed.',
  })
  @ApiAcceptedResponse({ description: 'The confirmation link is on its way to the new address' })
  @ApiBadRequestResponse({
    description:
      'problem+json /problems/current-password-incorrect, /problems/email-unchanged, /problems/validation-failed',
  })
  @ApiConflictResponse({ description: 'problem+json /problems/email-in-use' })
  @ApiTooManyRequestsResponse(LIMITED)
  changeEmail(
    @CurrentSession() session: SessionContext,
    @Body() body: ChangeEmailDto,
    @Ip() ip: string,
  ): Promise<void> {
    return this.emailChanges.request(session, body, ip);
  }

  @Post('email/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Confirm the new e-mail address with the token of the mailed link',
    description:
      'No login needed: the token proves the address. The old address gets a notice of the change.',
  })
  @ApiNoContentResponse({ description: 'The account uses the new address from now on' })
  @ApiBadRequestResponse({ description: 'problem+json /problems/email-change-invalid' })
  @ApiConflictResponse({ description: 'problem+json /problems/email-in-use' })
  @ApiTooManyRequestsResponse(LIMITED)
  confirmEmail(@Body() body: ConfirmEmailChangeDto, @Ip() ip: string): Promise<void> {
    return this.emailChanges.confirm(body, ip);
  }
}
