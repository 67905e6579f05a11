import {
  assertSubmittable,
  checkSubmit,
  roundContentHashInput,
  RoundEvent,
  RubricVersionDetail,
  submittedContentOf,
  SubmittedRound,
} from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { People } from '../common/people';
import { inTransaction, readAll } from '../common/transaction';
import { EvidenceService } from '../evidence/evidence.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { RoundAccessService } from './round-access.service';
import { roundContentOf } from './round-content.mapper';
import { RoundDetailsService } from './round-details.service';

@Injectable()
export class RoundSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly evidence: EvidenceService,
    private readonly actions: ActionsService,
    private readonly organisations: OrganisationsService,
    private readonly trail: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Freezes the round: possible once every criterion is answered. The canonical content is kept
   * with its sha256, so an auditor can check the dossier they received against the hash.
   */
  async submit(actor: Actor, roundId: string, outer?: EntityManager): Promise<SubmittedRound> {
    const loaded = await this.access.findRound(actor.organisationId, roundId, outer);
    const [rubric, people, organisationName] = await readAll(
      outer,
      () => this.access.rubricOf(loaded, outer),
      () => this.details.people(actor.organisationId, outer),
      () => this.organisations.nameOf(actor.organisationId, outer),
    );
    return inTransaction(this.dataSource, outer, async (manager) => {
      const round = await this.access.lockWritable(
        manager,
        actor.organisationId,
        roundId,
        'pessimistic_write',
      );
      const submittedAt = this.clock.now();
      const text = await this.contentOf(manager, {
        round,
        rubric,
        people,
        actor,
        submittedAt,
        organisationName,
      });
      const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
      const patch = {
        status: 'submitted' as const,
        contentHash,
        submittedContent: text,
        submittedAt,
        submittedById: actor.userId,
        updatedAt: submittedAt,
        updatedById: actor.userId,
      };
      await this.repository.updateRound(manager, round, round.version, patch);
      await this.trail.record(manager, actor, {
        roundId,
        criterionCode: null,
        subject: 'round',
        subjectId: roundId,
        type: 'round.submitted',
        before: { status: round.status },
        after: { status: 'submitted', contentHash },
      });
      return { status: 'submitted', contentHash, submittedAt: submittedAt.toISOString() };
    });
  }

  /** The exact canonical text the content hash was taken of. */
  async content(organisationId: string, roundId: string): Promise<StreamableFile> {
    const round = await this.access.findRound(organisationId, roundId);
    return new StreamableFile(Buffer.from(submittedContentOf(round), 'utf8'), {
      type: 'application/json; charset=utf-8',
    });
  }

  async events(
    organisationId: string,
    roundId: string,
    criterionCode: string | null,
  ): Promise<RoundEvent[]> {
    await this.access.findRound(organisationId, roundId);
    return this.trail.list(organisationId, roundId, criterionCode);
  }

  private async contentOf(
    manager: EntityManager,
    input: {
      round: AssessmentRoundEntity;
      rubric: RubricVersionDetail;
      people: People;
      actor: Actor;
      submittedAt: Date;
      organisationName: string;
    },
  ): Promise<string> {
    const { round, rubric, people, actor } = input;
    // One query at a time on the transaction's connection.
    const responses = await this.repository.responsesOfRounds([round.id], manager);
    const links = await this.repository.links(round.id, manager);
    assertSubmittable(checkSubmit(rubric, responses));
    const evidenceIds = [...new Set(links.map((link) => link.evidenceId))];
    const evidence = await this.evidence.findByIds(
      round.organisationId,
      evidenceIds,
      people.namesByUser,
      round.targetDate,
      manager,
    );
    const actions = await this.actions.contentOf(manager, round.id, people);
    const content = roundContentOf({
      organisation: { id: round.organisationId, name: input.organisationName },
      round,
      rubric,
      responses,
      links,
      evidence,
      actions,
      people,
      submittedAt: input.submittedAt,
      submittedBy: { userId: actor.userId, displayName: actor.displayName },
    });
    return roundContentHashInput(content);
  }
}
