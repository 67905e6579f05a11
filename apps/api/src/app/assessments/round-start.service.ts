import {
  assertCarryOverSource,
  assertSecondOpenRoundConfirmed,
  assertStartableRubric,
  assertTargetDateNotPast,
  AssessmentRoundDetail,
  canOwnCriterion,
  CarriedAnswer,
  carryOverOwners,
  carryOverSources,
  planCarryOver,
  resolveSelfEvaluationDeadline,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundChange, RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { inTransaction, readAll } from '../common/transaction';
import { RubricsService } from '../rubrics/rubrics.service';
import { responseSnapshot, roundSnapshot } from './assessment.mappers';
import { AssessmentsRepository, NewResponse } from './assessments.repository';
import { CreateAssessmentRoundDto } from './dto/create-assessment-round.dto';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

/** What a new round takes over from the last submitted one. */
interface CarryOver {
  previous: AssessmentRoundEntity;
  answers: Map<string, CarriedAnswer>;
  /** Old criterion code → the new criterion its unfinished actions move to. */
  actionTargets: Map<string, string>;
}

@Injectable()
export class RoundStartService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly rubrics: RubricsService,
    private readonly actions: ActionsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * A quality officer's new round: aimed at a date still to come, and a second open round on the
   * same rubric only once confirmed. (The demo seed starts past rounds through `start`.)
   */
  async open(actor: Actor, dto: CreateAssessmentRoundDto): Promise<AssessmentRoundDetail> {
    assertTargetDateNotPast(dto.targetDate, this.details.today());
    // A retired or unknown rubric is the first thing to tell, before any second round.
    const rubric = await this.publishedRubric(dto.rubricId, dto.rubricVersion);
    const open = await this.repository.openRoundsOfRubric(actor.organisationId, dto.rubricId);
    assertSecondOpenRoundConfirmed(open, dto.confirmSecondOpenRound ?? false);
    return this.startOn(actor, dto, rubric);
  }

  /**
   * Starts a round with a response row for every criterion, taking over the last round's answers
   * when asked; inside the caller's transaction when given its manager.
   */
  async start(
    actor: Actor,
    dto: CreateAssessmentRoundDto,
    outer?: EntityManager,
  ): Promise<AssessmentRoundDetail> {
    const rubric = await this.publishedRubric(dto.rubricId, dto.rubricVersion, outer);
    return this.startOn(actor, dto, rubric, outer);
  }

  /** Starts the round on a rubric version already found published (its status read once). */
  private async startOn(
    actor: Actor,
    dto: CreateAssessmentRoundDto,
    rubric: RubricVersionDetail,
    outer?: EntityManager,
  ): Promise<AssessmentRoundDetail> {
    const deadline = resolveSelfEvaluationDeadline(dto.targetDate, dto.selfEvaluationDeadline);
    const carryOver = dto.carryOver
      ? await this.carryOverFrom(actor.organisationId, rubric, outer)
      : null;
    const owners = await this.ownersFrom(
      actor.organisationId,
      rubric,
      carryOver?.previous ?? null,
      outer,
    );
    const roundId = await inTransaction(this.dataSource, outer, async (manager) => {
      const now = this.clock.now();
      const round = await this.repository.insertRound(manager, {
        organisationId: actor.organisationId,
        rubricId: rubric.id,
        rubricVersion: rubric.version,
        title: dto.title.trim(),
        route: dto.route,
        targetDate: dto.targetDate,
        selfEvaluationDeadline: deadline,
        ambitions: dto.ambitions ?? '',
        bottlenecks: dto.bottlenecks ?? '',
        participation: dto.participation ?? [],
        status: 'draft',
        previousRoundId: carryOver?.previous.id ?? null,
        contentHash: null,
        submittedContent: null,
        submittedAt: null,
        submittedById: null,
        withdrawnAt: null,
        signedOffName: null,
        signedOffFunction: null,
        signedOffOn: null,
        signedOffAt: null,
        signedOffById: null,
        createdById: actor.userId,
        updatedAt: now,
        updatedById: actor.userId,
        version: 1,
      });
      await this.insertResponses(manager, actor, round, rubric, carryOver, owners);
      return round.id;
    });
    const round = await this.access.findRound(actor.organisationId, roundId, outer);
    return this.details.detail(round, rubric, undefined, outer);
  }

  private async insertResponses(
    manager: EntityManager,
    actor: Actor,
    round: AssessmentRoundEntity,
    rubric: RubricVersionDetail,
    carryOver: CarryOver | null,
    owners: ReadonlyMap<string, string | null>,
  ): Promise<void> {
    const now = this.clock.now();
    const codes = rubric.domains.flatMap((domain) =>
      domain.criteria.map((criterion) => criterion.code),
    );
    const rows = await this.repository.insertResponses(
      manager,
      codes.map((code) => this.newResponse(round, code, carryOver, owners, actor, now)),
    );
    const created: RoundChange = {
      roundId: round.id,
      criterionCode: null,
      subject: 'round',
      subjectId: round.id,
      type: 'round.created',
      before: null,
      after: roundSnapshot(round),
    };
    if (!carryOver) {
      await this.events.record(manager, actor, created);
      return;
    }
    const carried = rows.filter((row) => row.isCarriedOver);
    await this.repository.insertLinks(
      manager,
      carried.flatMap((row) => this.carriedLinks(row, carryOver, actor, now)),
    );
    const actions = await this.actions.carryOver(
      manager,
      actor,
      carryOver.previous.id,
      round.id,
      carryOver.actionTargets,
    );
    await this.events.record(
      manager,
      actor,
      created,
      ...carried.map((row) => this.carriedEvent(row, carryOver)),
      ...actions,
    );
  }

  private carriedLinks(
    row: CriterionResponseEntity,
    carryOver: CarryOver,
    actor: Actor,
    linkedAt: Date,
  ): ResponseEvidenceEntity[] {
    const evidenceIds = carryOver.answers.get(row.criterionCode)?.evidenceIds ?? [];
    return evidenceIds.map((evidenceId) => ({
      responseId: row.id,
      evidenceId,
      roundId: row.roundId,
      criterionCode: row.criterionCode,
      linkedAt,
      linkedById: actor.userId,
    }));
  }

  private carriedEvent(row: CriterionResponseEntity, carryOver: CarryOver): RoundChange {
    const answer = carryOver.answers.get(row.criterionCode);
    return {
      roundId: row.roundId,
      criterionCode: row.criterionCode,
      subject: 'response',
      subjectId: row.id,
      type: 'response.carried-over',
      before: null,
      after: {
        ...responseSnapshot(row),
        fromRoundId: carryOver.previous.id,
        sourceCodes: answer?.sourceCodes ?? [],
        evidenceIds: answer?.evidenceIds ?? [],
      },
    };
  }

  private newResponse(
    round: AssessmentRoundEntity,
    code: string,
    carryOver: CarryOver | null,
    owners: ReadonlyMap<string, string | null>,
    actor: Actor,
    now: Date,
  ): NewResponse {
    const answer = carryOver?.answers.get(code);
    return {
      organisationId: round.organisationId,
      roundId: round.id,
      criterionCode: code,
      level: answer?.level ?? null,
      targetLevel: answer?.targetLevel ?? null,
      rationale: answer?.rationale ?? '',
      notApplicable: answer?.notApplicable ?? false,
      notApplicableReason: answer?.notApplicableReason ?? null,
      state: 'draft',
      ownerMembershipId: owners.get(code) ?? null,
      isCarriedOver: answer !== undefined,
      version: 1,
      updatedAt: now,
      updatedById: actor.userId,
    };
  }

  private async publishedRubric(
    rubricId: string,
    version: string,
    manager?: EntityManager,
  ): Promise<RubricVersionDetail> {
    const rubric = await this.rubrics.get(rubricId, version, manager).catch(() => null);
    // The status as stored now, not as remembered: a version retired since is refused.
    const status = rubric && (await this.rubrics.currentStatus(rubricId, version, manager));
    return assertStartableRubric(rubric && status ? { ...rubric, status } : null, {
      rubricId,
      version,
    });
  }

  private async carryOverFrom(
    organisationId: string,
    rubric: RubricVersionDetail,
    manager?: EntityManager,
  ): Promise<CarryOver> {
    const previous = assertCarryOverSource(
      await this.repository.lastSubmittedRound(organisationId, rubric.id, manager),
    );
    const [previousRubric, responses, links] = await readAll(
      manager,
      () => this.access.rubricOf(previous, manager),
      () => this.repository.responsesOfRounds([previous.id], manager),
      () => this.repository.links(previous.id, manager),
    );
    const answers = responses.map((row) => ({
      ...row,
      evidenceIds: links
        .filter((link) => link.responseId === row.id)
        .map((link) => link.evidenceId),
    }));
    const plan = planCarryOver(previousRubric, rubric, answers);
    const actionTargets = new Map<string, string>();
    for (const [code, sources] of carryOverSources(previousRubric, rubric)) {
      sources.forEach((source) => actionTargets.set(source, actionTargets.get(source) ?? code));
    }
    return {
      previous,
      answers: new Map(plan.map((answer) => [answer.criterionCode, answer])),
      actionTargets,
    };
  }

  /**
   * The owners a new round starts with: those of the round it carries over from, or else of the
   * organisation's latest round on the same rubric (any version; a withdrawn one does not count),
   * as long as each may still own a criterion.
   */
  private async ownersFrom(
    organisationId: string,
    rubric: RubricVersionDetail,
    carriedFrom: AssessmentRoundEntity | null,
    manager?: EntityManager,
  ): Promise<Map<string, string | null>> {
    const previous =
      carriedFrom ??
      (await this.repository.latestRoundOfRubric(organisationId, rubric.id, manager));
    if (!previous) {
      return new Map();
    }
    const [previousRubric, responses, people] = await readAll(
      manager,
      () => this.access.rubricOf(previous, manager),
      () => this.repository.responsesOfRounds([previous.id], manager),
      () => this.details.people(organisationId, manager),
    );
    return carryOverOwners(
      previousRubric,
      rubric,
      new Map(responses.map((row) => [row.criterionCode, row.ownerMembershipId])),
      (membershipId) => {
        const member = people.byMembership.get(membershipId);
        return member !== undefined && canOwnCriterion(member.role);
      },
    );
  }
}
