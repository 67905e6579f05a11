import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { NOT_LOGGED_IN } from '../dashboards/round-dashboards.controller';
import { HomeOverviewDto } from './dto/home-overview.dto';
import { HomeService } from './home.service';

@ApiTags('home')
@ApiCookieAuth()
@Controller({ path: 'me/home', version: '1' })
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Where the organisation stands, for the person looking (the home page)',
    description:
      "Any logged-in user. In the session's active organisation: a quality officer gets the open rounds (readiness, days to the self-evaluation deadline and the target date, blockers, answers ready for review) and the actions due or late; a contributor their criteria and actions; a manager the rounds' readiness and blockers. A platform admin gets the rubric library and the sector figures; a user without organisation only the day.",
  })
  @ApiOkResponse({ type: HomeOverviewDto })
  @ApiUnauthorizedResponse(NOT_LOGGED_IN)
  overview(@CurrentSession() session: SessionContext): Promise<HomeOverviewDto> {
    return this.home.overview(session);
  }
}
