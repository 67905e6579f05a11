/** Improvement actions (verbeteracties), shared by the API and the web app. */
import type { MemberRef, UserRef } from '../assessments/round.types';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TITLE_MAX_LENGTH = 200;
export const ACTION_DESCRIPTION_MAX_LENGTH = 5_000;
export const ACTION_REFLECTION_MAX_LENGTH = 2_000;

export interface ImprovementAction {
  id: string;
  roundId: string;
  criterionCode: string;
  title: string;
  description: string;
  owner: MemberRef | null;
  dueDate: string | null;
  status: ActionStatus;
  /** What the action changed: the "check" of plan-do-check-act, required once it is done. */
  reflection: string | null;
  isOverdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: UserRef | null;
  completedAt: string | null;
}
