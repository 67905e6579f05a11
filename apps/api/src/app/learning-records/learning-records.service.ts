import {
  canReadTeamWork,
  canRecordOrganisationLearning,
  LearningRecord,
  LearningRecordKind,
  MemberRole,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { peopleOf } from '../common/people';
import { assertAnonymised } from '../common/privacy';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { TeamWorkAccessService } from '../team-work/team-work-access.service';
import { LearningRecordDto, LearningRecordQueryDto } from './dto/learning-record.dto';
import { LearningRecordEntity } from './entities/learning-record.entity';
import { LearningRecordsRepository } from './learning-records.repository';

/**
 * Learning with clients and other organisations. A team's records are recorded by its leads (or
 * the quality officer) and read like the team's other work; the organisation's own records (no
 * team) by the quality officer, read by everyone who sees every team. The texts pass the same
 * privacy check as reflections: a client is never identifiable.
 */
@Injectable()
export class LearningRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LearningRecordsRepository,
    private readonly access: TeamWorkAccessService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: LearningRecordQueryDto): Promise<LearningRecord[]> {
    const scope = query.team
      ? { teamIds: [(await this.access.readable(actor, query.team)).id], withOrganisation: false }
      : {
          teamIds: await this.access.readableTeamIds(actor),
          withOrganisation: this.seesOrganisation(actor),
        };
    const rows = await this.repository.list(actor.organisationId, { ...scope, kind: query.kind });
    return this.map(actor, rows);
  }

  /** For the learning report: the records of a period, of the given teams (null: all). */
  inPeriod(
    organisationId: string,
    teamIds: string[] | null,
    withOrganisation: boolean,
    from: string,
    to: string,
  ) {
    return this.repository.list(organisationId, { teamIds, withOrganisation, range: { from, to } });
  }

  async detail(actor: Actor, recordId: string): Promise<LearningRecord> {
    return (await this.map(actor, [await this.readable(actor, recordId)]))[0];
  }

  async create(actor: Actor, dto: LearningRecordDto): Promise<LearningRecord> {
    await this.assertRecordable(actor, dto.teamId ?? null);
    const fields = this.checked(dto);
    const now = this.clock.now();
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(manager, {
        organisationId: actor.organisationId,
        recordedByUserId: actor.userId,
        ...fields,
        createdAt: now,
        updatedAt: now,
      }),
    );
    return (await this.map(actor, [row]))[0];
  }

  async update(actor: Actor, recordId: string, dto: LearningRecordDto): Promise<LearningRecord> {
    const existing = await this.readable(actor, recordId);
    await this.assertRecordable(actor, existing.teamId);
    await this.assertRecordable(actor, dto.teamId ?? null);
    const fields = this.checked(dto);
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(manager, { ...existing, ...fields, updatedAt: this.clock.now() }),
    );
    return (await this.map(actor, [row]))[0];
  }

  async remove(actor: Actor, recordId: string): Promise<void> {
    const existing = await this.readable(actor, recordId);
    await this.assertRecordable(actor, existing.teamId);
    await this.dataSource.transaction((manager) => this.repository.remove(manager, existing.id));
  }

  private seesOrganisation(actor: Actor): boolean {
    return canReadTeamWork(actor.role as MemberRole, null);
  }

  /** A team's lead or the quality officer; the organisation's own records, the officer only. */
  private async assertRecordable(actor: Actor, teamId: string | null): Promise<void> {
    if (teamId) {
      await this.access.recordable(actor, teamId);
    } else if (!canRecordOrganisationLearning(actor.role as MemberRole)) {
      throw new ProblemException(403, 'organisation-learning-officer-only');
    }
  }

  private checked(dto: LearningRecordDto) {
    const texts = {
      counterpart: (dto.counterpart ?? '').trim(),
      asked: dto.asked.trim(),
      learned: dto.learned.trim(),
      outcome: (dto.outcome ?? '').trim(),
    };
    assertAnonymised(
      Object.entries(texts).map(([field, value]) => ({ field, value })),
      this.clock.now(),
    );
    return { teamId: dto.teamId ?? null, kind: dto.kind, date: dto.date, ...texts };
  }

  /** A record the actor may read; anything else is not found. */
  private async readable(actor: Actor, recordId: string): Promise<LearningRecordEntity> {
    const row = await this.repository.find(actor.organisationId, recordId);
    if (!row) {
      throw notFound();
    }
    if (row.teamId) {
      await this.access.readable(actor, row.teamId);
    } else if (!this.seesOrganisation(actor)) {
      throw notFound();
    }
    return row;
  }

  private async map(actor: Actor, rows: LearningRecordEntity[]): Promise<LearningRecord[]> {
    const names = peopleOf(await this.organisations.listMembers(actor.organisationId)).namesByUser;
    return rows.map((row) => ({
      id: row.id,
      teamId: row.teamId,
      kind: row.kind as LearningRecordKind,
      date: row.date,
      counterpart: row.counterpart,
      asked: row.asked,
      learned: row.learned,
      outcome: row.outcome,
      recordedBy: row.recordedByUserId
        ? { userId: row.recordedByUserId, displayName: names.get(row.recordedByUserId) ?? '' }
        : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  /** For the demo seed, inside its transaction: a record it has checked as the API does. */
  seed(manager: EntityManager, record: Parameters<LearningRecordsRepository['save']>[1]) {
    return this.repository.save(manager, record);
  }
}
