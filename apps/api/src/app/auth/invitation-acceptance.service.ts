import { InvitationPreview } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { SessionContext } from '../common/auth/request-context';
import { ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { InvitationsService, OpenMemberInvitation } from '../organisations/invitations.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { AuthService, LoggedIn } from './auth.service';
import { AcceptInvitationDto } from './dto/auth.dto';
import { InviteeAccountsService } from './invitee-accounts.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly invitees: InviteeAccountsService,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findOpen(token);
    const user = await this.users.findByEmail(invitation.email);
    return {
      organisationName: invitation.organisation?.name ?? '',
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      hasAccount: user !== null,
    };
  }

  /**
   * Joins the invited organisation: as the logged-in user when it is the invited address, with the
   * existing account's password, or by creating the account. Single use: the row is marked accepted
   * in the same transaction that adds the membership.
   */
  async accept(
    dto: AcceptInvitationDto,
    session: SessionContext | undefined,
  ): Promise<LoggedIn & { isNewSession: boolean }> {
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : null;
    const result = await this.invitations
      .accept(dto.token, async (manager, invitation) => {
        const user = await this.resolveUser(manager, invitation, dto, session, passwordHash);
        if (
          !(await this.organisations.findMembership(invitation.organisationId, user.id, manager))
        ) {
          await this.organisations.addMember(
            manager,
            invitation.organisationId,
            user.id,
            invitation.role,
          );
        }
        const token = session
          ? ''
          : await this.sessions.create(manager, user.id, invitation.organisationId);
        return { token, userId: user.id, organisationId: invitation.organisationId };
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_users_email')
          ? new ProblemException(409, 'email-taken')
          : error;
      });
    if (session) {
      await this.sessions.setActiveOrganisation(session.sessionId, result.organisationId);
    }
    const me = await this.auth.meOf(
      result.userId,
      session ? { ...session, activeOrganisationId: result.organisationId } : null,
    );
    return {
      token: result.token,
      me: { ...me, activeOrganisationId: result.organisationId },
      isNewSession: !session,
    };
  }

  private async resolveUser(
    manager: EntityManager,
    invitation: OpenMemberInvitation,
    dto: AcceptInvitationDto,
    session: SessionContext | undefined,
    passwordHash: string | null,
  ): Promise<{ id: string }> {
    if (session) {
      if (session.email !== invitation.email) {
        throw new ProblemException(409, 'invitation-email-mismatch', { email: invitation.email });
      }
      return { id: session.userId };
    }
    return this.invitees.resolve(manager, {
      email: invitation.email,
      password: dto.password,
      passwordHash,
      displayName: dto.displayName,
      language: dto.language,
      organisationNames: [invitation.organisation?.name ?? ''],
    });
  }
}
