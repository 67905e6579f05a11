import {
  AssessmentRoundDetail,
  CriterionResponse,
  isoDayIn,
  LinkedEvidence,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Clock } from '../common/clock';
import { People, peopleOf } from '../common/people';
import { readAll } from '../common/transaction';
import { EvidenceService, linkKey } from '../evidence/evidence.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { mapResponse, mapRound } from './assessment.mappers';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentRoundEntity } from './entities/assessment-round.entity';
import { CriterionResponseEntity } from './entities/criterion-response.entity';
import { ResponseEvidenceEntity } from './entities/response-evidence.entity';
import { RoundAccessService } from './round-access.service';

/** Reads a round with its responses and their evidence in a fixed, small number of queries. */
@Injectable()
export class RoundDetailsService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly access: RoundAccessService,
    private readonly evidence: EvidenceService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async people(organisationId: string, manager?: EntityManager): Promise<People> {
    return peopleOf(await this.organisations.listMembers(organisationId, manager));
  }

  today(): string {
    return isoDayIn(this.clock.now());
  }

  async detail(
    round: AssessmentRoundEntity,
    rubric?: RubricVersionDetail,
    people?: People,
    manager?: EntityManager,
  ): Promise<AssessmentRoundDetail> {
    const [pinned, members, responses, links, newerVersion] = await readAll(
      manager,
      async () => rubric ?? this.access.rubricOf(round, manager),
      async () => people ?? this.people(round.organisationId, manager),
      () => this.repository.responsesOfRounds([round.id], manager),
      () => this.repository.links(round.id, manager),
      () => this.access.newerVersionOf(round, manager),
    );
    const evidence = await this.linkedEvidence(round, links, members, manager);
    const order = new Map(
      pinned.domains
        .flatMap((domain) => domain.criteria)
        .map((criterion, index) => [criterion.code, index]),
    );
    const inRubricOrder = [...responses].sort(
      (a, b) => (order.get(a.criterionCode) ?? 0) - (order.get(b.criterionCode) ?? 0),
    );
    return {
      ...mapRound(round, pinned, responses, members, this.today(), newerVersion),
      responses: inRubricOrder.map((row) => mapResponse(row, members, evidence.get(row.id) ?? [])),
    };
  }

  /** One response with its evidence; with a manager, as seen inside that transaction. */
  async response(
    round: AssessmentRoundEntity,
    row: CriterionResponseEntity,
    people: People,
    manager?: EntityManager,
  ): Promise<CriterionResponse> {
    const links = await this.repository.linksOfResponse(row.id, manager);
    return this.responseWith(round, row, links, people, manager);
  }

  /** One response with the evidence of `links` (read already, e.g. by the save's statement). */
  async responseWith(
    round: AssessmentRoundEntity,
    row: CriterionResponseEntity,
    links: readonly ResponseEvidenceEntity[],
    people: People,
    manager?: EntityManager,
  ): Promise<CriterionResponse> {
    const evidence = await this.linkedEvidence(round, links, people, manager);
    return mapResponse(row, people, evidence.get(row.id) ?? []);
  }

  /**
   * Evidence by response id, flagged as expired on the round's target date: a submitted round's
   * as the revision it was submitted with, a draft round's as the current revision.
   */
  private async linkedEvidence(
    round: AssessmentRoundEntity,
    links: readonly ResponseEvidenceEntity[],
    people: People,
    manager?: EntityManager,
  ): Promise<Map<string, LinkedEvidence[]>> {
    const found = await this.evidence.findLinked(
      round.organisationId,
      links,
      people.namesByUser,
      round.targetDate,
      manager,
    );
    const byResponse = new Map<string, LinkedEvidence[]>();
    for (const link of links) {
      const item = found.get(linkKey(link.evidenceId, link.revisionNumber));
      if (item) {
        byResponse.set(link.responseId, [
          ...(byResponse.get(link.responseId) ?? []),
          { ...item, linkedAt: link.linkedAt.toISOString() },
        ]);
      }
    }
    return byResponse;
  }
}
