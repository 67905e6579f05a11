/** The vocabulary of decision reflections and team learning (issue 16), shared by API and web. */

/** The recurring dilemmas of professional decision-making in social work. */
export const DILEMMAS = [
  'who-steers',
  'intervene-or-let-go',
  'self-determination-or-safety',
  'rule-or-exception',
  'continue-or-stop',
  'our-task-or-others',
] as const;
export type Dilemma = (typeof DILEMMAS)[number];

/** What was taken into account when deciding. */
export const CONSIDERATIONS = [
  'persons-wishes',
  'experience-and-intuition',
  'knowledge-and-research',
  'colleagues',
  'organisation-policy',
  'law-and-regulation',
  'network',
  'safety',
] as const;
export type Consideration = (typeof CONSIDERATIONS)[number];

/** The kinds of decision a reflection is about. */
export const DECISION_KINDS = [
  'choose-intervention',
  'start-support',
  'close-trajectory',
  'refer-elsewhere',
  'involve-network',
  'safety-step',
  'rule-exception',
  'other',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const TEAM_SESSION_TYPES = [
  'casuistiekbespreking',
  'intervisie',
  'moreel-beraad',
  'leerkring',
  'inhoudelijk-teamoverleg',
] as const;
export type TeamSessionType = (typeof TEAM_SESSION_TYPES)[number];

export const TEAM_AGREEMENT_STATUSES = ['active', 'under-review', 'retired'] as const;
export type TeamAgreementStatus = (typeof TEAM_AGREEMENT_STATUSES)[number];

export interface ModelPromptAnswer {
  promptId: string;
  answer: string;
}

/** Sizes of a reflection: long enough for a real case, short enough to stay a reflection. */
export const REFLECTION_LIMITS = { text: 4000, step: 1000, steps: 20, prompts: 20 } as const;

export interface Reflection {
  id: string;
  teamId: string;
  teamName: string;
  authorId: string;
  authorName: string;
  /** Whether the author is the one reading: only then `isOwn` actions (edit, delete) apply. */
  isOwn: boolean;
  date: string;
  decisionKind: DecisionKind;
  dilemmas: Dilemma[];
  modelId: string | null;
  modelVersion: string | null;
  promptAnswers: ModelPromptAnswer[];
  considerations: Consideration[];
  steps: string[];
  decision: string;
  insight: string;
  isShared: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ReflectionInput {
  teamId: string;
  date: string;
  decisionKind: DecisionKind;
  dilemmas: Dilemma[];
  modelId?: string | null;
  promptAnswers?: ModelPromptAnswer[];
  considerations: Consideration[];
  steps: string[];
  decision: string;
  insight: string;
  isShared?: boolean;
}
