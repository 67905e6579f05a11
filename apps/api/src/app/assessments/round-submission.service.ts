import {
  assertSubmittable,
  checkSubmit,
  Evidence,
  roundContentHashInput,
  RoundEvent,
  RubricVersionDetail,
  submissionChecks,
  SubmissionChecks,
  submittedContentOf,
  SubmittedRound,
  withMessages,
} from '@labelklaar/domain';

import { createHash } from 'node:crypto';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { Language } from '../common/i18n/language';
import { submissionCheckMessage } from '../common/i18n/submission-check-messages';
import { People } from '../common/people';
import { inTransaction, readAll } from '../common/transaction';
import { RoundReportService } from '../dashboards/round-report.service';
import { EvidenceService } from '../evidence/evidence.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { AssessmentNotifications } from './assessment-notifications';
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
    private readonly reports: RoundReportService,
    private readonly notify: AssessmentNotifications,
  ) {}

  /**
   * What the submission dialog shows before the irreversible confirmation: what still keeps the
   * round from being submitted and, for an external audit, what to look at first. The rules are
   * the domain's (`submissionChecks`); the words are in the reader's language.
   */
  async check(actor: Actor, roundId: string, language: Language): Promise<SubmissionChecks> {
    const round = await this.access.findRound(actor.organisationId, roundId);
    const [rubric, responses, report, actions, organisation] = await Promise.all([
      this.access.rubricOf(round),
      this.repository.responsesOfRounds([round.id]),
      this.reports.report(actor.organisationId, round.id),
      this.actions.listOfRound(actor.organisationId, round.id),
      this.organisations.submissionRulesOf(actor.organisationId),
    ]);
    const result = submissionChecks({
      rubric,
      route: round.route,
      responses,
      blockers: report.blockers,
      actions: actions.map((action) => ({
        id: action.id,
        title: action.title,
        criterionCode: action.criterionCode,
        status: action.status,
        dueDate: action.dueDate,
      })),
      today: report.referenceDate,
      signOff: { required: organisation.signOffRequired, signedOff: round.signedOffAt !== null },
    });
    return withMessages(result, (check) =>
      submissionCheckMessage(check.code, language, check.message),
    );
  }

  /**
   * Freezes the round: possible once every criterion is answered. The canonical content is kept
   * with its sha256, so an auditor can check the dossier they received against the hash.
   */
  async submit(actor: Actor, roundId: string, outer?: EntityManager): Promise<SubmittedRound> {
    const loaded = await this.access.findRound(actor.organisationId, roundId, outer);
    const [rubric, people, organisation] = await readAll(
      outer,
      () => this.access.rubricOf(loaded, outer),
      () => this.details.people(actor.organisationId, outer),
      () => this.organisations.submissionRulesOf(actor.organisationId, outer),
    );
    return inTransaction(this.dataSource, outer, async (manager) => {
      const round = await this.access.lockWritable(
        manager,
        actor.organisationId,
        roundId,
        'pessimistic_write',
      );
      const submittedAt = this.clock.now();
      const { text, evidence } = await this.contentOf(manager, {
        round,
        rubric,
        people,
        actor,
        submittedAt,
        organisationName: organisation.name,
        signOffRequired: organisation.signOffRequired,
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
      // From now on the round's links show the revisions its content hash was taken of.
      await this.repository.pinRevisions(
        manager,
        roundId,
        evidence.map((item) => ({ evidenceId: item.id, revision: item.revision })),
      );
      await this.trail.record(manager, actor, {
        roundId,
        criterionCode: null,
        subject: 'round',
        subjectId: roundId,
        type: 'round.submitted',
        before: { status: round.status },
        after: { status: 'submitted', contentHash },
      });
      await this.notify.submitted(manager, actor, round, people);
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
      signOffRequired: boolean;
    },
  ): Promise<{ text: string; evidence: Evidence[] }> {
    const { round, rubric, people, actor } = input;
    // One query at a time on the transaction's connection.
    const responses = await this.repository.responsesOfRounds([round.id], manager);
    const links = await this.repository.links(round.id, manager);
    assertSubmittable(
      checkSubmit(rubric, responses, {
        required: input.signOffRequired,
        signedOff: round.signedOffAt !== null,
      }),
    );
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
    return { text: roundContentHashInput(content), evidence };
  }
}
