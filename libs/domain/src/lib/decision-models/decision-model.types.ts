/**
 * Decision models (besluitvormingsmodellen) as data: the label owner's library and an
 * organisation's own models. The content is what the YAML files in libs/criteria/decision-models
 * and the drafts hold; the API adds who owns a model and when it was published.
 */

/** The situations the model chooser asks about; a model names the ones it suits. */
export const DECISION_SITUATIONS = [
  'choosing-intervention',
  'rules-block-need',
  'reflecting-afterwards',
] as const;
export type DecisionSituation = (typeof DECISION_SITUATIONS)[number];

/** When in a decision a model is used: before deciding, afterwards to reflect, or both. */
export const DECISION_MODEL_TIMINGS = ['before', 'afterwards', 'both'] as const;
export type DecisionModelTiming = (typeof DECISION_MODEL_TIMINGS)[number];

export interface DecisionModelStep {
  title: string;
  /** The question the professional answers at this step. */
  prompt: string;
}

export interface DecisionModelExample {
  /** A short, invented case in our own words; never a real client. */
  situation: string;
  /** How the model's steps go through that case. */
  walkthrough: string;
}

/** The texts of a model in one language. */
export interface DecisionModelTexts {
  name: string;
  summary: string;
  /** When the model suits, in words (the `situations` say it for the chooser). */
  suitsWhen: string[];
  steps: DecisionModelStep[];
  example: DecisionModelExample;
}

export interface DecisionModelSource {
  /** Where the model comes from: the publication or method. */
  title: string;
  publisher: string;
  url?: string;
  year?: number;
}

/** A model version as its file (or draft) holds it: Dutch texts, optionally English ones. */
export interface DecisionModelContent extends DecisionModelTexts {
  id: string;
  version: string;
  source: DecisionModelSource;
  situations: DecisionSituation[];
  timing: DecisionModelTiming;
  en?: DecisionModelTexts;
}

/** Who keeps a model: the label owner (bundled or published through the product), or one organisation. */
export type DecisionModelOwner = 'label' | 'organisation';

/** A published model as the API returns it: the latest published version of its id. */
export interface DecisionModel extends DecisionModelContent {
  owner: DecisionModelOwner;
  /** Null for a model bundled with the product. */
  publishedAt: string | null;
}

export interface DecisionModelSummary {
  id: string;
  version: string;
  name: string;
  summary: string;
  situations: DecisionSituation[];
  timing: DecisionModelTiming;
  owner: DecisionModelOwner;
  source: DecisionModelSource;
  en?: { name: string; summary: string };
}

/** One broken rule in a draft: where, which rule, and why. */
export interface DecisionModelViolation {
  location: string;
  rule: string;
  detail: string;
}

/** A model being written, by the label owner or a quality officer: any content, with what still breaks. */
export interface DecisionModelDraft {
  id: string;
  owner: DecisionModelOwner;
  /** The model id the content names, when it names one. */
  modelId: string | null;
  content: unknown;
  violations: DecisionModelViolation[];
  createdAt: string;
  updatedAt: string;
}

export function toDecisionModelSummary(model: DecisionModel): DecisionModelSummary {
  return {
    id: model.id,
    version: model.version,
    name: model.name,
    summary: model.summary,
    situations: model.situations,
    timing: model.timing,
    owner: model.owner,
    source: model.source,
    ...(model.en ? { en: { name: model.en.name, summary: model.en.summary } } : {}),
  };
}
