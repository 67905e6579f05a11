import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Public } from '../common/auth/auth.decorators';
import { UnsubscribeResponseDto } from './dto/notification-response.dto';
import { UnsubscribeDto, UnsubscribeQueryDto } from './dto/notification.dto';
import { UnsubscribeService } from './unsubscribe.service';

const INVALID = {
  description: 'problem+json /problems/unsubscribe-token-invalid: unknown or malformed token',
};

@ApiTags('notifications')
@Controller({ path: 'unsubscribe', version: '1' })
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'What an unsubscribe token would switch off, and how it reaches the person now',
    description: 'No login needed: the signed token of the mail is the permission.',
  })
  @ApiOkResponse({ type: UnsubscribeResponseDto })
  @ApiBadRequestResponse(INVALID)
  describe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeResponseDto> {
    return this.unsubscribes.describe(query.token);
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'Switch off the mail of the token’s category (also RFC 8058 one-click)',
    description:
      'No login and no CSRF token needed: the signed token is the permission. JSON `{token}` from the web page, or the one-click form body `List-Unsubscribe=One-Click` with the token in the URL.',
  })
  @ApiOkResponse({ type: UnsubscribeResponseDto })
  @ApiBadRequestResponse(INVALID)
  unsubscribe(
    @Query() query: UnsubscribeQueryDto,
    @Body() body: UnsubscribeDto,
  ): Promise<UnsubscribeResponseDto> {
    return this.unsubscribes.unsubscribe(body.token, query.token);
  }
}
