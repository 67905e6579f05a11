import { assertNotMember, CreatedInvitation, Invitation, MemberRole } from '@labelklaar/domain';

import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InvitationEntity } from './entities/invitation.entity';
import { mapInvitation } from './organisation.mappers';
import { OrganisationsRepository } from './organisations.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An open member invitation as the acceptance (auth) sees it, with its organisation. */
export type OpenMemberInvitation = Pick<
  InvitationEntity,
  'id' | 'organisationId' | 'organisation' | 'email' | 'role' | 'expiresAt'
>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: OrganisationsRepository,
    private readonly clock: Clock,
  ) {}

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
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const invitation = await this.dataSource.getRepository(InvitationEntity).save({
      organisationId,
      email: normalised,
      role,
      tokenHash: hashToken(token),
      invitedById,
      expiresAt: new Date(now.getTime() + this.config.invitationTtlDays * DAY_MS),
      acceptedAt: null,
      revokedAt: null,
    });
    const acceptUrl = `/invitations/accept?token=${token}`;
    // The link is shown to the quality officer only: the log gets the id, never the token.
    this.logger.log(`Invitation ${invitation.id} created (${role})`);
    return { invitation: mapInvitation(invitation, now), acceptUrl };
  }

  async revoke(organisationId: string, invitationId: string): Promise<void> {
    const invitation = await this.repository.findInvitation(organisationId, invitationId);
    if (!invitation) {
      throw notFound();
    }
    if (!invitation.acceptedAt && !invitation.revokedAt) {
      await this.dataSource
        .getRepository(InvitationEntity)
        .update({ id: invitation.id, organisationId }, { revokedAt: this.clock.now() });
    }
  }

  /** An unknown, used, revoked or expired token all answer the same 404. */
  async findOpen(token: string, manager?: EntityManager): Promise<OpenMemberInvitation> {
    const invitation = await this.repository.findOpenInvitationByTokenHash(
      hashToken(token),
      manager,
    );
    if (!invitation || invitation.expiresAt <= this.clock.now()) {
      throw notFound();
    }
    return invitation;
  }

  async markAccepted(manager: EntityManager, invitation: OpenMemberInvitation): Promise<void> {
    const result = await manager
      .getRepository(InvitationEntity)
      .createQueryBuilder()
      .update()
      .set({ acceptedAt: this.clock.now() })
      .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id: invitation.id })
      .execute();
    if (result.affected !== 1) {
      throw notFound();
    }
  }

  private async refuseExistingMember(organisationId: string, email: string): Promise<void> {
    const members = await this.repository.listMembers(organisationId);
    assertNotMember(members, email);
  }
}
