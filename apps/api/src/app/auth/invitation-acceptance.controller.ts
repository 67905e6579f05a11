import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { resolveLanguage } from '../common/i18n/language';
import { AcceptInvitationDto, InvitationTokenDto } from './dto/auth.dto';
import { InvitationPreviewResponseDto, MeResponseDto } from './dto/me-response.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { SessionCookies } from './session-cookies.service';

@ApiTags('invitations')
@Controller({ path: 'invitations', version: '1' })
export class InvitationAcceptanceController {
  constructor(
    private readonly acceptance: InvitationAcceptanceService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('preview')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'What an invitation link is for (unknown, used and expired links: 404)',
    description:
      'No login needed. The organisation, the role, the invited address, the expiry and whether that address has an account, before accepting; the link stays usable.',
  })
  preview(@Body() body: InvitationTokenDto): Promise<InvitationPreviewResponseDto> {
    return this.acceptance.preview(body.token);
  }

  @Post('accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation: join with the existing account or create one',
    description:
      'No login needed. The invited person joins the organisation with the role of the invitation, with their existing account or a new one, and is logged in. The link can be used once.',
  })
  async accept(
    @Body() body: AcceptInvitationDto,
    @CurrentSession() session: SessionContext | undefined,
    @Res({ passthrough: true }) response: Response,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<MeResponseDto> {
    const language = body.language ?? resolveLanguage(acceptLanguage);
    const result = await this.acceptance.accept({ ...body, language }, session);
    if (result.isNewSession) {
      this.cookies.start(response, result.token);
    }
    return result.me;
  }
}
