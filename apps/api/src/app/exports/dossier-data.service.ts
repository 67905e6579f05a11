import { DomainCode, ImprovementAction, isoDayIn } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { ActionsService } from '../actions/actions.service';
import { AssessmentRoundsService } from '../assessments/assessment-rounds.service';
import { RoundAccessService } from '../assessments/round-access.service';
import { Clock } from '../common/clock';
import { RoundReportService } from '../dashboards/round-report.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { DossierData, DossierDomain } from './dossier.model';

/**
 * Loads what the exports of a round show, in a fixed number of queries whatever the number of
 * criteria: the round (404 for another organisation), its rubric, members, responses with their
 * evidence, its actions and the organisation's name. Every figure (levels, statuses, readiness,
 * blockers, action counts) is the dashboard's RoundReadinessReport, so screen, PDF and Excel
 * never disagree; the rest is the text around those figures.
 */
@Injectable()
export class DossierDataService {
  constructor(
    private readonly rounds: AssessmentRoundsService,
    private readonly access: RoundAccessService,
    private readonly actions: ActionsService,
    private readonly organisations: OrganisationsService,
    private readonly reports: RoundReportService,
    private readonly clock: Clock,
  ) {}

  async load(organisationId: string, roundId: string): Promise<DossierData> {
    const detail = await this.rounds.get(organisationId, roundId);
    const generatedAt = this.clock.now();
    const [rubric, organisation, actions, report] = await Promise.all([
      this.access.rubricOf(detail),
      this.organisations.overview(organisationId),
      this.actions.list(organisationId, { roundId }),
      this.reports.report(organisationId, roundId),
    ]);
    const responses = new Map(
      detail.responses.map((response) => [response.criterionCode, response]),
    );
    const actionsByCode = new Map<string, ImprovementAction[]>();
    for (const action of actions) {
      actionsByCode.set(action.criterionCode, [
        ...(actionsByCode.get(action.criterionCode) ?? []),
        action,
      ]);
    }
    const figures = new Map(report.criteria.map((row) => [row.code, row]));
    const domains: DossierDomain[] = rubric.domains.map((domain) => ({
      code: domain.code,
      title: domain.title,
      criteria: domain.criteria.flatMap((criterion) => {
        const row = figures.get(criterion.code);
        return row
          ? [
              {
                figures: row,
                response: responses.get(criterion.code) ?? null,
                actions: actionsByCode.get(criterion.code) ?? [],
              },
            ]
          : [];
      }),
    }));
    const kinds = new Map(rubric.evidenceKinds.map((kind) => [kind.key, kind.label.nl]));
    const domainTitles = new Map(rubric.domains.map((domain) => [domain.code, domain.title]));
    return {
      organisation: { id: organisation.id, name: organisation.name },
      round: detail,
      rubricTitle: rubric.title,
      report,
      domains,
      evidenceKindLabel: (key: string) => kinds.get(key) ?? key,
      domainTitle: (code: DomainCode) => domainTitles.get(code) ?? code,
      generatedAt,
      generatedOn: isoDayIn(generatedAt),
    };
  }
}
