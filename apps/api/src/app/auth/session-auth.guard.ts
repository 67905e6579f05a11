import { isAllowed, MemberRole, memberRolesAllowed, Permission } from '@labelklaar/domain';

import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';

import { IS_PUBLIC, PERMISSION } from '../common/auth/auth.decorators';
import { SESSION_COOKIE } from '../common/auth/cookies';
import { RequestWithContext, ReviewerGrant, SessionContext } from '../common/auth/request-context';
import { REVIEWER_SCOPE, ReviewerScope, roundIdInPath } from '../common/auth/reviewer-scope';
import { forbidden, ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { SessionsService } from './sessions.service';

/**
 * Global guard: reads the session cookie, and for routes with @Can resolves who acts and in
 * which organisation, by the permission table. Routes are closed unless marked @Public.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
    @Optional() @Inject(REVIEWER_SCOPE) private readonly reviewerScope?: ReviewerScope,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithContext>();
    const targets = [context.getHandler(), context.getClass()];
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION,
      targets,
    );
    // A round in the path that a reviewer may read: its grant comes with the session, in one query.
    const reviewRound = this.asksReviewer(permission)
      ? roundIdInPath((request.params ?? {}) as Record<string, unknown>)
      : undefined;
    const token = (request.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    const resolved = token ? await this.sessions.resolve(token, reviewRound ?? null) : null;
    const session = resolved?.session ?? null;
    request.session = session ?? undefined;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    if (!session) {
      throw new ProblemException(401, 'not-authenticated');
    }
    // Without @Can a route needs only a session (GET /me and the like).
    if (!permission) {
      return true;
    }
    // undefined: the path names the round otherwise (a review, an invitation); the scope finds it.
    const review = reviewRound === undefined ? undefined : (resolved?.reviewGrant ?? null);
    return this.authorise(request, session, permission, review);
  }

  private asksReviewer(permission: Permission | undefined): permission is Permission {
    return permission !== undefined && isAllowed('reviewer', permission) && !!this.reviewerScope;
  }

  /**
   * The permission table decides which actors may try; scope is then derived here: a reviewer's
   * invitation for the round in the path, else the session's active membership, else the
   * platform admin flag (which grants no organisation at all). `known` is the reviewer grant when
   * the session lookup already decided it.
   */
  private async authorise(
    request: Request & RequestWithContext,
    session: SessionContext,
    permission: Permission,
    known: ReviewerGrant | null | undefined,
  ): Promise<boolean> {
    if (this.asksReviewer(permission) && this.reviewerScope) {
      const review =
        known === undefined ? await this.reviewerScope.resolve(request, session) : known;
      if (review) {
        request.tenant = {
          organisationId: review.organisationId,
          membershipId: null,
          role: 'reviewer',
          review,
        };
        return true;
      }
    }
    const roles = memberRolesAllowed(permission);
    const forAdmins = isAllowed('platform-admin', permission);
    if (forAdmins && session.platformAdmin) {
      return true;
    }
    if (roles.length === 0) {
      throw forbidden();
    }
    return this.authoriseMember(request, session, roles);
  }

  private async authoriseMember(
    request: Request & RequestWithContext,
    session: SessionContext,
    roles: readonly MemberRole[],
  ): Promise<boolean> {
    const membership = await this.activeMembership(session);
    if (!membership) {
      throw new ProblemException(403, 'no-active-organisation');
    }
    if (!roles.includes(membership.role)) {
      throw forbidden();
    }
    request.tenant = {
      organisationId: membership.organisationId,
      membershipId: membership.id,
      role: membership.role,
    };
    return true;
  }

  /** A member removed from the active organisation carries on in their next one, as GET /me does. */
  private async activeMembership(session: SessionContext) {
    // Read with the session (one query per request); only a session without one looks further.
    if (session.activeMembership) {
      return session.activeMembership;
    }
    const [first] = await this.organisations.membershipRowsOf(session.userId);
    if (!first) {
      return null;
    }
    await this.sessions.setActiveOrganisation(session.sessionId, first.organisationId);
    return { organisationId: first.organisationId, id: first.membershipId, role: first.role };
  }
}
