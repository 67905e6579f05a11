import { assertNotMember, CreatedInvitation, Invitation, MemberRole } from '@labelklaar/domain';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { daysFrom, InvitationLinks } from '../common/invitations/invitation-links';
import { notFound } from '../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Mailer } from '../mail/mailer.service';
import { InvitationEntity } from './entities/invitation.entity';
import { mapInvitation } from './organisation.mappers';
import { OrganisationsRepository } from './organisations.repository';

/** An open member invitation as the acceptance (auth) sees it, with its organisation. */
export type OpenMemberInvitation = Pick<
  InvitationEntity,
  'id' | 'organisationId' | 'organisation' | 'email' | 'role' | 'expiresAt'
>;

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');
  private readonly links: InvitationLinks<InvitationEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: OrganisationsRepository,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
  ) {
    this.links = new InvitationLinks(InvitationEntity, clock, { relations: ['organisation'] });
  }

  async list(organisationId: string): Promise<Invitation[]> {
    const now = this.clock.now();
    return (await this.repository.listInvitations(organisationId)).map((i) =>
      mapInvitation(i, now),
    );
  }

  async create(
    organisationId: string,
    invitedById: string,
    email: string,
    role: MemberRole,
  ): Promise<CreatedInvitation> {
    const normalised = email.trim().toLowerCase();
    await this.refuseExistingMember(organisationId, normalised);
    const { token, tokenHash } = this.links.issue();
    const now = this.clock.now();
    const acceptUrl = `/invitations/accept?token=${token}`;
    const invitation = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(InvitationEntity).save({
        organisationId,
        email: normalised,
        role,
        tokenHash,
        invitedById,
        expiresAt: daysFrom(now, this.config.invitationTtlDays),
        acceptedAt: null,
        revokedAt: null,
      });
      const organisation = await this.repository.findOrganisation(organisationId, manager);
      await this.mailer.send(
        'member-invitation',
        normalised,
        { organisationName: organisation?.name ?? '', role, url: this.mailer.link(acceptUrl) },
        manager,
      );
      return saved;
    });
    // The link is shown to the quality officer only: the log gets the id, never the token.
    this.logger.log(`Invitation ${invitation.id} created (${role})`);
    return { invitation: mapInvitation(invitation, now), acceptUrl };
  }

  async revoke(organisationId: string, invitationId: string): Promise<void> {
    const invitation = await this.repository.findInvitation(organisationId, invitationId);
    if (!invitation) {
      throw notFound();
    }
    await this.links.revoke(this.dataSource.manager, invitation.id);
  }

  /** An unknown, used, revoked or expired token all answer the same 404. */
  findOpen(token: string): Promise<OpenMemberInvitation> {
    return this.links.findOpen(token, this.dataSource.manager);
  }

  /**
   * Accepts in one transaction: `work` adds the membership (and whatever else accepting means
   * for the caller) while the invitation row is locked; then the row is marked used.
   */
  accept<R>(
    token: string,
    work: (manager: EntityManager, invitation: OpenMemberInvitation) => Promise<R>,
  ): Promise<R> {
    return this.links.accept(this.dataSource, token, async (manager, invitation) => ({
      result: await work(manager, invitation),
    }));
  }

  private async refuseExistingMember(organisationId: string, email: string): Promise<void> {
    const members = await this.repository.listMembers(organisationId);
    assertNotMember(members, email);
  }
}
