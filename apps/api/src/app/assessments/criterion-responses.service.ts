import {
  assertOwner,
  assertRoundOpen,
  carriedOverInDomain,
  CriterionResponse,
  needsConfirmation,
  normaliseResponse,
  ResponseInput,
  reviewAfterSave,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundChange, RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People } from '../common/people';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { CurrentVersion, writeIfCurrent } from '../common/version-check';
import { AssessmentNotifications } from './assessment-notifications';
import { responseSnapshot } from './assessment.mappers';
import { AssessmentsRepository, ResponsePatch } from './assessments.repository';
import { SaveResponseDto } from './dto/save-response.dto';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

function confirmedEvent(roundId: string, row: CriterionResponseEntity): RoundChange {
  return {
    roundId,
    criterionCode: row.criterionCode,
    subject: 'response',
    subjectId: row.id,
    type: 'response.confirmed',
    before: { isCarriedOver: true },
    after: { isCarriedOver: false },
  };
}

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
    private readonly notify: AssessmentNotifications,
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
   *
   * A save is the product's hottest write, so it costs few round trips: the members, the response
   * with its round, and one statement that writes the answer and its audit event together (see
   * `AssessmentsRepository.saveResponse`); the rules are decided on what was read, and the
   * statement writes only if nothing they depend on has changed since.
   */
  async save(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    dto: SaveResponseDto,
    outer?: EntityManager,
  ): Promise<CriterionResponse> {
    const manager = outer ?? this.dataSource.manager;
    const people = await this.details.people(actor.organisationId, outer);
    const row = await this.repository.findRoundResponse(
      actor.organisationId,
      roundId,
      criterionCode,
      manager,
    );
    if (!row) {
      throw notFound();
    }
    const { round } = row;
    const criterion = this.access.criterionOf(
      await this.access.rubricOf(round, outer),
      criterionCode,
    );
    if (!criterion) {
      throw notFound();
    }
    assertRoundOpen(round.status);
    this.access.assertMayEdit(actor, row.ownerMembershipId);
    const answer = normaliseResponse(criterion, inputOf(dto));
    const patch = {
      ...answer,
      ...reviewAfterSave(row, answer),
      isCarriedOver: false,
      updatedAt: this.clock.now(),
      updatedById: actor.userId,
    };
    const saved = await this.write(actor, manager, row, patch, dto.version, () =>
      this.conflict(actor.organisationId, roundId, row, people, manager),
    );
    if (answer.state === 'ready-for-review' && row.state !== 'ready-for-review') {
      await this.notify.ready(outer, actor, round, criterionCode, people);
    }
    return this.details.responseWith(
      round,
      { ...row, ...patch, version: saved.version },
      saved.links,
      people,
      outer,
    );
  }

  /** The answer and its audit event in one statement, on condition of the version read. */
  private async write(
    actor: Actor,
    manager: EntityManager,
    row: CriterionResponseEntity & { round: AssessmentRoundEntity },
    patch: ResponsePatch,
    expected: number | undefined,
    current: () => Promise<CurrentVersion>,
  ): Promise<{ version: number; links: ResponseEvidenceEntity[] }> {
    const result: { saved?: { version: number; links: ResponseEvidenceEntity[] } } = {};
    const change: RoundChange = {
      roundId: row.roundId,
      criterionCode: row.criterionCode,
      subject: 'response',
      subjectId: row.id,
      type: 'response.updated',
      before: responseSnapshot(row),
      after: responseSnapshot({ ...row, ...patch }),
    };
    await writeIfCurrent({
      expected,
      actual: row.version,
      write: async (expectedVersion) => {
        const saved = await this.repository.saveResponse(manager, {
          roundId: row.roundId,
          roundStatus: row.round.status,
          responseId: row.id,
          expectedVersion,
          patch,
          alongside: (condition, params) =>
            this.events.insertWhen(actor, condition, change, params),
        });
        result.saved = saved ?? undefined;
        return saved !== null;
      },
      current,
    });
    if (!result.saved) {
      throw new Error('writeIfCurrent returned without a write');
    }
    return result.saved;
  }

  /**
   * "Klopt nog": confirms a carried-over answer as it stands (the version last seen, as a save).
   * An answer that is no longer carried over is returned unchanged.
   */
  async confirm(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    expectedVersion: number,
  ): Promise<CriterionResponse> {
    const people = await this.details.people(actor.organisationId);
    return inTransaction(this.dataSource, undefined, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const row = await this.findResponse(round.id, criterionCode, manager);
      this.access.assertMayEdit(actor, row.ownerMembershipId);
      if (!needsConfirmation(row)) {
        return this.details.response(round, row, people, manager);
      }
      const patch = {
        isCarriedOver: false,
        updatedAt: this.clock.now(),
        updatedById: actor.userId,
      };
      await writeIfCurrent({
        expected: expectedVersion,
        actual: row.version,
        write: (version) => this.repository.updateResponse(manager, row, version, patch),
        current: async () => {
          const current = await this.details.response(round, row, people, manager);
          return {
            current,
            updatedBy: current.updatedBy?.displayName,
            updatedAt: current.updatedAt,
          };
        },
      });
      await this.events.record(manager, actor, confirmedEvent(roundId, row));
      return this.details.response(
        round,
        { ...row, ...patch, version: row.version + 1 },
        people,
        manager,
      );
    });
  }

  /** Confirms every carried-over answer of one domain of the round at once (quality officer). */
  async confirmDomain(actor: Actor, roundId: string, domainCode: string): Promise<string[]> {
    return inTransaction(this.dataSource, undefined, async (manager) => {
      const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
      const rubric = await this.access.rubricOf(round, manager);
      const rows = await this.repository.responsesOfRounds([round.id], manager);
      const codes = carriedOverInDomain(rubric, domainCode, rows);
      const confirmed = await this.repository.confirmCarriedOver(manager, round.id, codes, {
        updatedAt: this.clock.now(),
        updatedById: actor.userId,
      });
      const byCode = new Map(rows.map((row) => [row.criterionCode, row]));
      await this.events.record(
        manager,
        actor,
        ...confirmed.flatMap((code) => {
          const row = byCode.get(code);
          return row ? [confirmedEvent(roundId, row)] : [];
        }),
      );
      return confirmed;
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
        await this.notify.assigned(manager, actor, round, [criterionCode], member ?? null);
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

  /**
   * Why a save's statement wrote nothing: the round is no longer open (409 round-submitted), or
   * another save came first (409 version-conflict with the response as it is now).
   */
  private async conflict(
    organisationId: string,
    roundId: string,
    stale: CriterionResponseEntity,
    people: People,
    manager: EntityManager,
  ): Promise<CurrentVersion> {
    const row = await this.repository.findRoundResponse(
      organisationId,
      roundId,
      stale.criterionCode,
      manager,
    );
    if (!row) {
      throw notFound();
    }
    assertRoundOpen(row.round.status);
    const current = await this.details.response(row.round, row, people, manager);
    return { current, updatedBy: current.updatedBy?.displayName, updatedAt: current.updatedAt };
  }
}
