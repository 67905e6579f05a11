import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MemberRole } from '@labelklaar/domain';
import { Request } from 'express';

import { IS_PUBLIC, ROLES } from '../common/auth/auth.decorators';
import { SESSION_COOKIE } from '../common/auth/cookies';
import { RequestWithContext, SessionContext } from '../common/auth/request-context';
import { forbidden, ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { SessionsService } from './sessions.service';

/**
 * Global guard: reads the session cookie, and for routes with @Roles resolves the tenant from the
 * session's active organisation. Routes are closed unless marked @Public.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithContext>();
    const token = (request.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    const session = token ? await this.sessions.resolve(token) : null;
    request.session = session ?? undefined;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    if (!session) {
      throw new ProblemException(401, 'not-authenticated');
    }
    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(ROLES, targets);
    if (!roles) {
      return true;
    }
    const membership = await this.activeMembership(session);
    if (!membership) {
      throw new ProblemException(403, 'no-active-organisation');
    }
    if (!roles.includes(membership.role)) {
      throw forbidden();
    }
    request.tenant = { organisationId: membership.organisationId, membershipId: membership.id, role: membership.role };
    return true;
  }

  /** A member removed from the active organisation carries on in their next one, as GET /me does. */
  private async activeMembership(session: SessionContext) {
    const active = session.activeOrganisationId
      ? await this.organisations.findMembership(session.activeOrganisationId, session.userId)
      : null;
    if (active) {
      return active;
    }
    const [first] = await this.organisations.membershipRowsOf(session.userId);
    if (!first) {
      return null;
    }
    await this.sessions.setActiveOrganisation(session.sessionId, first.organisationId);
    return { organisationId: first.organisationId, id: first.membershipId, role: first.role };
  }
}
