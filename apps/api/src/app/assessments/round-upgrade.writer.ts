import {
  actionTargets,
  confirmAfterUpgrade,
  EventSnapshot,
  PlannedCriterion,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { ActionsService } from '../actions/actions.service';
import { RoundChange, RoundEventsService } from '../audit-trail/round-events.service';
import { Actor } from '../common/auth/current-actor.decorator';
import { Clock } from '../common/clock';
import { responseSnapshot } from './assessment.mappers';
import { AssessmentsRepository } from './assessments.repository';
import {
  CriterionResponseEntity,
  ResponseAnswerFields,
} from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import type { UpgradeState } from './round-upgrade.service';

type Values = ResponseAnswerFields;

const EMPTY: Values = {
  level: null,
  targetLevel: null,
  rationale: '',
  notApplicable: false,
  notApplicableReason: null,
  state: 'draft',
  isCarriedOver: false,
};

function valuesOf(item: PlannedCriterion<CriterionResponseEntity>): Values {
  const source = item.answer;
  if (!source) {
    return EMPTY;
  }
  return {
    level: source.level,
    targetLevel: source.targetLevel,
    rationale: source.rationale,
    notApplicable: source.notApplicable,
    notApplicableReason: source.notApplicableReason,
    state: source.state,
    isCarriedOver: confirmAfterUpgrade(item, source.isCarriedOver),
  };
}

function sameValues(row: CriterionResponseEntity, values: Values): boolean {
  return (Object.keys(values) as (keyof Values)[]).every((key) => row[key] === values[key]);
}

/** The writes of an upgrade, inside its transaction: responses, links, actions, round, history. */
@Injectable()
export class RoundUpgradeWriter {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly actions: ActionsService,
    private readonly events: RoundEventsService,
    private readonly clock: Clock,
  ) {}

  async apply(manager: EntityManager, actor: Actor, state: UpgradeState): Promise<void> {
    const { round, plan, responses, links } = state;
    const stamp = { updatedAt: this.clock.now(), updatedById: actor.userId };
    const byCode = new Map(responses.map((row) => [row.criterionCode, row]));
    const kept = new Set(plan.criteria.map((item) => item.code));
    const removed = responses.filter((row) => !kept.has(row.criterionCode));
    const changes: RoundChange[] = [];
    await this.repository.deleteLinksOfRound(manager, round.id);
    const planned = plan.criteria.map((item) => {
      const existing = byCode.get(item.code);
      const ownerMembershipId =
        existing?.ownerMembershipId ??
        item.sources.map((code) => byCode.get(code)?.ownerMembershipId).find(Boolean) ??
        null;
      const values = valuesOf(item);
      return { item, existing, values, patch: { ...values, ...stamp, ownerMembershipId } };
    });
    const rows = await this.writeResponses(manager, round, planned);
    for (const { item, existing, values } of planned) {
      const row = rows.get(item.code);
      if (row && item.answer && (!existing || !sameValues(existing, values))) {
        changes.push(this.carriedEvent(item, row, existing, links, plan.from));
      }
    }
    await this.repository.insertLinks(manager, this.linksOf(plan.criteria, rows, links));
    await this.repository.deleteResponses(
      manager,
      round.id,
      removed.map((row) => row.criterionCode),
    );
    const moved = await this.actions.followMapping(manager, actor, round.id, actionTargets(plan));
    await this.repository.updateRound(manager, round, round.version, {
      rubricVersion: plan.to,
      ...stamp,
    });
    await this.events.record(
      manager,
      actor,
      this.upgradedEvent(state),
      ...changes,
      ...removed.map((row) => this.removedEvent(row, state, links)),
      ...moved,
    );
  }

  /**
   * The responses of the new version: the new criteria inserted in one statement, the changed
   * ones updated, the unchanged ones left alone; by criterion code.
   */
  private async writeResponses(
    manager: EntityManager,
    round: UpgradeState['round'],
    planned: readonly {
      item: PlannedCriterion<CriterionResponseEntity>;
      existing: CriterionResponseEntity | undefined;
      values: Values;
      patch: Values &
        Pick<CriterionResponseEntity, 'updatedAt' | 'updatedById' | 'ownerMembershipId'>;
    }[],
  ): Promise<Map<string, CriterionResponseEntity>> {
    const rows = new Map<string, CriterionResponseEntity>();
    const inserted = await this.repository.insertResponses(
      manager,
      planned
        .filter(({ existing }) => !existing)
        .map(({ item, patch }) => ({
          organisationId: round.organisationId,
          roundId: round.id,
          criterionCode: item.code,
          version: 1,
          ...patch,
        })),
    );
    inserted.forEach((row) => rows.set(row.criterionCode, row));
    for (const { item, existing, values, patch } of planned) {
      if (!existing) {
        continue;
      }
      if (sameValues(existing, values)) {
        rows.set(item.code, existing);
      } else {
        await this.repository.updateResponse(manager, existing, existing.version, patch);
        rows.set(item.code, { ...existing, ...patch, version: existing.version + 1 });
      }
    }
    return rows;
  }

  /** Each criterion's links are those of its sources (every part of a split, a merged one's all). */
  private linksOf(
    criteria: readonly PlannedCriterion<CriterionResponseEntity>[],
    rows: ReadonlyMap<string, CriterionResponseEntity>,
    links: readonly ResponseEvidenceEntity[],
  ): ResponseEvidenceEntity[] {
    return criteria.flatMap((item) => {
      const row = rows.get(item.code);
      const seen = new Set<string>();
      return links.flatMap((link) => {
        if (!row || !item.sources.includes(link.criterionCode) || seen.has(link.evidenceId)) {
          return [];
        }
        seen.add(link.evidenceId);
        return [{ ...link, responseId: row.id, criterionCode: item.code }];
      });
    });
  }

  private carriedEvent(
    item: PlannedCriterion<CriterionResponseEntity>,
    row: CriterionResponseEntity,
    existing: CriterionResponseEntity | undefined,
    links: readonly ResponseEvidenceEntity[],
    fromVersion: string,
  ): RoundChange {
    return {
      roundId: row.roundId,
      criterionCode: item.code,
      subject: 'response',
      subjectId: row.id,
      type: 'response.carried-over',
      before: existing ? responseSnapshot(existing) : null,
      after: {
        ...responseSnapshot(row),
        fromVersion,
        sourceCodes: item.answer ? [item.answer.criterionCode] : [],
        evidenceIds: [
          ...new Set(
            links
              .filter((link) => item.sources.includes(link.criterionCode))
              .map((link) => link.evidenceId),
          ),
        ],
      },
    };
  }

  private removedEvent(
    row: CriterionResponseEntity,
    state: UpgradeState,
    links: readonly ResponseEvidenceEntity[],
  ): RoundChange {
    const continuedBy = state.plan.criteria
      .filter((item) => item.sources.includes(row.criterionCode))
      .map((item) => item.code);
    return {
      roundId: row.roundId,
      criterionCode: row.criterionCode,
      subject: 'response',
      subjectId: row.id,
      type: 'response.removed',
      before: {
        ...responseSnapshot(row),
        evidenceIds: links
          .filter((link) => link.responseId === row.id)
          .map((link) => link.evidenceId),
      },
      after: { upgradedTo: state.plan.to, continuedBy },
    };
  }

  private upgradedEvent({ round, plan }: UpgradeState): RoundChange {
    const criteria: EventSnapshot[] = plan.criteria.map((item) => ({
      code: item.code,
      kind: item.kind,
      outcome: item.outcome,
      sources: item.sources,
      chosenSource: item.chosenSource ?? null,
    }));
    return {
      roundId: round.id,
      criterionCode: null,
      subject: 'round',
      subjectId: round.id,
      type: 'round.upgraded',
      before: { rubricId: round.rubricId, rubricVersion: plan.from },
      after: {
        rubricId: round.rubricId,
        rubricVersion: plan.to,
        criteria,
        dropped: plan.dropped.map((item) => item.code),
      },
    };
  }
}
