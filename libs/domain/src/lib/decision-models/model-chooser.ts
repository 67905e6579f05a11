/**
 * "Welk model past?": three short questions about the situation suggest a decision model. The
 * chooser suggests only models it is given (the library the person sees), matched on the
 * situations each model names, so it never presents a model the product does not have.
 */
import type { DecisionModelSummary, DecisionSituation } from './decision-model.types';

export interface ModelChooserAnswers {
  /** Are you about to decide, or looking back on a decision? */
  moment: 'before' | 'afterwards' | null;
  /** Is the question which approach or intervention to use? */
  choosingIntervention: boolean | null;
  /** Do rules or procedures seem to block what the resident needs? */
  rulesInTheWay: boolean | null;
}

export const NO_CHOOSER_ANSWERS: ModelChooserAnswers = {
  moment: null,
  choosingIntervention: null,
  rulesInTheWay: null,
};

/** The questions in the order the chooser asks them, with their possible answers. */
export const MODEL_CHOOSER_QUESTIONS = [
  { key: 'moment', options: ['before', 'afterwards'] },
  { key: 'choosingIntervention', options: [true, false] },
  { key: 'rulesInTheWay', options: [true, false] },
] as const satisfies readonly {
  key: keyof ModelChooserAnswers;
  options: readonly (string | boolean)[];
}[];

/**
 * The situations the answers describe, most telling first: looking back puts reflection first;
 * rules in the way is the more specific question before deciding, so it comes before choosing
 * an intervention. Empty when nothing is answered yes.
 */
export function situationsFor(answers: ModelChooserAnswers): DecisionSituation[] {
  const situations: DecisionSituation[] = [];
  if (answers.moment === 'afterwards') {
    situations.push('reflecting-afterwards');
  }
  if (answers.rulesInTheWay === true) {
    situations.push('rules-block-need');
  }
  if (answers.choosingIntervention === true) {
    situations.push('choosing-intervention');
  }
  return situations;
}

export interface ModelSuggestion {
  model: DecisionModelSummary;
  /** The situation it was suggested for (the first of the answers' situations it suits). */
  situation: DecisionSituation;
}

/**
 * The models of `available` that suit the answers, in the order of the situations (then the
 * order given); each model once. Empty when the answers describe no situation, or no available
 * model suits one.
 */
export function suggestModels(
  answers: ModelChooserAnswers,
  available: readonly DecisionModelSummary[],
): ModelSuggestion[] {
  const suggestions: ModelSuggestion[] = [];
  const seen = new Set<string>();
  for (const situation of situationsFor(answers)) {
    for (const model of available) {
      if (model.situations.includes(situation) && !seen.has(model.id)) {
        seen.add(model.id);
        suggestions.push({ model, situation });
      }
    }
  }
  return suggestions;
}

/** Whether every question has an answer (the chooser can then say "no model fits" honestly). */
export function chooserComplete(answers: ModelChooserAnswers): boolean {
  return (
    answers.moment !== null &&
    answers.choosingIntervention !== null &&
    answers.rulesInTheWay !== null
  );
}
