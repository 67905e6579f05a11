import {
  assertNotPeerGroupMember,
  assertPeerGroupCreator,
  CreatedPeerGroupInvitation,
  PEER_GROUP_INVITATION_DEFAULT_DAYS,
  PeerGroupDetail,
  PeerGroupInvitation,
  PeerGroupInvitationPreview,
} from '@labelklaar/domain';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { daysFrom, InvitationLinks } from '../common/invitations/invitation-links';
import { notFound } from '../common/problems/problem.exception';
import { Mailer } from '../mail/mailer.service';
import { InviteOrganisationDto } from './dto/peer-group.dto';
import { PeerGroupInvitationEntity } from './entities/peer-group-invitation.entity';
import { PeerGroupRoundsReadModel } from './peer-group-rounds.read-model';
import { mapPeerGroupInvitation } from './peer-group.mappers';
import { PeerGroupRow, PeerGroupsRepository } from './peer-groups.repository';
import { PeerGroupsService } from './peer-groups.service';

/**
 * Links for other organisations to join a toetsingsgroep. The creating organisation's quality
 * officer sends them to another organisation's quality officer; whoever opens the link as the
 * quality officer of their active organisation accepts for that organisation. An unknown, used,
 * revoked or expired token all answer the same 404.
 */
@Injectable()
export class PeerGroupInvitationsService {
  private readonly logger = new Logger('PeerGroupInvitations');
  private readonly links: InvitationLinks<PeerGroupInvitationEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PeerGroupsRepository,
    private readonly rounds: PeerGroupRoundsReadModel,
    private readonly groups: PeerGroupsService,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
  ) {
    this.links = new InvitationLinks(PeerGroupInvitationEntity, clock);
  }

  async list(actor: Actor, groupId: string): Promise<PeerGroupInvitation[]> {
    await this.creatorsGroup(actor, groupId);
    const now = this.clock.now();
    return (await this.repository.invitations(groupId)).map((row) =>
      mapPeerGroupInvitation(row, now),
    );
  }

  async create(
    actor: Actor,
    groupId: string,
    dto: InviteOrganisationDto,
  ): Promise<CreatedPeerGroupInvitation> {
    const group = await this.creatorsGroup(actor, groupId);
    const email = dto.email.trim().toLowerCase();
    const { token, tokenHash } = this.links.issue();
    const acceptUrl = `/peer-groups/join?token=${token}`;
    const now = this.clock.now();
    const days = dto.expiresInDays ?? PEER_GROUP_INVITATION_DEFAULT_DAYS;
    const saved = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.repository.insertInvitation(manager, {
        groupId,
        email,
        tokenHash,
        invitedByOrganisationId: actor.organisationId,
        invitedById: actor.userId,
        expiresAt: daysFrom(now, days),
      });
      await this.mailer.send(
        'peer-group-invitation',
        email,
        { groupName: group.name, url: this.mailer.link(acceptUrl) },
        manager,
      );
      return inserted;
    });
    const [row] = await this.repository.invitations(groupId, saved.id);
    // The link is shown to the quality officer only: the log gets the id, never the token.
    this.logger.log(`Peer group invitation ${saved.id} created (group ${groupId})`);
    return { invitation: mapPeerGroupInvitation(row, now), acceptUrl };
  }

  async revoke(actor: Actor, groupId: string, invitationId: string): Promise<void> {
    await this.creatorsGroup(actor, groupId);
    const [row] = await this.repository.invitations(groupId, invitationId);
    if (!row) {
      throw notFound();
    }
    await this.dataSource.transaction((manager) =>
      this.links.revoke(manager, row.id, { revokedById: actor.userId }),
    );
  }

  async preview(actor: Actor, token: string): Promise<PeerGroupInvitationPreview> {
    const invitation = await this.links.findOpen(token, this.dataSource.manager);
    const [group, members, invitedBy] = await Promise.all([
      this.repository.groupName(invitation.groupId),
      this.repository.members(invitation.groupId),
      invitation.invitedByOrganisationId
        ? this.rounds.organisationName(invitation.invitedByOrganisationId)
        : Promise.resolve(null),
    ]);
    if (!group) {
      throw notFound();
    }
    return {
      groupName: group.name,
      groupDescription: group.description,
      invitedByOrganisationName: invitedBy ?? '',
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
      memberOrganisationNames: members.map((member) => member.organisationName),
      alreadyMember: members.some((member) => member.organisationId === actor.organisationId),
    };
  }

  /** The actor's active organisation joins the group; the link is used up. */
  async accept(actor: Actor, token: string): Promise<PeerGroupDetail> {
    // The invitation row is locked, so a link is used once however often it is posted.
    return this.links.accept(this.dataSource, token, async (manager, invitation) => {
      // The group is locked, so two links accepted at once cannot both add the organisation.
      await this.repository.lockGroup(manager, invitation.groupId);
      const members = await this.repository.members(invitation.groupId, manager);
      assertNotPeerGroupMember(members, actor.organisationId);
      await this.repository.insertMember(manager, {
        groupId: invitation.groupId,
        organisationId: actor.organisationId,
        joinedById: actor.userId,
      });
      return {
        result: await this.groups.get(actor.organisationId, invitation.groupId, manager),
        accepted: { acceptedByOrganisationId: actor.organisationId, acceptedById: actor.userId },
      };
    });
  }

  /** Inviting and revoking are for the organisation that created the group. */
  private async creatorsGroup(actor: Actor, groupId: string): Promise<PeerGroupRow> {
    const group = await this.groups.findGroup(actor.organisationId, groupId);
    assertPeerGroupCreator(group, actor.organisationId);
    return group;
  }
}
