import { Body, Controller, HttpCode, Ip, Post, UseFilters } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';

import { Public } from '../common/auth/auth.decorators';
import { RetryAfterFilter } from '../common/problems/too-many-attempts.exception';
import { ConfirmPasswordResetDto, RequestPasswordResetDto } from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

const LIMITED = { description: 'problem+json /problems/too-many-requests, with Retry-After' };

@ApiTags('auth')
@Controller({ path: 'auth/password-reset', version: '1' })
@UseFilters(RetryAfterFilter)
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a link to set a new password; the same answer for every address',
    description:
      'No login needed. A known address gets a mail with a link valid one hour, used once. Limited as logins are.',
  })
  @ApiAcceptedResponse({ description: 'If the address has an account, the link is on its way' })
  @ApiTooManyRequestsResponse(LIMITED)
  request(@Body() body: RequestPasswordResetDto, @Ip() ip: string): Promise<void> {
    return this.resets.request(body.email, ip);
  }

  @Post('confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with the token of the mailed link; ends every session',
    description:
      'No login needed. The token works once, within an hour; the password must pass the password rule. Every session of the account ends and a "your password was changed" mail is sent.',
  })
  @ApiNoContentResponse({ description: 'The new password is set; log in with it' })
  @ApiBadRequestResponse({
    description:
      'problem+json /problems/password-reset-invalid (expired, used or unknown link), /problems/password-common and the other refusals of an easy password',
  })
  @ApiTooManyRequestsResponse(LIMITED)
  confirm(@Body() body: ConfirmPasswordResetDto, @Ip() ip: string): Promise<void> {
    return this.resets.confirm(body, ip);
  }
}
