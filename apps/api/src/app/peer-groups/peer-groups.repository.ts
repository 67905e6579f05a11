import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PeerGroupInvitationEntity } from './entities/peer-group-invitation.entity';
import { PeerGroupMemberEntity } from './entities/peer-group-member.entity';
import { PeerGroupEntity } from './entities/peer-group.entity';

export interface PeerGroupRow {
  id: string;
  name: string;
  description: string;
  creatorOrganisationId: string | null;
  createdAt: Date;
  memberCount: number;
}

export interface PeerGroupMemberRow {
  id: string;
  organisationId: string;
  organisationName: string;
  joinedAt: Date;
}

export interface PeerGroupInvitationRow extends PeerGroupInvitationEntity {
  invitedByOrganisationName: string | null;
  acceptedByOrganisationName: string | null;
}

const GROUP_COLUMNS = `g.id, g.name, g.description, g.creator_organisation_id AS "creatorOrganisationId",
  g.created_at AS "createdAt",
  (SELECT count(*)::int FROM peer_group_members c WHERE c.group_id = g.id) AS "memberCount"`;

/**
 * Every query of the peer-groups context's own tables (members with their organisation's name).
 * The rounds, leerrapports and review invitations of member organisations are read in
 * peer-group-rounds.read-model.ts.
 */
@Injectable()
export class PeerGroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The groups an organisation belongs to, by name. */
  groupsOf(organisationId: string): Promise<PeerGroupRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS} FROM peer_groups g
       JOIN peer_group_members m ON m.group_id = g.id AND m.organisation_id = $1
       ORDER BY g.name, g.created_at, g.id`,
      [organisationId],
    );
  }

  /** The group, only when the organisation is one of its members. */
  async findGroupOf(
    organisationId: string,
    groupId: string,
    manager?: EntityManager,
  ): Promise<PeerGroupRow | null> {
    const rows: PeerGroupRow[] = await this.manager(manager).query(
      `SELECT ${GROUP_COLUMNS} FROM peer_groups g
       JOIN peer_group_members m ON m.group_id = g.id AND m.organisation_id = $1
       WHERE g.id = $2`,
      [organisationId, groupId],
    );
    return rows[0] ?? null;
  }

  /** Serialises joins, leaves and the one-step invitations of one group. */
  async lockGroup(manager: EntityManager, groupId: string): Promise<PeerGroupEntity | null> {
    return manager
      .getRepository(PeerGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :groupId', { groupId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Members in join order: the order the schedule is computed from. */
  members(groupId: string, manager?: EntityManager): Promise<PeerGroupMemberRow[]> {
    return this.manager(manager).query(
      `SELECT m.id, m.organisation_id AS "organisationId", o.name AS "organisationName",
         m.joined_at AS "joinedAt"
       FROM peer_group_members m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.group_id = $1
       ORDER BY m.joined_at, m.id`,
      [groupId],
    );
  }

  async insertGroup(
    manager: EntityManager,
    group: Pick<PeerGroupEntity, 'name' | 'description' | 'creatorOrganisationId' | 'createdById'>,
  ): Promise<PeerGroupEntity> {
    const repository = manager.getRepository(PeerGroupEntity);
    return repository.save(repository.create(group));
  }

  async insertMember(
    manager: EntityManager,
    member: Pick<PeerGroupMemberEntity, 'groupId' | 'organisationId' | 'joinedById'>,
  ): Promise<void> {
    await manager.getRepository(PeerGroupMemberEntity).insert(member);
  }

  async deleteMember(manager: EntityManager, groupId: string, memberId: string): Promise<void> {
    await manager.getRepository(PeerGroupMemberEntity).delete({ groupId, id: memberId });
  }

  async deleteGroup(manager: EntityManager, groupId: string): Promise<void> {
    await manager.getRepository(PeerGroupEntity).delete({ id: groupId });
  }

  async setCreator(manager: EntityManager, groupId: string, organisationId: string): Promise<void> {
    await manager
      .getRepository(PeerGroupEntity)
      .update({ id: groupId }, { creatorOrganisationId: organisationId });
  }

  async insertInvitation(
    manager: EntityManager,
    invitation: Pick<
      PeerGroupInvitationEntity,
      'groupId' | 'email' | 'tokenHash' | 'invitedByOrganisationId' | 'invitedById' | 'expiresAt'
    >,
  ): Promise<PeerGroupInvitationEntity> {
    const repository = manager.getRepository(PeerGroupInvitationEntity);
    return repository.save(
      repository.create({
        ...invitation,
        acceptedAt: null,
        acceptedById: null,
        acceptedByOrganisationId: null,
        revokedAt: null,
        revokedById: null,
      }),
    );
  }

  /** A group's invitations with the names of the organisations involved, newest first. */
  async invitations(
    groupId: string,
    invitationId?: string,
    manager?: EntityManager,
  ): Promise<PeerGroupInvitationRow[]> {
    const query = this.manager(manager)
      .getRepository(PeerGroupInvitationEntity)
      .createQueryBuilder('i')
      .leftJoin('i.invitedByOrganisation', 'ib')
      .leftJoin('i.acceptedByOrganisation', 'ab')
      .addSelect(['ib.name', 'ab.name'])
      .where('i.groupId = :groupId', { groupId });
    if (invitationId) {
      query.andWhere('i.id = :invitationId', { invitationId });
    }
    const rows = await query.orderBy('i.createdAt', 'DESC').addOrderBy('i.id', 'ASC').getMany();
    return rows.map((row) => ({
      ...row,
      invitedByOrganisationName: row.invitedByOrganisation?.name ?? null,
      acceptedByOrganisationName: row.acceptedByOrganisation?.name ?? null,
    }));
  }

  async groupName(groupId: string): Promise<{ name: string; description: string } | null> {
    return this.dataSource
      .getRepository(PeerGroupEntity)
      .findOne({ where: { id: groupId }, select: { name: true, description: true } });
  }
}
