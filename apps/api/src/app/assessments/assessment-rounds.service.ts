import {
  assertTargetDateNotPast,
  AssessmentRound,
  AssessmentRoundDetail,
  EventSnapshot,
  normaliseSignOff,
  resolveSelfEvaluationDeadline,
  RubricVersionDetail,
  stateConflict,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People } from '../common/people';
import { CurrentVersion, writeIfCurrent } from '../common/version-check';
import { rubricKey } from '../rubrics/rubrics.service';
import { mapRound, roundSnapshot, signOffSnapshot } from './assessment.mappers';
import { AssessmentsRepository } from './assessments.repository';
import {
  SignOffRoundDto,
  UpdateAssessmentRoundDto,
  WithdrawRoundDto,
} from './dto/update-assessment-round.dto';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

@Injectable()
export class AssessmentRoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  /** Every round with its progress: one query for the rounds, one for all their responses. */
  async list(organisationId: string): Promise<AssessmentRound[]> {
    const rounds = await this.repository.listRounds(organisationId);
    const [responses, people, rubrics, newer] = await Promise.all([
      this.repository.responsesOfRounds(rounds.map((round) => round.id)),
      this.details.people(organisationId),
      this.access.rubricsOf(rounds),
      this.access.newerVersionsOf(rounds),
    ]);
    const today = this.details.today();
    return rounds.flatMap((round) => {
      const rubric = rubrics.get(rubricKey(round));
      const own = responses.filter((response) => response.roundId === round.id);
      return rubric
        ? [mapRound(round, rubric, own, people, today, newer.get(round.id) ?? null)]
        : [];
    });
  }

  async get(organisationId: string, roundId: string): Promise<AssessmentRoundDetail> {
    return this.details.detail(await this.access.findRound(organisationId, roundId));
  }

  /** A quality officer's change to the round itself; the rubric version never changes. */
  update(
    actor: Actor,
    roundId: string,
    dto: UpdateAssessmentRoundDto,
  ): Promise<AssessmentRoundDetail> {
    return this.change(actor, roundId, dto.version, 'round.updated', (round) =>
      this.patchOf(round, dto, actor),
    );
  }

  /**
   * Takes an open round back: it stays, with its history, but leaves every list, dashboard and
   * the trend; nothing in it can change any more.
   */
  withdraw(actor: Actor, roundId: string, dto: WithdrawRoundDto): Promise<AssessmentRoundDetail> {
    return this.change(actor, roundId, dto.version, 'round.withdrawn', () => {
      const now = this.clock.now();
      return { status: 'withdrawn', withdrawnAt: now, updatedAt: now, updatedById: actor.userId };
    });
  }

  /**
   * A manager establishes (vaststellen) the open round with name, function and day; doing it again
   * replaces the earlier vaststelling. Both are in the history.
   */
  signOff(actor: Actor, roundId: string, dto: SignOffRoundDto): Promise<AssessmentRoundDetail> {
    const signOff = normaliseSignOff(dto, this.details.today());
    return this.change(
      actor,
      roundId,
      dto.version,
      'round.signed-off',
      () => {
        const now = this.clock.now();
        return {
          signedOffName: signOff.name,
          signedOffFunction: signOff.function,
          signedOffOn: signOff.date,
          signedOffAt: now,
          signedOffById: actor.userId,
          updatedAt: now,
          updatedById: actor.userId,
        };
      },
      signOffSnapshot,
    );
  }

  /** Takes the vaststelling back while the round is open (409 sign-off-absent when there is none). */
  withdrawSignOff(
    actor: Actor,
    roundId: string,
    dto: WithdrawRoundDto,
  ): Promise<AssessmentRoundDetail> {
    return this.change(
      actor,
      roundId,
      dto.version,
      'round.sign-off-withdrawn',
      (round) => {
        if (round.signedOffAt === null) {
          throw stateConflict('sign-off-absent');
        }
        const now = this.clock.now();
        return {
          signedOffName: null,
          signedOffFunction: null,
          signedOffOn: null,
          signedOffAt: null,
          signedOffById: null,
          updatedAt: now,
          updatedById: actor.userId,
        };
      },
      signOffSnapshot,
    );
  }

  /** One change of an open round at the version the client saw, recorded in its history. */
  private async change(
    actor: Actor,
    roundId: string,
    expected: number,
    type: 'round.updated' | 'round.withdrawn' | 'round.signed-off' | 'round.sign-off-withdrawn',
    patchOf: (round: AssessmentRoundEntity) => Partial<AssessmentRoundEntity>,
    snapshot: (round: AssessmentRoundEntity) => EventSnapshot = roundSnapshot,
  ): Promise<AssessmentRoundDetail> {
    const loaded = await this.access.findRound(actor.organisationId, roundId);
    const [rubric, people] = await Promise.all([
      this.access.rubricOf(loaded),
      this.details.people(actor.organisationId),
    ]);
    await this.dataSource.transaction(async (manager) => {
      // Open, as the domain says (assertRoundOpen): a submitted or withdrawn round answers 409.
      const round = await this.access.lockWritable(
        manager,
        actor.organisationId,
        roundId,
        'pessimistic_write',
      );
      let patch: Partial<AssessmentRoundEntity> = {};
      await writeIfCurrent({
        expected,
        actual: round.version,
        write: (version) => {
          patch = patchOf(round);
          return this.repository.updateRound(manager, round, version, patch);
        },
        current: () => this.current(manager, round, rubric, people),
      });
      await this.events.record(manager, actor, {
        roundId,
        criterionCode: null,
        subject: 'round',
        subjectId: roundId,
        type,
        before: snapshot(round),
        after: snapshot({ ...round, ...patch }),
      });
    });
    return this.details.detail(
      await this.access.findRound(actor.organisationId, roundId),
      rubric,
      people,
    );
  }

  private patchOf(
    round: AssessmentRoundEntity,
    dto: UpdateAssessmentRoundDto,
    actor: Actor,
  ): Partial<AssessmentRoundEntity> {
    const targetDate = dto.targetDate ?? round.targetDate;
    if (targetDate !== round.targetDate) {
      assertTargetDateNotPast(targetDate, this.details.today());
    }
    return {
      title: (dto.title ?? round.title).trim(),
      targetDate,
      route: dto.route ?? round.route,
      selfEvaluationDeadline: resolveSelfEvaluationDeadline(
        targetDate,
        dto.selfEvaluationDeadline ?? round.selfEvaluationDeadline,
      ),
      ambitions: dto.ambitions ?? round.ambitions,
      bottlenecks: dto.bottlenecks ?? round.bottlenecks,
      participation: dto.participation ?? round.participation,
      updatedAt: this.clock.now(),
      updatedById: actor.userId,
    };
  }

  /** 409 with the round as it is now, and who changed it, so the client can show both. */
  private async current(
    manager: EntityManager,
    round: AssessmentRoundEntity,
    rubric: RubricVersionDetail,
    people: People,
  ): Promise<CurrentVersion> {
    const responses = await this.repository.responsesOfRounds([round.id], manager);
    const newerVersion = await this.access.newerVersionOf(round, manager);
    const current = mapRound(round, rubric, responses, people, this.details.today(), newerVersion);
    const updatedBy = round.updatedById ? people.namesByUser.get(round.updatedById) : undefined;
    return { current, updatedBy, updatedAt: current.updatedAt };
  }
}
