import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Ip,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Request, Response } from 'express';

import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { resolveLanguage } from '../common/i18n/language';
import { RetryAfterFilter } from '../common/problems/too-many-attempts.exception';
import { AuthService, LoggedIn } from './auth.service';
import { LoginDto, RegisterDto } from './dto/auth.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { SessionCookies } from './session-cookies.service';

const LIMITED = {
  description:
    'problem+json /problems/too-many-requests or /problems/login-slowed-down, with Retry-After',
};

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
@UseFilters(RetryAfterFilter)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with e-mail and password; sets the session cookie',
    description:
      'No login needed. Answers the logged-in user as GET /api/v1/me does. Only failed attempts count towards the login limits.',
  })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiTooManyRequestsResponse(LIMITED)
  async login(
    @Body() body: LoginDto,
    @Ip() ip: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponseDto> {
    return this.startSession(await this.auth.login(body, ip, userAgent), response);
  }

  @Post('register')
  @Public()
  @ApiOperation({
    summary: 'Register an organisation; the new user becomes its quality officer',
    description:
      'No login needed. Creates the account, the organisation and its first membership, and logs the new user in.',
  })
  @ApiCreatedResponse({ type: MeResponseDto })
  @ApiTooManyRequestsResponse(LIMITED)
  async register(
    @Body() body: RegisterDto,
    @Ip() ip: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) response: Response,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<MeResponseDto> {
    const language = body.language ?? resolveLanguage(acceptLanguage);
    const registered = await this.auth.register({ ...body, language }, ip, userAgent);
    return this.startSession(registered, response);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'End the session',
    description:
      'No login needed. Ends the current session, if there is one, and clears the session cookie.',
  })
  async logout(
    @CurrentSession() session: SessionContext | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(session);
    this.cookies.end(request, response);
  }

  private startSession(loggedIn: LoggedIn, response: Response): MeResponseDto {
    this.cookies.start(response, loggedIn.token);
    return loggedIn.me;
  }
}
