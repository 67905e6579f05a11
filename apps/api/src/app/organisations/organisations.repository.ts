import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';

export interface MemberRow {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: MembershipEntity['role'];
  createdAt: Date;
}

export interface MembershipRow {
  organisationId: string;
  organisationName: string;
  role: MembershipEntity['role'];
  membershipId: string;
}

/** Every query of the organisations context; methods take the organisation id first. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findOrganisation(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
  }

  countOrganisations(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(OrganisationEntity).count();
  }

  listMembers(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MemberRow[]> {
    return manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('m.user', 'u')
      .select(['m.id AS "id"', 'm.userId AS "userId"', 'u.email AS "email"'])
      .addSelect([
        'u.displayName AS "displayName"',
        'm.role AS "role"',
        'm.createdAt AS "createdAt"',
      ])
      .where('m.organisationId = :organisationId', { organisationId })
      .orderBy('u.displayName', 'ASC')
      .getRawMany<MemberRow>();
  }

  /** Locks the organisation's memberships so two concurrent role changes cannot both remove the last quality officer. */
  async lockMembers(organisationId: string, manager: EntityManager): Promise<MemberRow[]> {
    await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .select('m.id')
      .where('m.organisationId = :organisationId', { organisationId })
      .setLock('pessimistic_write')
      .getMany();
    return this.listMembers(organisationId, manager);
  }

  membershipsOfUser(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MembershipRow[]> {
    return manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('m.organisation', 'o')
      .select(['m.organisationId AS "organisationId"', 'o.name AS "organisationName"'])
      .addSelect(['m.role AS "role"', 'm.id AS "membershipId"'])
      .where('m.userId = :userId', { userId })
      .orderBy('o.name', 'ASC')
      .getRawMany<MembershipRow>();
  }

  findMembership(
    organisationId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(MembershipEntity).findOneBy({ organisationId, userId });
  }

  listInvitations(organisationId: string): Promise<InvitationEntity[]> {
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { organisationId },
      order: { createdAt: 'DESC' },
    });
  }

  findInvitation(organisationId: string, invitationId: string): Promise<InvitationEntity | null> {
    return this.dataSource
      .getRepository(InvitationEntity)
      .findOneBy({ organisationId, id: invitationId });
  }

  countPendingInvitations(organisationId: string, now: Date): Promise<number> {
    return this.dataSource
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.organisationId = :organisationId', { organisationId })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now', { now })
      .getCount();
  }
}
