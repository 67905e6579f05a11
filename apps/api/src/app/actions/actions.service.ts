import {
  assertActionChange,
  assertDueDateNotPast,
  assertOwner,
  assertRubricCriterion,
  ImprovementAction,
  isoDayIn,
  Member,
  RoundContentAction,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundAccessService } from '../assessments/round-access.service';
import { RoundChange, RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People, peopleOf } from '../common/people';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction, readAll } from '../common/transaction';
import { CurrentVersion, writeIfCurrent } from '../common/version-check';
import { OrganisationsService } from '../organisations/organisations.service';
import { actionContent, actionSnapshot, mapAction } from './action.mappers';
import { ActionsRepository, NewAction } from './actions.repository';
import { CreateActionDto, ListActionsQueryDto, UpdateActionDto } from './dto/action.dto';
import { ImprovementActionEntity } from './entities/improvement-action.entity';

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ActionsRepository,
    private readonly access: RoundAccessService,
    private readonly organisations: OrganisationsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  async list(organisationId: string, query: ListActionsQueryDto): Promise<ImprovementAction[]> {
    const today = this.today();
    const [rows, people] = await Promise.all([
      this.repository.list(organisationId, {
        roundId: query.roundId,
        criterionCode: query.criterionCode,
        status: query.status,
        ownerMembershipId: query.ownerId,
        overdueOn: query.overdue ? today : undefined,
      }),
      this.people(organisationId),
    ]);
    return rows.map((row) => mapAction(row, people, today));
  }

  /** The actions of one round of the organisation (404 for any other round). */
  async listOfRound(organisationId: string, roundId: string): Promise<ImprovementAction[]> {
    await this.access.findRound(organisationId, roundId);
    return this.list(organisationId, { roundId });
  }

  async get(organisationId: string, actionId: string): Promise<ImprovementAction> {
    const row = await this.repository.find(organisationId, actionId);
    if (!row) {
      throw notFound();
    }
    return mapAction(row, await this.people(organisationId), this.today());
  }

  /** Quality officers, and contributors on a criterion they own, plan actions in an open round. */
  /** A member plans an action: due today or later (the demo seeds older ones through `create`). */
  plan(actor: Actor, roundId: string, dto: CreateActionDto): Promise<ImprovementAction> {
    assertDueDateNotPast(dto.dueDate, this.today());
    return this.create(actor, roundId, dto);
  }

  async create(
    actor: Actor,
    roundId: string,
    dto: CreateActionDto,
    outer?: EntityManager,
  ): Promise<ImprovementAction> {
    const loaded = await this.access.findRound(actor.organisationId, roundId, outer);
    const [rubric, people] = await readAll(
      outer,
      () => this.access.rubricOf(loaded, outer),
      () => this.people(actor.organisationId, outer),
    );
    assertRubricCriterion(rubric, dto.criterionCode);
    const owner = this.ownerOf(people, dto.ownerId);
    const row = await inTransaction(this.dataSource, outer, async (manager) => {
      await this.access.lockWritable(manager, actor.organisationId, roundId);
      this.access.assertMayEdit(
        actor,
        await this.access.criterionOwner(manager, roundId, dto.criterionCode),
      );
      const now = this.clock.now();
      const [created] = await this.repository.insert(manager, [
        {
          organisationId: actor.organisationId,
          roundId,
          criterionCode: dto.criterionCode,
          title: dto.title.trim(),
          description: dto.description?.trim() ?? '',
          ownerMembershipId: owner?.id ?? null,
          dueDate: dto.dueDate ?? null,
          status: 'open',
          reflection: null,
          carriedOverFromId: null,
          version: 1,
          createdById: actor.userId,
          updatedAt: now,
          updatedById: actor.userId,
          completedAt: null,
        },
      ]);
      await this.events.record(manager, actor, this.change(created, 'action.created', null));
      return created;
    });
    return mapAction(row, people, this.today());
  }

  /** A change with the version it was based on; the status follows the improvement cycle. */
  async update(
    actor: Actor,
    actionId: string,
    dto: UpdateActionDto,
    outer?: EntityManager,
  ): Promise<ImprovementAction> {
    const people = await this.people(actor.organisationId, outer);
    const owner = dto.ownerId === undefined ? undefined : this.ownerOf(people, dto.ownerId);
    const row = await inTransaction(this.dataSource, outer, async (manager) => {
      const current = await this.repository.find(actor.organisationId, actionId, manager);
      if (!current) {
        throw notFound();
      }
      await this.access.lockWritable(manager, actor.organisationId, current.roundId);
      const criterionOwner = await this.access.criterionOwner(
        manager,
        current.roundId,
        current.criterionCode,
      );
      this.access.assertMayEdit(actor, criterionOwner, current.ownerMembershipId);
      const patch = this.patchOf(current, dto, owner, actor);
      assertActionChange(current, {
        status: patch.status ?? current.status,
        reflection: patch.reflection ?? null,
      });
      await writeIfCurrent({
        expected: dto.version,
        actual: current.version,
        write: (version) => this.repository.update(manager, current, version, patch),
        current: () => this.current(manager, actor.organisationId, current, people),
      });
      const next = { ...current, ...patch, version: dto.version + 1 };
      await this.events.record(manager, actor, this.change(next, 'action.updated', current));
      return next;
    });
    return mapAction(row, people, this.today());
  }

  /** Unfinished actions of the previous round move along to the criteria their codes map to. */
  async carryOver(
    manager: EntityManager,
    actor: Actor,
    fromRoundId: string,
    toRoundId: string,
    targets: ReadonlyMap<string, string>,
  ): Promise<RoundChange[]> {
    const unfinished = await this.repository.ofRound(fromRoundId, manager, ['open', 'in-progress']);
    const now = this.clock.now();
    const copies = unfinished.flatMap((action): NewAction[] => {
      const criterionCode = targets.get(action.criterionCode);
      if (!criterionCode) {
        return [];
      }
      const { title, description, ownerMembershipId, dueDate, status, reflection } = action;
      const stamp = {
        createdById: actor.userId,
        updatedAt: now,
        updatedById: actor.userId,
        completedAt: null,
      };
      return [
        {
          organisationId: action.organisationId,
          roundId: toRoundId,
          criterionCode,
          title,
          description,
          ownerMembershipId,
          dueDate,
          status,
          reflection,
          carriedOverFromId: action.id,
          version: 1,
          ...stamp,
        },
      ];
    });
    const created = await this.repository.insert(manager, copies);
    return created.map((row) => this.change(row, 'action.created', null));
  }

  /** The round's actions as an upgrade plans them: id, criterion and title, inside `manager`. */
  async ofRoundForUpgrade(
    manager: EntityManager,
    roundId: string,
  ): Promise<{ id: string; criterionCode: string; title: string }[]> {
    const rows = await this.repository.ofRound(roundId, manager);
    return rows.map(({ id, criterionCode, title }) => ({ id, criterionCode, title }));
  }

  /**
   * Moves actions of a round to the criteria an upgrade of its rubric maps them to (action id →
   * new criterion code), inside the upgrade's transaction; the events of the moves.
   */
  async followMapping(
    manager: EntityManager,
    actor: Actor,
    roundId: string,
    targets: ReadonlyMap<string, string>,
  ): Promise<RoundChange[]> {
    const rows = await this.repository.ofRound(roundId, manager);
    const moved = rows.filter(
      (row) => targets.has(row.id) && targets.get(row.id) !== row.criterionCode,
    );
    const now = this.clock.now();
    const changes: RoundChange[] = [];
    for (const row of moved) {
      const next = {
        ...row,
        criterionCode: targets.get(row.id) ?? row.criterionCode,
        updatedAt: now,
        updatedById: actor.userId,
        version: row.version + 1,
      };
      await this.repository.moveToCriterion(manager, row.id, next);
      changes.push(this.change(next, 'action.updated', row));
    }
    return changes;
  }

  async contentOf(
    manager: EntityManager,
    roundId: string,
    people: People,
  ): Promise<RoundContentAction[]> {
    return (await this.repository.ofRound(roundId, manager)).map((row) =>
      actionContent(row, people),
    );
  }

  private patchOf(
    current: ImprovementActionEntity,
    dto: UpdateActionDto,
    owner: Member | null | undefined,
    actor: Actor,
  ): Partial<ImprovementActionEntity> {
    const status = dto.status ?? current.status;
    const reflection =
      dto.reflection === undefined ? current.reflection : dto.reflection?.trim() || null;
    const now = this.clock.now();
    return {
      title: dto.title?.trim() ?? current.title,
      description: dto.description?.trim() ?? current.description,
      ownerMembershipId: owner === undefined ? current.ownerMembershipId : (owner?.id ?? null),
      dueDate: dto.dueDate === undefined ? current.dueDate : dto.dueDate,
      status,
      reflection,
      completedAt: status !== 'done' ? null : current.status === 'done' ? current.completedAt : now,
      updatedAt: now,
      updatedById: actor.userId,
    };
  }

  /** Re-read inside the transaction: the row another save just committed is the current one. */
  private async current(
    manager: EntityManager,
    organisationId: string,
    stale: ImprovementActionEntity,
    people: People,
  ): Promise<CurrentVersion> {
    const row = (await this.repository.find(organisationId, stale.id, manager)) ?? stale;
    const current = mapAction(row, people, this.today());
    return { current, updatedBy: current.updatedBy?.displayName, updatedAt: current.updatedAt };
  }

  private change(
    row: ImprovementActionEntity,
    type: 'action.created' | 'action.updated',
    before: ImprovementActionEntity | null,
  ): RoundChange {
    return {
      roundId: row.roundId,
      criterionCode: row.criterionCode,
      subject: 'action',
      subjectId: row.id,
      type,
      before: before ? actionSnapshot(before) : null,
      after: actionSnapshot(row),
    };
  }

  /** An owner is a member who can edit: a manager only reads. */
  private ownerOf(people: People, memberId: string | null | undefined): Member | null {
    return memberId === null || memberId === undefined
      ? null
      : assertOwner(people.byMembership.get(memberId));
  }

  private async people(organisationId: string, manager?: EntityManager): Promise<People> {
    return peopleOf(await this.organisations.listMembers(organisationId, manager));
  }

  private today(): string {
    return isoDayIn(this.clock.now());
  }
}
