import { isActionOverdue } from '../actions/action-rules';
import type { ActionStatus } from '../actions/action.types';
import type { AuditBlocker } from '../readiness/readiness.types';
import type { RubricVersion } from '../rubric/rubric.types';
import type { RoundRoute } from './round.types';
import { checkSubmit, type ResponseForSubmit, type SignOffState } from './submit-rules';

/**
 * What the submission dialog lists before the irreversible confirmation. `blocking` checks keep
 * the round from being submitted; `warning` checks only ask the quality officer to look first.
 * The list is open: the API may add checks of its own (a sign-off, say) with the same shape.
 */
export type SubmissionCheckSeverity = 'blocking' | 'warning';

/** One thing a check is about: a criterion (`ref` its code) or an action (`ref` its id). */
export interface SubmissionCheckItem {
  ref: string;
  label: string;
  /** The criterion code the item belongs to, to link to it. */
  criterionCode: string;
}

export interface SubmissionCheck {
  code: string;
  severity: SubmissionCheckSeverity;
  /** Plain words for the dialog, in the reader's language (the API fills it in). */
  message: string;
  items: SubmissionCheckItem[];
}

export interface SubmissionChecks {
  canSubmit: boolean;
  checks: SubmissionCheck[];
}

export interface ActionForSubmit {
  id: string;
  title: string;
  criterionCode: string;
  status: ActionStatus;
  dueDate: string | null;
}

export interface SubmissionCheckInput {
  rubric: RubricVersion;
  route: RoundRoute;
  responses: readonly ResponseForSubmit[];
  /** Required criteria not met on the target date (the readiness rules' audit blockers). */
  blockers: readonly AuditBlocker[];
  actions: readonly ActionForSubmit[];
  /** The ISO day the check is for: today in the organisation's time zone. */
  today: string;
  /** The organisation's sign-off rule and whether a manager has established the round. */
  signOff?: SignOffState;
}

/**
 * Which checks a round fails, each with the criteria or actions it is about; a check without
 * items is left out, so the dialog never shows an empty category. Unanswered and unconfirmed
 * criteria block; an external audit also warns about required criteria not met and late actions.
 * `message` is empty here: the caller words it (see `withMessages`).
 */
export function submissionChecks(input: SubmissionCheckInput): SubmissionChecks {
  const { rubric, responses } = input;
  const titles = new Map(
    rubric.domains.flatMap((domain) => domain.criteria).map((c) => [c.code, c.title] as const),
  );
  const criterion = (code: string): SubmissionCheckItem => ({
    ref: code,
    label: titles.get(code) ?? code,
    criterionCode: code,
  });
  const submit = checkSubmit(rubric, responses, input.signOff);
  const checks: SubmissionCheck[] = [
    check('unanswered', 'blocking', submit.missing.map(criterion)),
    check('unconfirmed', 'blocking', submit.unconfirmed.map(criterion)),
  ];
  if (input.route === 'external-audit') {
    const unanswered = new Set(submit.missing);
    checks.push(
      check(
        'required-not-met',
        'warning',
        input.blockers
          .filter((blocker) => !unanswered.has(blocker.code))
          .map((blocker) => ({
            ref: blocker.code,
            label: blocker.title,
            criterionCode: blocker.code,
          })),
      ),
      check(
        'actions-overdue',
        'warning',
        input.actions
          .filter((action) => isActionOverdue(action, input.today))
          .map((action) => ({
            ref: action.id,
            label: action.title,
            criterionCode: action.criterionCode,
          })),
      ),
    );
  }
  const found = checks.filter((c) => c.items.length > 0);
  // The one check without items: the round as a whole still needs its vaststelling.
  if (submit.signOffMissing) {
    found.push(check('sign-off-missing', 'blocking', []));
  }
  return finishChecks(found);
}

/**
 * The result of a list of checks, the caller's own included (a sign-off check may have no
 * items): submittable when none of them blocks.
 */
export function finishChecks(checks: readonly SubmissionCheck[]): SubmissionChecks {
  return { canSubmit: !checks.some((c) => c.severity === 'blocking'), checks: [...checks] };
}

/** Fills each check's message, e.g. from the API's catalogue in the reader's language. */
export function withMessages(
  result: SubmissionChecks,
  word: (check: SubmissionCheck) => string,
): SubmissionChecks {
  return { ...result, checks: result.checks.map((c) => ({ ...c, message: word(c) })) };
}

function check(
  code: string,
  severity: SubmissionCheckSeverity,
  items: SubmissionCheckItem[],
): SubmissionCheck {
  return { code, severity, message: '', items };
}
