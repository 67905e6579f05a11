import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import { AuthService } from './auth.service';
import { SetActiveOrganisationDto } from './dto/auth.dto';
import { MeResponseDto } from './dto/me-response.dto';

@ApiTags('auth')
@ApiCookieAuth()
@Controller({ path: 'me', version: '1' })
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @ApiOperation({ summary: 'The logged-in user and their memberships' })
  me(@CurrentSession() session: SessionContext): Promise<MeResponseDto> {
    return this.auth.me(session);
  }

  @Put('active-organisation')
  @ApiOperation({ summary: 'Switch to another organisation the user is a member of' })
  setActiveOrganisation(
    @CurrentSession() session: SessionContext,
    @Body() body: SetActiveOrganisationDto,
  ): Promise<MeResponseDto> {
    return this.auth.setActiveOrganisation(session, body.organisationId);
  }
}
