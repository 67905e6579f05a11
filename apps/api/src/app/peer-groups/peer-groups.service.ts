import {
  assertMayRemovePeerGroupMember,
  isoDayIn,
  PeerGroupDetail,
  PeerGroupSummary,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { readAll } from '../common/transaction';
import { CreatePeerGroupDto } from './dto/peer-group.dto';
import { PeerGroupRoundsReadModel } from './peer-group-rounds.read-model';
import { mapPeerGroupDetail, mapPeerGroupSummary } from './peer-group.mappers';
import { PeerGroupMemberRow, PeerGroupRow, PeerGroupsRepository } from './peer-groups.repository';

/**
 * Toetsingsgroepen: the groups of the active organisation, who is in them, which of their rounds
 * await review and who reviews whom. Another organisation's group answers 404.
 */
@Injectable()
export class PeerGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PeerGroupsRepository,
    private readonly rounds: PeerGroupRoundsReadModel,
    private readonly clock: Clock,
  ) {}

  async list(organisationId: string): Promise<PeerGroupSummary[]> {
    const rows = await this.repository.groupsOf(organisationId);
    return rows.map((row) => mapPeerGroupSummary(row, organisationId));
  }

  async get(
    organisationId: string,
    groupId: string,
    manager?: EntityManager,
  ): Promise<PeerGroupDetail> {
    const group = await this.findGroup(organisationId, groupId, manager);
    const members = await this.repository.members(groupId, manager);
    const organisationIds = members.map((member) => member.organisationId);
    const [rounds, invitedRoundIds] = await readAll(
      manager,
      () => this.rounds.awaitingRounds(organisationIds, isoDayIn(this.clock.now()), manager),
      () =>
        this.rounds.roundsWithActiveReviewInvitations(organisationIds, this.clock.now(), manager),
    );
    return mapPeerGroupDetail(
      { group, members, rounds, invitedRoundIds: new Set(invitedRoundIds) },
      organisationId,
    );
  }

  /** The creating organisation is the group's first member. */
  async create(actor: Actor, dto: CreatePeerGroupDto): Promise<PeerGroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.repository.insertGroup(manager, {
        name: dto.name.trim(),
        description: dto.description?.trim() ?? '',
        creatorOrganisationId: actor.organisationId,
        createdById: actor.userId,
      });
      await this.repository.insertMember(manager, {
        groupId: group.id,
        organisationId: actor.organisationId,
        joinedById: actor.userId,
      });
      return this.get(actor.organisationId, group.id, manager);
    });
  }

  /**
   * The organisation leaves. When the creator leaves, the member that joined first after it may
   * remove members from then on; when the last member leaves, the group is gone.
   */
  leave(actor: Actor, groupId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { group, members } = await this.lockMembership(manager, actor.organisationId, groupId);
      const own = members.find((member) => member.organisationId === actor.organisationId);
      if (own) {
        await this.removeLocked(manager, group, members, own);
      }
    });
  }

  /** Only the creating organisation removes others; removing itself is leaving. */
  removeMember(actor: Actor, groupId: string, memberId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { group, members } = await this.lockMembership(manager, actor.organisationId, groupId);
      const target = members.find((member) => member.id === memberId);
      if (!target) {
        throw notFound();
      }
      assertMayRemovePeerGroupMember(group, target, actor.organisationId);
      await this.removeLocked(manager, group, members, target);
    });
  }

  /** The group, only when the organisation is a member; else 404. */
  async findGroup(
    organisationId: string,
    groupId: string,
    manager?: EntityManager,
  ): Promise<PeerGroupRow> {
    const group = await this.repository.findGroupOf(organisationId, groupId, manager);
    if (!group) {
      throw notFound();
    }
    return group;
  }

  /** Locks the group for a change of its members and checks the organisation belongs to it. */
  async lockMembership(
    manager: EntityManager,
    organisationId: string,
    groupId: string,
  ): Promise<{ group: PeerGroupRow; members: PeerGroupMemberRow[] }> {
    await this.repository.lockGroup(manager, groupId);
    const group = await this.findGroup(organisationId, groupId, manager);
    return { group, members: await this.repository.members(groupId, manager) };
  }

  private async removeLocked(
    manager: EntityManager,
    group: PeerGroupRow,
    members: PeerGroupMemberRow[],
    leaving: PeerGroupMemberRow,
  ): Promise<void> {
    const remaining = members.filter((member) => member.id !== leaving.id);
    if (remaining.length === 0) {
      await this.repository.deleteGroup(manager, group.id);
      return;
    }
    await this.repository.deleteMember(manager, group.id, leaving.id);
    if (group.creatorOrganisationId === leaving.organisationId) {
      await this.repository.setCreator(manager, group.id, remaining[0].organisationId);
    }
  }
}
