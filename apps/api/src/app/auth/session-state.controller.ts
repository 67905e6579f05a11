import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentSession, Public } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { AuthService } from './auth.service';
import { SessionStateResponseDto } from './dto/me-response.dto';

/** The web app's probe on start; GET /me keeps answering 401 without a session for API clients. */
@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class SessionStateController {
  constructor(private readonly auth: AuthService) {}

  @Get('session')
  @Public()
  @ApiOperation({
    summary: 'Whether a session is logged in, and who; 200 for anonymous visitors',
    description:
      'No login needed. The web app asks this on start; unlike GET /api/v1/me it never answers 401.',
  })
  @ApiOkResponse({ type: SessionStateResponseDto })
  state(@CurrentSession() session: SessionContext | undefined): Promise<SessionStateResponseDto> {
    return this.auth.sessionState(session);
  }
}
