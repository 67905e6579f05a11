/** Shapes of a Kwaliteitslabel rubric version, shared by the data library, the API and the web app. */

export type RubricStatus = 'draft' | 'published' | 'retired';

export type DomainCode = 'OPD' | 'VMS' | 'VAK' | 'IMP';

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface EvidenceKind {
  key: string;
  label: LocalisedText;
}

export interface MaturityLevel {
  level: number;
  name: string;
  descriptor: string;
}

/** English texts of a criterion; optional, so versions without them keep their content hash. */
export interface CriterionEnglish {
  title: string;
  description: string;
  guidanceQuestions: string[];
  /** In the order of `maturityScale`, one entry per level. */
  maturityScale: { name: string; descriptor: string }[];
}

export interface Criterion {
  code: string;
  title: string;
  description: string;
  guidanceQuestions: string[];
  evidenceKinds: string[];
  weight: number;
  required: boolean;
  allowNotApplicable: boolean;
  maturityScale: MaturityLevel[];
  metLevel: number;
  en?: CriterionEnglish;
}

export interface RubricDomain {
  code: DomainCode;
  title: string;
  description: string;
  criteria: Criterion[];
  en?: { title: string; description: string };
}

/** How a criterion of this version relates to the previous version's criteria. */
export interface CriterionMapping {
  code: string;
  previousCodes: string[];
}

export interface RubricVersion {
  id: string;
  version: string;
  status: RubricStatus;
  title: string;
  effectiveDate: string;
  previousVersion?: string;
  mapping?: CriterionMapping[];
  domains: RubricDomain[];
  en?: { title: string };
}

export interface RubricSummary {
  id: string;
  version: string;
  status: RubricStatus;
  title: string;
  effectiveDate: string;
  criterionCount: number;
}

export interface RubricVersionDetail extends RubricVersion {
  contentHash: string;
  evidenceKinds: EvidenceKind[];
}
