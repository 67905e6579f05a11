import type { RubricVersion } from '../rubric/rubric.types';
import { isAnswered } from './response-rules';

export interface ResponseForSubmit {
  criterionCode: string;
  level: number | null;
  notApplicable: boolean;
  isCarriedOver: boolean;
}

/** What still keeps a round from being submitted, both lists in rubric order. */
export interface SubmitCheck {
  canSubmit: boolean;
  /** Neither scored on the criterion's scale nor (where allowed) not applicable. */
  missing: string[];
  /** Taken over from the previous round and not yet confirmed by anyone in this one. */
  unconfirmed: string[];
  /** The organisation asks for a vaststelling by a manager before submission, and there is none. */
  signOffMissing: boolean;
}

/** The organisation's sign-off rule and whether the round has been established. */
export interface SignOffState {
  required: boolean;
  signedOff: boolean;
}

/**
 * A round can be submitted when every criterion is answered. An answer carried over from the
 * last round is not yet this round's judgement, so it has to be confirmed first. Where the
 * organisation requires it, a manager has to have established (vastgesteld) the round.
 */
export function checkSubmit(
  rubric: RubricVersion,
  responses: readonly ResponseForSubmit[],
  signOff: SignOffState = { required: false, signedOff: false },
): SubmitCheck {
  const byCode = new Map(responses.map((response) => [response.criterionCode, response]));
  const missing: string[] = [];
  const unconfirmed: string[] = [];
  for (const criterion of rubric.domains.flatMap((domain) => domain.criteria)) {
    const response = byCode.get(criterion.code);
    if (!response || !isAnswered(criterion, response)) {
      missing.push(criterion.code);
    } else if (response.isCarriedOver) {
      unconfirmed.push(criterion.code);
    }
  }
  const signOffMissing = signOff.required && !signOff.signedOff;
  return {
    canSubmit: missing.length === 0 && unconfirmed.length === 0 && !signOffMissing,
    missing,
    unconfirmed,
    signOffMissing,
  };
}
