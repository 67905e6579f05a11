import {
  canChangeReflection,
  canReadReflection,
  listFields,
  Reflection,
  TextField,
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
import { TeamsService } from '../teams/teams.service';
import { ReflectionDto, ReflectionQueryDto } from './dto/reflection.dto';
import { ReflectionEntity } from './entities/reflection.entity';
import { ReflectionModelsService } from './reflection-models.service';
import { mapReflection } from './reflection.mappers';
import { ReflectionsRepository } from './reflections.repository';

/** Every free text of a reflection, by the field name the client sent it under. */
function textFields(dto: ReflectionDto): TextField[] {
  return [
    ...(dto.promptAnswers ?? []).map((answer, index) => ({
      field: `promptAnswers[${index}].answer`,
      value: answer.answer,
    })),
    ...listFields('steps', dto.steps),
    { field: 'decision', value: dto.decision },
    { field: 'insight', value: dto.insight },
  ];
}

/**
 * Decision reflections. A reflection is its author's; the team reads it once it is brought to the
 * team. Nobody else ever reads one: managers and quality officers see aggregates (learning report).
 */
@Injectable()
export class ReflectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReflectionsRepository,
    private readonly teams: TeamsService,
    private readonly organisations: OrganisationsService,
    private readonly models: ReflectionModelsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: ReflectionQueryDto): Promise<Reflection[]> {
    const teams = await this.teams.teamsOf(actor.organisationId, actor.userId);
    const rows = await this.repository.list(actor.organisationId, {
      userId: actor.userId,
      teamIds: teams.map((team) => team.teamId),
      teamId: query.team,
      scope: query.scope,
    });
    return this.map(actor, rows);
  }

  async detail(actor: Actor, reflectionId: string): Promise<Reflection> {
    return (await this.map(actor, [await this.readable(actor, reflectionId)]))[0];
  }

  async create(actor: Actor, dto: ReflectionDto): Promise<Reflection> {
    const fields = await this.checked(actor, dto);
    const now = this.clock.now();
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(manager, {
        organisationId: actor.organisationId,
        authorUserId: actor.userId,
        ...fields,
        createdAt: now,
        updatedAt: now,
      }),
    );
    return (await this.map(actor, [row]))[0];
  }

  async update(actor: Actor, reflectionId: string, dto: ReflectionDto): Promise<Reflection> {
    const existing = await this.own(actor, reflectionId);
    const fields = await this.checked(actor, dto);
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(manager, { ...existing, ...fields, updatedAt: this.clock.now() }),
    );
    return (await this.map(actor, [row]))[0];
  }

  async remove(actor: Actor, reflectionId: string): Promise<void> {
    const existing = await this.own(actor, reflectionId);
    await this.dataSource.transaction((manager) => this.repository.remove(manager, existing.id));
  }

  /** Of the given ids, those of reflections shared with the team (for a session's discussion). */
  async sharedInTeam(
    organisationId: string,
    teamId: string,
    ids: readonly string[],
  ): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.repository.sharedIds(organisationId, teamId, ids);
  }

  /** Aggregate facts of a period (no texts), for the learning report. */
  factsInPeriod(organisationId: string, teamIds: string[] | null, from: string, to: string) {
    return this.repository.inPeriod(organisationId, from, to, teamIds);
  }

  /** Team, privacy and model checked, in that order; nothing is written before all pass. */
  private async checked(actor: Actor, dto: ReflectionDto) {
    if (!(await this.teams.isMember(actor.organisationId, actor.userId, dto.teamId))) {
      throw new ProblemException(422, 'not-in-team');
    }
    assertAnonymised(textFields(dto), this.clock.now());
    const model = await this.models.resolve(
      actor.organisationId,
      dto.modelId ?? null,
      dto.promptAnswers ?? [],
    );
    return {
      teamId: dto.teamId,
      date: dto.date,
      decisionKind: dto.decisionKind,
      dilemmas: dto.dilemmas,
      modelId: model?.id ?? null,
      modelVersion: model?.version ?? null,
      promptAnswers: (dto.promptAnswers ?? []).map(({ promptId, answer }) => ({
        promptId,
        answer,
      })),
      considerations: dto.considerations,
      steps: dto.steps,
      decision: dto.decision,
      insight: dto.insight,
      isShared: dto.isShared ?? false,
    };
  }

  /** A reflection the actor may read; anything else is not found (not even that it exists). */
  private async readable(actor: Actor, reflectionId: string): Promise<ReflectionEntity> {
    const row = await this.repository.find(actor.organisationId, reflectionId);
    if (!row) {
      throw notFound();
    }
    const teams = await this.teams.teamsOf(actor.organisationId, actor.userId);
    const reader = { userId: actor.userId, teamIds: new Set(teams.map((team) => team.teamId)) };
    if (!canReadReflection(row, reader)) {
      throw notFound();
    }
    return row;
  }

  private async own(actor: Actor, reflectionId: string): Promise<ReflectionEntity> {
    const row = await this.readable(actor, reflectionId);
    if (!canChangeReflection(row, actor.userId)) {
      throw new ProblemException(403, 'reflection-not-yours');
    }
    return row;
  }

  private async map(actor: Actor, rows: ReflectionEntity[]): Promise<Reflection[]> {
    const [teams, members] = await Promise.all([
      this.teams.teamsOf(actor.organisationId, actor.userId),
      this.organisations.listMembers(actor.organisationId),
    ]);
    const teamNames = new Map(teams.map((team) => [team.teamId, team.name]));
    for (const row of rows.filter((r) => !teamNames.has(r.teamId))) {
      teamNames.set(
        row.teamId,
        (await this.teams.findTeam(actor.organisationId, row.teamId))?.name ?? '',
      );
    }
    const names = { team: teamNames, people: peopleOf(members).namesByUser };
    return rows.map((row) => mapReflection(row, actor.userId, names));
  }

  /**
   * For the demo seed, inside its transaction: stores a reflection it has checked as the API
   * does (privacy check, a bundled model and its prompts).
   */
  seed(manager: EntityManager, reflection: Parameters<ReflectionsRepository['save']>[1]) {
    return this.repository.save(manager, reflection);
  }
}
