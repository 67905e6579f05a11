import { isActionOverdue } from '../actions/action-rules';
import type { ActionStatus } from '../actions/action.types';
import type { MemberRole } from '../organisations/organisation.types';
import type { RubricVersion } from '../rubric/rubric.types';
import type { ResponseCheckStatus } from './response-check-rules';
import { isAnswered } from './response-rules';
import type { MemberRef, ResponseState } from './round.types';

/** One criterion a member owns, and how far it is. */
export interface OwnedCriterion {
  code: string;
  title: string;
  /** Scored on the scale, or (where allowed) not applicable. */
  scored: boolean;
  /** Scored and not waiting for "Klopt nog" (a carried-over answer is not this round's yet). */
  confirmed: boolean;
  ready: boolean;
  accepted: boolean;
  sentBack: boolean;
}

export interface OwnedAction {
  id: string;
  title: string;
  criterionCode: string;
  dueDate: string | null;
  status: ActionStatus;
  late: boolean;
}

export interface MemberWork {
  member: MemberRef;
  role: MemberRole;
  criteria: OwnedCriterion[];
  counts: { criteria: number; scored: number; confirmed: number; ready: number; accepted: number };
  actions: OwnedAction[];
  /** Open: still to do (open or in progress); late: of those, past their due date. */
  actionCounts: { open: number; late: number };
}

export interface WhoDoesWhat {
  roundId: string;
  members: MemberWork[];
  /** Criteria nobody owns yet, in rubric order. */
  unassigned: { code: string; title: string }[];
}

export interface WhoDoesWhatInput {
  roundId: string;
  rubric: RubricVersion;
  members: readonly (MemberRef & { role: MemberRole })[];
  responses: readonly {
    criterionCode: string;
    level: number | null;
    notApplicable: boolean;
    isCarriedOver: boolean;
    state: ResponseState;
    reviewStatus: ResponseCheckStatus | null;
    ownerMemberId: string | null;
  }[];
  actions: readonly {
    id: string;
    title: string;
    criterionCode: string;
    dueDate: string | null;
    status: ActionStatus;
    ownerMemberId: string | null;
  }[];
  today: string;
}

/**
 * "Wie doet wat": per member the criteria they own in the round, how far each is, and their
 * actions (open, late). Members with neither are listed too, so the quality officer sees who is
 * free; members in the order given, their criteria in rubric order.
 */
export function whoDoesWhat(input: WhoDoesWhatInput): WhoDoesWhat {
  const byCode = new Map(input.responses.map((response) => [response.criterionCode, response]));
  const criteria = input.rubric.domains.flatMap((domain) => domain.criteria);
  const unassigned: WhoDoesWhat['unassigned'] = [];
  const owned = new Map<string, OwnedCriterion[]>();
  for (const criterion of criteria) {
    const response = byCode.get(criterion.code);
    const owner = response?.ownerMemberId ?? null;
    if (!response || owner === null) {
      unassigned.push({ code: criterion.code, title: criterion.title });
      continue;
    }
    const scored = isAnswered(criterion, response);
    const item: OwnedCriterion = {
      code: criterion.code,
      title: criterion.title,
      scored,
      confirmed: scored && !response.isCarriedOver,
      ready: response.state === 'ready-for-review',
      accepted: response.reviewStatus === 'accepted',
      sentBack: response.reviewStatus === 'sent-back',
    };
    owned.set(owner, [...(owned.get(owner) ?? []), item]);
  }
  const members = input.members.map((member): MemberWork => {
    const mine = owned.get(member.memberId) ?? [];
    const actions = input.actions
      .filter((action) => action.ownerMemberId === member.memberId)
      .map((action): OwnedAction => ({
        id: action.id,
        title: action.title,
        criterionCode: action.criterionCode,
        dueDate: action.dueDate,
        status: action.status,
        late: isActionOverdue(action, input.today),
      }));
    const open = actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
    return {
      member: { memberId: member.memberId, displayName: member.displayName },
      role: member.role,
      criteria: mine,
      counts: {
        criteria: mine.length,
        scored: mine.filter((c) => c.scored).length,
        confirmed: mine.filter((c) => c.confirmed).length,
        ready: mine.filter((c) => c.ready).length,
        accepted: mine.filter((c) => c.accepted).length,
      },
      actions,
      actionCounts: { open: open.length, late: open.filter((a) => a.late).length },
    };
  });
  return { roundId: input.roundId, members, unassigned };
}
