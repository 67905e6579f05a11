import {
  assertRoundOpen,
  canEditCriterion,
  Criterion,
  findCriterion,
  isRoundOpen,
  newerPublishedVersion,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Actor } from '../common/auth/current-actor.decorator';
import { forbidden, notFound } from '../common/problems/problem.exception';
import { RubricsService } from '../rubrics/rubrics.service';
import { AssessmentsRepository, LockMode } from './assessments.repository';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';

/**
 * The checks every change inside a round goes through, shared with the actions context: the round
 * is this organisation's (else 404), still open (else 409), and a contributor owns the criterion.
 */
@Injectable()
export class RoundAccessService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly rubrics: RubricsService,
  ) {}

  async findRound(
    organisationId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<AssessmentRoundEntity> {
    const round = await this.repository.findRound(organisationId, roundId, manager);
    if (!round) {
      throw notFound();
    }
    return round;
  }

  /** Locks the round inside the caller's transaction and refuses once it is submitted. */
  async lockWritable(
    manager: EntityManager,
    organisationId: string,
    roundId: string,
    mode: LockMode = 'pessimistic_read',
  ): Promise<AssessmentRoundEntity> {
    const round = await this.repository.lockRound(manager, organisationId, roundId, mode);
    if (!round) {
      throw notFound();
    }
    assertRoundOpen(round.status);
    return round;
  }

  /** The organisation's newest open round (latest target date), where new work such as actions goes. */
  async newestOpenRound(organisationId: string): Promise<AssessmentRoundEntity | null> {
    const rounds = await this.repository.listRounds(organisationId);
    return rounds.find((round) => isRoundOpen(round.status)) ?? null;
  }

  /** Closes the peer review of a submitted round (the reviews context): it becomes 'reviewed'. */
  async markReviewed(
    manager: EntityManager,
    organisationId: string,
    roundId: string,
    at: Date,
  ): Promise<void> {
    const round = await this.repository.lockRound(
      manager,
      organisationId,
      roundId,
      'pessimistic_write',
    );
    if (round?.status === 'submitted') {
      await this.repository.updateRound(manager, round, round.version, {
        status: 'reviewed',
        updatedAt: at,
      });
    }
  }

  /** The rubric version the round is pinned to; outside any transaction unless given a manager. */
  rubricOf(
    round: Pick<AssessmentRoundEntity, 'rubricId' | 'rubricVersion'>,
    manager?: EntityManager,
  ): Promise<RubricVersionDetail> {
    return this.rubrics.get(round.rubricId, round.rubricVersion, manager);
  }

  /** The rubric versions of these rounds by `id@version` (see `rubricKey`). */
  rubricsOf(
    rounds: readonly Pick<AssessmentRoundEntity, 'rubricId' | 'rubricVersion'>[],
  ): Promise<Map<string, RubricVersionDetail>> {
    return this.rubrics.ofRounds(rounds);
  }

  /** The newer published version of the round's rubric, or null (see newerPublishedVersion). */
  async newerVersionOf(
    round: Pick<AssessmentRoundEntity, 'rubricId' | 'rubricVersion'>,
    manager?: EntityManager,
  ): Promise<string | null> {
    const versions = await this.rubrics.versionsOf(round.rubricId, manager);
    return newerPublishedVersion(versions, round.rubricId, round.rubricVersion);
  }

  /** For each of these rounds (by id) its newer published version, one read per rubric. */
  async newerVersionsOf(
    rounds: readonly Pick<AssessmentRoundEntity, 'id' | 'rubricId' | 'rubricVersion'>[],
  ): Promise<Map<string, string | null>> {
    const rubricIds = [...new Set(rounds.map((round) => round.rubricId))];
    const versions = (
      await Promise.all(rubricIds.map((rubricId) => this.rubrics.versionsOf(rubricId)))
    ).flat();
    return new Map(
      rounds.map((round) => [
        round.id,
        newerPublishedVersion(versions, round.rubricId, round.rubricVersion),
      ]),
    );
  }

  criterionOf(rubric: RubricVersionDetail, criterionCode: string): Criterion | null {
    return findCriterion(rubric, criterionCode);
  }

  /** The owner of a criterion in a round (a membership id), or null when nobody owns it. */
  async criterionOwner(
    manager: EntityManager,
    roundId: string,
    criterionCode: string,
  ): Promise<string | null> {
    return (
      (await this.repository.findResponse(roundId, criterionCode, manager))?.ownerMembershipId ??
      null
    );
  }

  /** Quality officers edit everything; contributors only what they own; managers never get here. */
  assertMayEdit(actor: Actor, ...ownerMembershipIds: (string | null)[]): void {
    if (!canEditCriterion(actor, ownerMembershipIds)) {
      throw forbidden();
    }
  }
}
