import { CriterionResponse } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { notFound } from '../common/problems/problem.exception';
import { inTransaction } from '../common/transaction';
import { EvidenceService } from '../evidence/evidence.service';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';

/** Links between criterion responses and evidence; each link and unlink is an event. */
@Injectable()
export class ResponseEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly evidence: EvidenceService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Linking evidence that is already linked changes nothing and records nothing. With a manager,
   * inside the caller's transaction.
   */
  async link(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    evidenceId: string,
    outer?: EntityManager,
  ): Promise<CriterionResponse> {
    const people = await this.details.people(actor.organisationId, outer);
    return inTransaction(this.dataSource, outer, async (manager) => {
      const { round, row } = await this.writableResponse(manager, actor, roundId, criterionCode);
      const [evidence] = await this.evidence.findByIds(
        actor.organisationId,
        [evidenceId],
        people.namesByUser,
        round.targetDate,
        manager,
      );
      if (!evidence) {
        throw notFound();
      }
      const link = {
        responseId: row.id,
        evidenceId,
        roundId,
        criterionCode,
        linkedAt: this.clock.now(),
        linkedById: actor.userId,
      };
      if (await this.repository.insertLink(manager, link)) {
        await this.events.record(manager, actor, {
          roundId,
          criterionCode,
          subject: 'evidence-link',
          subjectId: evidenceId,
          type: 'evidence.linked',
          before: null,
          after: {
            evidenceId,
            title: evidence.title,
            source: evidence.source,
            validUntil: evidence.validUntil,
          },
        });
      }
      return this.details.response(round, row, people, manager);
    });
  }

  /**
   * Downloads a file the round cites: only evidence linked to one of the round's responses, so a
   * reviewer of the round reaches nothing else of the organisation's evidence library; a
   * submitted round's link gives the revision it was submitted with.
   */
  async content(organisationId: string, roundId: string, evidenceId: string, range?: string) {
    await this.access.findRound(organisationId, roundId);
    const revision = await this.repository.linkedRevision(roundId, evidenceId);
    if (revision === undefined) {
      throw notFound();
    }
    // A submitted round's file is the revision it was submitted with.
    return this.evidence.linkedContent(organisationId, evidenceId, revision, range);
  }

  async unlink(
    actor: Actor,
    roundId: string,
    criterionCode: string,
    evidenceId: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { row } = await this.writableResponse(manager, actor, roundId, criterionCode);
      if (!(await this.repository.deleteLink(manager, row.id, evidenceId))) {
        throw notFound();
      }
      await this.events.record(manager, actor, {
        roundId,
        criterionCode,
        subject: 'evidence-link',
        subjectId: evidenceId,
        type: 'evidence.unlinked',
        before: { evidenceId },
        after: null,
      });
    });
  }

  private async writableResponse(
    manager: EntityManager,
    actor: Actor,
    roundId: string,
    criterionCode: string,
  ): Promise<{ round: AssessmentRoundEntity; row: CriterionResponseEntity }> {
    const round = await this.access.lockWritable(manager, actor.organisationId, roundId);
    const row = await this.repository.findResponse(round.id, criterionCode, manager);
    if (!row) {
      throw notFound();
    }
    this.access.assertMayEdit(actor, row.ownerMembershipId);
    return { round, row };
  }
}
