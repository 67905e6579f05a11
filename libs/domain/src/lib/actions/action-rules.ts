import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { assertIsoDay } from '../readiness/evidence-validity';
import type { ActionStatus } from './action.types';

/**
 * The improvement cycle: an action is planned (open), carried out (in progress) and finished
 * (done) or dropped (cancelled). A done action can be reopened when the check shows it did not
 * work; a cancelled one can be picked up again.
 */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['in-progress', 'done', 'cancelled'],
  'in-progress': ['open', 'done', 'cancelled'],
  done: ['in-progress'],
  cancelled: ['open'],
};

/** Staying in the same status is not a transition, so it is always allowed. */
export function canChangeActionStatus(from: ActionStatus, to: ActionStatus): boolean {
  return from === to || ACTION_TRANSITIONS[from].includes(to);
}

export interface ActionState {
  status: ActionStatus;
  reflection: string | null;
}

/** Checks a change of status and reflection; done needs a reflection on what the action changed. */
export function assertActionChange(current: ActionState, next: ActionState): void {
  if (!canChangeActionStatus(current.status, next.status)) {
    throw new DomainRuleViolation('invalid-action-transition', {
      from: current.status,
      to: next.status,
    });
  }
  if (next.status === 'done' && (next.reflection ?? '').trim() === '') {
    throw new DomainRuleViolation('reflection-required');
  }
}

/** A new action is planned for today or later: one due in the past would start out overdue. */
export function isDueDateInPast(dueDate: string | null | undefined, today: string): boolean {
  return !!dueDate && assertIsoDay(dueDate) < assertIsoDay(today);
}

export function assertDueDateNotPast(dueDate: string | null | undefined, today: string): void {
  if (isDueDateInPast(dueDate, today)) {
    throw new DomainRuleViolation('due-date-in-past', { dueDate, today });
  }
}

/** Overdue: still to be done after its due date (the due date itself is not late yet). */
export function isActionOverdue(
  action: { status: ActionStatus; dueDate: string | null },
  today: string,
): boolean {
  const open = action.status === 'open' || action.status === 'in-progress';
  return open && action.dueDate !== null && assertIsoDay(action.dueDate) < assertIsoDay(today);
}
