import {
  assertNoPendingChoices,
  assertRoundOpen,
  assertUpgradeTarget,
  assertValidChoices,
  hasAnswer,
  planRoundUpgrade,
  RoundUpgradePreview,
  RoundUpgradeResult,
  RubricVersionDetail,
  UpgradePlan,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { EvidenceService } from '../evidence/evidence.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import { RoundAccessService } from './round-access.service';
import { RoundDetailsService } from './round-details.service';
import { previewOf } from './round-upgrade.mapper';
import { RoundUpgradeWriter } from './round-upgrade.writer';

/** Everything an upgrade is decided on, read once: the plan and what it was made of. */
export interface UpgradeState {
  round: AssessmentRoundEntity;
  target: RubricVersionDetail;
  responses: CriterionResponseEntity[];
  links: ResponseEvidenceEntity[];
  plan: UpgradePlan<CriterionResponseEntity>;
}

/**
 * Moves an open round to a newer published version of its rubric through the version's mapping.
 * The preview and the upgrade read the same state and make the same plan (planRoundUpgrade), so
 * the upgrade does exactly what the preview showed; the upgrade is one transaction.
 */
@Injectable()
export class RoundUpgradeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly details: RoundDetailsService,
    private readonly rubrics: RubricsService,
    private readonly actions: ActionsService,
    private readonly evidence: EvidenceService,
    private readonly writer: RoundUpgradeWriter,
  ) {}

  async preview(
    actor: Actor,
    roundId: string,
    to: string,
    choices: Record<string, string>,
  ): Promise<RoundUpgradePreview> {
    const round = await this.access.findRound(actor.organisationId, roundId);
    assertRoundOpen(round.status);
    const state = await this.load(this.dataSource.manager, round, to, choices);
    return this.previewOf(state, this.dataSource.manager);
  }

  async upgrade(
    actor: Actor,
    roundId: string,
    to: string,
    choices: Record<string, string>,
  ): Promise<RoundUpgradeResult> {
    const upgrade = await this.dataSource.transaction(async (manager) => {
      const round = await this.access.lockWritable(
        manager,
        actor.organisationId,
        roundId,
        'pessimistic_write',
      );
      const state = await this.load(manager, round, to, choices);
      assertNoPendingChoices(state.plan);
      const preview = await this.previewOf(state, manager);
      await this.writer.apply(manager, actor, state);
      return preview;
    });
    const round = await this.access.findRound(actor.organisationId, roundId);
    return { upgrade, round: await this.details.detail(round) };
  }

  private async load(
    manager: EntityManager,
    round: AssessmentRoundEntity,
    to: string,
    choices: Record<string, string>,
  ): Promise<UpgradeState> {
    const from = await this.access.rubricOf(round, manager);
    const versions = await this.rubrics.versionsOf(round.rubricId, manager);
    const listed = versions.find((version) => version.version === to);
    const found = listed ? await this.rubrics.get(round.rubricId, to, manager) : null;
    const target = assertUpgradeTarget(
      from,
      found && listed ? { ...found, status: listed.status } : null,
      to,
    );
    const responses = await this.repository.responsesOfRounds([round.id], manager);
    const links = await this.repository.links(round.id, manager);
    const actions = await this.actions.ofRoundForUpgrade(manager, round.id);
    const plan = planRoundUpgrade({
      from,
      to: target,
      mapping: target.mapping ?? [],
      answers: responses.filter(hasAnswer),
      evidenceLinks: links.map((link) => ({
        id: link.evidenceId,
        criterionCode: link.criterionCode,
      })),
      actions,
      choices,
    });
    assertValidChoices(plan, choices);
    return { round, target, responses, links, plan };
  }

  private async previewOf(
    state: UpgradeState,
    manager: EntityManager,
  ): Promise<RoundUpgradePreview> {
    const { round, links, plan } = state;
    const people = await this.details.people(round.organisationId, manager);
    const evidence = await this.evidence.findByIds(
      round.organisationId,
      [...new Set(links.map((link) => link.evidenceId))],
      people.namesByUser,
      round.targetDate,
      manager,
    );
    const actions = await this.actions.ofRoundForUpgrade(manager, round.id);
    return previewOf(round.id, round.rubricId, plan, {
      evidence: new Map(evidence.map((item) => [item.id, item.title])),
      actions: new Map(actions.map((action) => [action.id, action.title])),
    });
  }
}
