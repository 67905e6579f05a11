import { TeamSession, TeamSessionType } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { peopleOf } from '../common/people';
import { assertAnonymised } from '../common/privacy';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { ReflectionModelsService } from '../reflections/reflection-models.service';
import { ReflectionsService } from '../reflections/reflections.service';
import { TeamWorkAccessService } from '../team-work/team-work-access.service';
import { TeamQueryDto, TeamSessionDto } from './dto/team-session.dto';
import { TeamSessionEntity } from './entities/team-session.entity';
import { TeamSessionsRepository } from './team-sessions.repository';

/** Team sessions: recorded by a lead (or the quality officer), read by the team and those above. */
@Injectable()
export class TeamSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeamSessionsRepository,
    private readonly access: TeamWorkAccessService,
    private readonly reflections: ReflectionsService,
    private readonly models: ReflectionModelsService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: TeamQueryDto): Promise<TeamSession[]> {
    const teamIds = query.team
      ? [(await this.access.readable(actor, query.team)).id]
      : await this.access.readableTeamIds(actor);
    return this.map(actor, await this.repository.list(actor.organisationId, teamIds));
  }

  /** For the learning report: the sessions of a period, of the given teams (null: all). */
  inPeriod(organisationId: string, teamIds: string[] | null, from: string, to: string) {
    return this.repository.list(organisationId, teamIds, { from, to });
  }

  async detail(actor: Actor, sessionId: string): Promise<TeamSession> {
    const row = await this.readable(actor, sessionId);
    return (await this.map(actor, [row]))[0];
  }

  async create(actor: Actor, dto: TeamSessionDto): Promise<TeamSession> {
    await this.access.recordable(actor, dto.teamId);
    const fields = await this.checked(actor, dto);
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

  async update(actor: Actor, sessionId: string, dto: TeamSessionDto): Promise<TeamSession> {
    const existing = await this.readable(actor, sessionId);
    await this.access.recordable(actor, existing.teamId);
    await this.access.recordable(actor, dto.teamId);
    const fields = await this.checked(actor, dto);
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(manager, { ...existing, ...fields, updatedAt: this.clock.now() }),
    );
    return (await this.map(actor, [row]))[0];
  }

  async remove(actor: Actor, sessionId: string): Promise<void> {
    const existing = await this.readable(actor, sessionId);
    await this.access.recordable(actor, existing.teamId);
    await this.dataSource.transaction((manager) => this.repository.remove(manager, existing.id));
  }

  private async checked(actor: Actor, dto: TeamSessionDto) {
    const texts = {
      stoodOut: dto.stoodOut ?? '',
      similaritiesAndDifferences: dto.similaritiesAndDifferences ?? '',
      insights: dto.insights ?? '',
      agreementsMade: dto.agreementsMade ?? '',
    };
    assertAnonymised(
      Object.entries(texts).map(([field, value]) => ({ field, value })),
      this.clock.now(),
    );
    const reflectionIds = dto.reflectionIds ?? [];
    const shared = await this.reflections.sharedInTeam(
      actor.organisationId,
      dto.teamId,
      reflectionIds,
    );
    const unknown = reflectionIds.filter((id) => !shared.includes(id));
    if (unknown.length > 0) {
      throw new ProblemException(422, 'unknown-reflection', { unknown: unknown.join(', ') });
    }
    const model = await this.models.resolve(actor.organisationId, dto.modelId ?? null, []);
    return {
      teamId: dto.teamId,
      sessionType: dto.sessionType,
      date: dto.date,
      presentCount: dto.presentCount,
      reflectionIds,
      modelId: model?.id ?? null,
      ...texts,
    };
  }

  private async readable(actor: Actor, sessionId: string): Promise<TeamSessionEntity> {
    const row = await this.repository.find(actor.organisationId, sessionId);
    if (!row) {
      throw notFound();
    }
    await this.access.readable(actor, row.teamId);
    return row;
  }

  private async map(actor: Actor, rows: TeamSessionEntity[]): Promise<TeamSession[]> {
    const names = peopleOf(await this.organisations.listMembers(actor.organisationId)).namesByUser;
    return rows.map((row) => ({
      id: row.id,
      teamId: row.teamId,
      sessionType: row.sessionType as TeamSessionType,
      date: row.date,
      presentCount: row.presentCount,
      reflectionIds: row.reflectionIds,
      modelId: row.modelId,
      stoodOut: row.stoodOut,
      similaritiesAndDifferences: row.similaritiesAndDifferences,
      insights: row.insights,
      agreementsMade: row.agreementsMade,
      recordedBy: row.recordedByUserId
        ? { userId: row.recordedByUserId, displayName: names.get(row.recordedByUserId) ?? '' }
        : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  /** For the demo seed, inside its transaction: stores a session it has checked as the API does. */
  seed(manager: EntityManager, session: Parameters<TeamSessionsRepository['save']>[1]) {
    return this.repository.save(manager, session);
  }
}
