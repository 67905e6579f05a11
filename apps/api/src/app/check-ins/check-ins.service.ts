import {
  assertDueDateNotPast,
  CHECK_IN_QUESTIONS,
  CheckIn,
  CheckInAnswers,
  CheckInCadence,
  CheckInQuestion,
  CheckInSchedule,
  DEFAULT_CHECK_IN_CADENCE,
  dueCheckInPeriod,
  isCheckInPeriodOpen,
  isoDayIn,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { peopleOf } from '../common/people';
import { assertAnonymised } from '../common/privacy';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { OrganisationsService } from '../organisations/organisations.service';
import { TeamWorkAccessService } from '../team-work/team-work-access.service';
import { CheckInsRepository } from './check-ins.repository';
import {
  AnswerCheckInDto,
  CheckInActionDto,
  CheckInQueryDto,
  CheckInScheduleDto,
} from './dto/check-in.dto';
import { CheckInEntity } from './entities/check-in.entity';

/**
 * The prikkelende vragen. Answers are read within the team (the team talks about them); outside
 * it only counts appear, in the learning report. An answer becomes an improvement action in the
 * open round through ActionsService, so the verbetercyclus runs through the existing actions.
 */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CheckInsRepository,
    private readonly access: TeamWorkAccessService,
    private readonly actions: ActionsService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, teamId: string): Promise<CheckInSchedule> {
    await this.access.readable(actor, teamId);
    const cadence = await this.cadenceOf(actor.organisationId, teamId);
    const period = dueCheckInPeriod(this.today(), cadence);
    const own = await this.repository.findOwn(
      actor.organisationId,
      teamId,
      actor.userId,
      period.key,
    );
    return {
      teamId,
      cadence,
      currentPeriod: { key: period.key, from: period.from, to: period.to },
      hasAnsweredCurrent: own !== null,
    };
  }

  async setSchedule(
    actor: Actor,
    teamId: string,
    dto: CheckInScheduleDto,
  ): Promise<CheckInSchedule> {
    await this.access.recordable(actor, teamId);
    await this.dataSource.transaction((manager) =>
      this.repository.saveSchedule(manager, {
        teamId,
        organisationId: actor.organisationId,
        cadence: dto.cadence,
        updatedAt: this.clock.now(),
      }),
    );
    return this.schedule(actor, teamId);
  }

  async list(actor: Actor, query: CheckInQueryDto): Promise<CheckIn[]> {
    await this.inTeam(actor, query.team);
    const cadence = await this.cadenceOf(actor.organisationId, query.team);
    const periodKey = query.period ?? dueCheckInPeriod(this.today(), cadence).key;
    return this.map(actor, await this.repository.list(actor.organisationId, query.team, periodKey));
  }

  /** My answers for a period (the running one by default); answering again replaces them. */
  async answer(actor: Actor, dto: AnswerCheckInDto): Promise<CheckIn> {
    await this.access.memberOf(actor, dto.teamId);
    const cadence = await this.cadenceOf(actor.organisationId, dto.teamId);
    const periodKey = dto.periodKey ?? dueCheckInPeriod(this.today(), cadence).key;
    if (!isCheckInPeriodOpen(periodKey, this.today(), cadence)) {
      throw new ProblemException(422, 'check-in-period-closed', { periodKey });
    }
    const answers = Object.fromEntries(
      CHECK_IN_QUESTIONS.map((question) => [question, (dto.answers[question] ?? '').trim()]),
    ) as CheckInAnswers;
    assertAnonymised(
      CHECK_IN_QUESTIONS.map((question) => ({
        field: `answers.${question}`,
        value: answers[question],
      })),
      this.clock.now(),
    );
    const existing = await this.repository.findOwn(
      actor.organisationId,
      dto.teamId,
      actor.userId,
      periodKey,
    );
    const now = this.clock.now();
    const row = await this.dataSource.transaction((manager) =>
      this.repository.save(
        manager,
        existing
          ? { ...existing, answers, updatedAt: now }
          : {
              organisationId: actor.organisationId,
              teamId: dto.teamId,
              authorUserId: actor.userId,
              periodKey,
              answers,
              actionLinks: [],
              createdAt: now,
              updatedAt: now,
            },
      ),
    );
    return (await this.map(actor, [row]))[0];
  }

  /** A lead or the quality officer turns one answer into an improvement action of the open round. */
  async toAction(actor: Actor, checkInId: string, dto: CheckInActionDto): Promise<CheckIn> {
    const row = await this.repository.find(actor.organisationId, checkInId);
    if (!row) {
      throw notFound();
    }
    await this.inTeam(actor, row.teamId);
    await this.access.recordable(actor, row.teamId);
    const text = row.answers[dto.question] ?? '';
    if (!text) {
      throw new ProblemException(422, 'check-in-answer-empty');
    }
    assertDueDateNotPast(dto.dueDate, this.today());
    const updated = await this.dataSource.transaction(async (manager) => {
      const action = await this.actions.create(
        actor,
        dto.roundId,
        {
          criterionCode: dto.criterionCode,
          title: dto.title,
          description: text,
          dueDate: dto.dueDate ?? null,
        },
        manager,
      );
      return this.repository.save(manager, {
        ...row,
        actionLinks: [...row.actionLinks, { question: dto.question, actionId: action.id }],
      });
    });
    return (await this.map(actor, [updated]))[0];
  }

  /** For the learning report: who answered in which periods, and the actions answers became. */
  ofPeriods(organisationId: string, teamIds: string[] | null, periodKeys: string[]) {
    return this.repository.ofPeriods(organisationId, teamIds, periodKeys);
  }

  private async inTeam(actor: Actor, teamId: string): Promise<void> {
    const team = await this.access.readable(actor, teamId);
    if (team.teamRole === null) {
      throw new ProblemException(403, 'check-ins-team-only');
    }
  }

  private async cadenceOf(organisationId: string, teamId: string): Promise<CheckInCadence> {
    const schedule = await this.repository.schedule(organisationId, teamId);
    return (schedule?.cadence as CheckInCadence | undefined) ?? DEFAULT_CHECK_IN_CADENCE;
  }

  private today(): string {
    return isoDayIn(this.clock.now());
  }

  private async map(actor: Actor, rows: CheckInEntity[]): Promise<CheckIn[]> {
    const names = peopleOf(await this.organisations.listMembers(actor.organisationId)).namesByUser;
    return rows.map((row) => ({
      id: row.id,
      teamId: row.teamId,
      periodKey: row.periodKey,
      author: { userId: row.authorUserId, displayName: names.get(row.authorUserId) ?? '' },
      isOwn: row.authorUserId === actor.userId,
      answers: row.answers as CheckInAnswers,
      actions: row.actionLinks.map((link) => ({
        question: link.question as CheckInQuestion,
        actionId: link.actionId,
      })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  /** For the demo seed, inside its transaction: a team's cadence. */
  seedSchedule(
    manager: EntityManager,
    schedule: Parameters<CheckInsRepository['saveSchedule']>[1],
  ) {
    return this.repository.saveSchedule(manager, schedule);
  }

  /** For the demo seed: a check-in it has checked as the API does, or one it links actions to. */
  seedCheckIn(manager: EntityManager, checkIn: Parameters<CheckInsRepository['save']>[1]) {
    return this.repository.save(manager, checkIn);
  }
}
