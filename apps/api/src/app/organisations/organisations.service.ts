import {
  assertKeepsQualityOfficer,
  Member,
  MemberRole,
  Membership,
  OrganisationOverview,
  OrganisationSettings,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { mapMember } from './organisation.mappers';
import { MembershipRow, OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrganisationsRepository,
    private readonly clock: Clock,
  ) {}

  /** Creates an organisation with its first quality officer, inside the caller's transaction. */
  async createWithQualityOfficer(
    manager: EntityManager,
    name: string,
    userId: string,
  ): Promise<OrganisationEntity> {
    const organisation = await manager.getRepository(OrganisationEntity).save({ name });
    await manager
      .getRepository(MembershipEntity)
      .save({ organisationId: organisation.id, userId, role: 'quality-officer' });
    return organisation;
  }

  async addMember(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    role: MemberRole,
  ): Promise<void> {
    await manager.getRepository(MembershipEntity).save({ organisationId, userId, role });
  }

  countOrganisations(manager?: EntityManager): Promise<number> {
    return this.repository.countOrganisations(manager);
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows = await this.repository.membershipsOfUser(userId);
    return rows.map(({ organisationId, organisationName, role }) => ({
      organisationId,
      organisationName,
      role,
    }));
  }

  membershipRowsOf(userId: string): Promise<MembershipRow[]> {
    return this.repository.membershipsOfUser(userId);
  }

  findMembership(organisationId: string, userId: string, manager?: EntityManager) {
    return this.repository.findMembership(organisationId, userId, manager);
  }

  /** The organisation's name; inside the caller's transaction when given its manager. */
  async nameOf(organisationId: string, manager?: EntityManager): Promise<string> {
    const organisation = await this.repository.findOrganisation(organisationId, manager);
    if (!organisation) {
      throw notFound();
    }
    return organisation.name;
  }

  /** The organisation's name and whether a round needs a vaststelling before submission. */
  async submissionRulesOf(
    organisationId: string,
    manager?: EntityManager,
  ): Promise<{ name: string; signOffRequired: boolean }> {
    const organisation = await this.repository.findOrganisation(organisationId, manager);
    if (!organisation) {
      throw notFound();
    }
    return { name: organisation.name, signOffRequired: organisation.signOffRequired };
  }

  /** A quality officer's change to the organisation's settings; answers the overview. */
  async updateSettings(
    organisationId: string,
    settings: OrganisationSettings,
  ): Promise<OrganisationOverview> {
    await this.dataSource
      .getRepository(OrganisationEntity)
      .update({ id: organisationId }, { signOffRequired: settings.signOffRequired });
    return this.overview(organisationId);
  }

  async overview(organisationId: string): Promise<OrganisationOverview> {
    const organisation = await this.repository.findOrganisation(organisationId);
    if (!organisation) {
      throw notFound();
    }
    const [members, pending] = await Promise.all([
      this.repository.listMembers(organisationId),
      this.repository.countPendingInvitations(organisationId, this.clock.now()),
    ]);
    return {
      id: organisation.id,
      name: organisation.name,
      createdAt: organisation.createdAt.toISOString(),
      memberCount: members.length,
      pendingInvitationCount: pending,
      signOffRequired: organisation.signOffRequired,
      deletion:
        organisation.deletionRequestedAt && organisation.deletionDueAt
          ? {
              requestedAt: organisation.deletionRequestedAt.toISOString(),
              dueAt: organisation.deletionDueAt.toISOString(),
            }
          : null,
    };
  }

  async listMembers(organisationId: string, manager?: EntityManager): Promise<Member[]> {
    return (await this.repository.listMembers(organisationId, manager)).map(mapMember);
  }

  changeRole(organisationId: string, memberId: string, role: MemberRole): Promise<Member> {
    return this.dataSource.transaction(async (manager) => {
      const members = await this.repository.lockMembers(organisationId, manager);
      const member = members.find((m) => m.id === memberId);
      if (!member) {
        throw notFound();
      }
      assertKeepsQualityOfficer(members, { memberId, newRole: role });
      await manager
        .getRepository(MembershipEntity)
        .update({ id: memberId, organisationId }, { role });
      return mapMember({ ...member, role });
    });
  }

  removeMember(organisationId: string, memberId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const members = await this.repository.lockMembers(organisationId, manager);
      if (!members.some((m) => m.id === memberId)) {
        throw notFound();
      }
      assertKeepsQualityOfficer(members, { memberId, newRole: null });
      await manager.getRepository(MembershipEntity).delete({ id: memberId, organisationId });
    });
  }

  /**
   * Ends every membership of a person leaving Labelklaar, in the caller's transaction; refused
   * (409 last-quality-officer) while they are the last quality officer of any organisation.
   */
  async endMembershipsOf(manager: EntityManager, userId: string): Promise<void> {
    const memberships = await this.repository.membershipsOfUser(userId, manager);
    for (const membership of memberships) {
      const members = await this.repository.lockMembers(membership.organisationId, manager);
      const member = members.find((m) => m.userId === userId);
      if (member) {
        assertKeepsQualityOfficer(members, { memberId: member.id, newRole: null });
      }
    }
    await manager.getRepository(MembershipEntity).delete({ userId });
  }
}
