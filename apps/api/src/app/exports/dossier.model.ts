import {
  AssessmentRound,
  CriterionResponse,
  DomainCode,
  HeatmapRow,
  ImprovementAction,
  RoundReadinessReport,
} from '@labelklaar/domain';

/** One criterion as the dossier shows it: the figures of the report and what the organisation wrote. */
export interface DossierCriterion {
  /** Level, met level, target level and status: the same figures as the dashboard. */
  figures: HeatmapRow;
  /** Null only when the round has no response for a criterion of its rubric (should not happen). */
  response: CriterionResponse | null;
  actions: ImprovementAction[];
}

export interface DossierDomain {
  code: DomainCode;
  title: string;
  criteria: DossierCriterion[];
}

/** Everything the three exports of a round are made of, loaded in a fixed number of queries. */
export interface DossierData {
  organisation: { id: string; name: string };
  round: AssessmentRound;
  rubricTitle: string;
  report: RoundReadinessReport;
  domains: DossierDomain[];
  /** Dutch label of an evidence kind key; the key itself when the vocabulary does not know it. */
  evidenceKindLabel: (key: string) => string;
  domainTitle: (code: DomainCode) => string;
  generatedAt: Date;
  /** The generation day in the organisation's time zone (Europe/Amsterdam). */
  generatedOn: string;
}

export const isDraft = (data: DossierData) => data.round.status === 'draft';

/** The three files of a round: name and media type. */
export interface ExportFile {
  fileName: string;
  type: string;
}

/** What the quality officer chose to put in a dossier for the assessor. */
export interface DossierOptions {
  /**
   * The internal appendix: readiness percentages, audit blockers and the other figures the
   * organisation prepares with. The self-evaluation itself stands without them.
   */
  internal: boolean;
}

export const WITH_INTERNAL: DossierOptions = { internal: true };
