import {
  assertOwner,
  CriterionResponse,
  normaliseResponse,
  ResponseInput,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People } from '../common/people';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction, readAll } from '../common/transaction';
import { CurrentVersion, writeIfCurrent } from '../common/version-check';
import { responseSnapshot } from './assessment.mappers';
import { AssessmentsRepository } from './assessments.repository';
import { SaveResponseDto } from './dto/save-response.dto';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

function inputOf(dto: SaveResponseDto): ResponseInput {
  return {
    level: dto.level ?? null,
    targetLevel: dto.targetLevel ?? null,
    rationale: dto.rationale ?? '',
    notApplicable: dto.notApplicable ?? false,
    notApplicableReason: dto.notApplicableReason ?? null,
    state: dto.state ?? 'draft',
  };
}

@Injectable()
export class CriterionResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  async get(
    organisationId: string,
    roundId: string,
    criterionCode: string,
  ): Promise<CriterionResponse> {
    const round = await this.access.findRound(organisationId, roundId);
    const row = await this.findResponse(round.id, criterionCode);
    return this.details.response(round, row, await this.details.people(organisationId));
  }

  /**
   * Saves an answer that names the version it was based on: a stale version answers 409 with the
   * current response, so two people never overwrite each other silently. Saving also confirms an
   * answer carried over from the last round. With a manager, inside the caller's transaction.
   */
  async save(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    dto: SaveResponseDto,
    outer?: EntityManager,
  ): Promise<CriterionResponse> {
    const loaded = await this.access.findRound(actor.organisationId, roundId, outer);
    const [rubric, people] = await readAll(
      outer,
      () => this.access.rubricOf(loaded, outer),
      () => this.details.people(actor.organisationId, outer),
    );
    const criterion = this.access.criterionOf(rubric, criterionCode);
    if (!criterion) {
      throw notFound();
    }
    return inTransaction(this.dataSource, outer, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const row = await this.findResponse(round.id, criterionCode, manager);
      this.access.assertMayEdit(actor, row.ownerMembershipId);
      const answer = normaliseResponse(criterion, inputOf(dto));
      const patch = {
        ...answer,
        isCarriedOver: false,
        updatedAt: this.clock.now(),
        updatedById: actor.userId,
      };
      await writeIfCurrent({
        expected: dto.version,
        actual: row.version,
        write: (version) => this.repository.updateResponse(manager, row, version, patch),
        current: () => this.current(manager, round, row, people),
      });
      await this.events.record(manager, actor, {
        roundId,
        criterionCode,
        subject: 'response',
        subjectId: row.id,
        type: 'response.updated',
        before: responseSnapshot(row),
        after: responseSnapshot({ ...row, ...patch }),
      });
      return this.details.response(
        round,
        { ...row, ...patch, version: dto.version + 1 },
        people,
        manager,
      );
    });
  }

  /** Only a quality officer assigns owners; a manager only reads, so cannot own a criterion. */
  async setOwner(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    memberId: string | null,
    outer?: EntityManager,
  ): Promise<CriterionResponse> {
    const people = await this.details.people(actor.organisationId, outer);
    const member = assertOwner(memberId === null ? null : people.byMembership.get(memberId));
    return inTransaction(this.dataSource, outer, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const row = await this.findResponse(round.id, criterionCode, manager);
      const ownerMembershipId = member?.id ?? null;
      if (row.ownerMembershipId !== ownerMembershipId) {
        await this.repository.setOwner(manager, row.id, ownerMembershipId);
        await this.events.record(manager, actor, {
          roundId,
          criterionCode,
          subject: 'response',
          subjectId: row.id,
          type: 'response.owner-changed',
          before: { ownerMemberId: row.ownerMembershipId },
          after: { ownerMemberId: ownerMembershipId, ownerName: member?.displayName ?? null },
        });
      }
      return this.details.response(round, { ...row, ownerMembershipId }, people, manager);
    });
  }

  private async findResponse(
    roundId: string,
    criterionCode: string,
    manager?: EntityManager,
  ): Promise<CriterionResponseEntity> {
    const row = await this.repository.findResponse(roundId, criterionCode, manager);
    if (!row) {
      throw notFound();
    }
    return row;
  }

  /** Re-read inside the transaction: the row another save just committed is the current one. */
  private async current(
    manager: EntityManager,
    round: AssessmentRoundEntity,
    stale: CriterionResponseEntity,
    people: People,
  ): Promise<CurrentVersion> {
    const row =
      (await this.repository.findResponse(round.id, stale.criterionCode, manager)) ?? stale;
    const current = await this.details.response(round, row, people, manager);
    return { current, updatedBy: current.updatedBy?.displayName, updatedAt: current.updatedAt };
  }
}
