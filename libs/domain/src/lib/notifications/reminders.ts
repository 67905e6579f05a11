import { daysBetween } from '../dashboard/days';
import { NotificationCategory } from './notification-categories';

/**
 * Who is reminded of what on one day, from plain facts. The rules of issue 14:
 *
 * - self-evaluation deadline 14, 7 and 1 days away (draft rounds): every owner with criteria not
 *   yet ready, and the quality officers (with the count of criteria not ready, also when it is 0);
 * - an open or in-progress action due in 7 days: its owner (the quality officers if it has none);
 * - a late action (due date passed): its owner and the quality officers, on the first day late and
 *   then every 7 days (days 1, 8, 15, …), so a late action is never forgotten and never nags daily;
 * - evidence of a draft round whose last valid day is before the round's target date: the quality
 *   officers, 30 and 7 days before its last valid day and on the first day it is no longer valid;
 * - a hearing (hoor en wederhoor) whose last day is 3 days away: the reviewed organisation's
 *   quality officers and the lead reviewer;
 * - a review invitation whose last valid day is 3 days away while the review is still a draft:
 *   the reviewer (an invitation nobody accepted yet has no person to remind).
 *
 * Days are Europe/Amsterdam calendar days (`today` is `isoDayIn(now)`); distances are counted in
 * whole calendar days (`daysBetween`, in UTC on plain days), so a daylight-saving change never moves
 * a reminder. Weekends are not special: the job runs every day, and a reminder falls on its own
 * calendar day, so a deadline on a Monday gets its 1-day reminder on the Sunday.
 */

export type IsoDay = string;

export interface ReminderCriterion {
  code: string;
  ownerUserId: string | null;
  isReady: boolean;
}

export interface ReminderAction {
  actionId: string;
  title: string;
  dueDate: IsoDay | null;
  ownerUserId: string | null;
  status: 'open' | 'in-progress' | 'done' | 'cancelled';
}

export interface ReminderEvidence {
  evidenceId: string;
  title: string;
  validUntil: IsoDay | null;
}

export interface ReminderHearing {
  endsOn: IsoDay;
  leadReviewerUserId: string | null;
}

export interface ReminderReviewInvitation {
  invitationId: string;
  reviewId: string | null;
  reviewerUserId: string | null;
  /** The last day the invitation can be used (Europe/Amsterdam). */
  lastDay: IsoDay;
  reviewStatus: 'draft' | 'submitted' | null;
}

export interface ReminderRound {
  organisationId: string;
  roundId: string;
  roundTitle: string;
  isDraft: boolean;
  selfEvaluationDeadline: IsoDay;
  targetDate: IsoDay;
  qualityOfficerIds: readonly string[];
  criteria: readonly ReminderCriterion[];
  actions: readonly ReminderAction[];
  evidence: readonly ReminderEvidence[];
  hearing: ReminderHearing | null;
  reviewInvitations: readonly ReminderReviewInvitation[];
}

export type ReminderParams = Record<string, string | number | null>;

export interface Reminder {
  userId: string;
  organisationId: string;
  roundId: string;
  category: NotificationCategory;
  /** The text shown, e.g. `deadline-in-7-days`. */
  kind: string;
  params: ReminderParams;
  /** Path in the web app. */
  link: string;
  /** Person, category, subject and day: a job that runs twice creates nothing twice. */
  dedupeKey: string;
}

export const DEADLINE_REMINDER_DAYS = [14, 7, 1] as const;
export const ACTION_DUE_REMINDER_DAYS = 7;
export const LATE_ACTION_REPEAT_DAYS = 7;
export const EVIDENCE_EXPIRY_REMINDER_DAYS = [30, 7] as const;
export const HEARING_END_REMINDER_DAYS = 3;
export const REVIEW_INVITATION_EXPIRY_REMINDER_DAYS = 3;

export function reminderDedupeKey(
  userId: string,
  category: NotificationCategory,
  subject: string,
  day: IsoDay,
): string {
  return `${userId}:${category}:${subject}:${day}`;
}

/** A late action reminds on its first day late, then every `LATE_ACTION_REPEAT_DAYS` days. */
export function isLateActionReminderDay(dueDate: IsoDay, today: IsoDay): boolean {
  const late = daysBetween(dueDate, today);
  return late >= 1 && (late - 1) % LATE_ACTION_REPEAT_DAYS === 0;
}

type Draft = Omit<Reminder, 'dedupeKey' | 'organisationId' | 'roundId'> & { subject: string };

function deadlineReminders(round: ReminderRound, today: IsoDay): Draft[] {
  const daysLeft = daysBetween(today, round.selfEvaluationDeadline);
  if (!round.isDraft || !(DEADLINE_REMINDER_DAYS as readonly number[]).includes(daysLeft)) {
    return [];
  }
  const base = {
    category: 'deadline-reminder' as const,
    kind: daysLeft === 1 ? 'deadline-tomorrow' : `deadline-in-${daysLeft}-days`,
    subject: `round:${round.roundId}`,
  };
  const notReady = round.criteria.filter((criterion) => !criterion.isReady);
  const byOwner = new Map<string, number>();
  for (const { ownerUserId } of notReady) {
    if (ownerUserId) {
      byOwner.set(ownerUserId, (byOwner.get(ownerUserId) ?? 0) + 1);
    }
  }
  const params = {
    roundTitle: round.roundTitle,
    deadline: round.selfEvaluationDeadline,
    daysLeft,
  };
  const officers = round.qualityOfficerIds.map((userId) => ({
    ...base,
    userId,
    params: { ...params, notReady: notReady.length, role: 'quality-officer' },
    link: `/rounds/${round.roundId}`,
  }));
  const owners = [...byOwner]
    .filter(([userId]) => !round.qualityOfficerIds.includes(userId))
    .map(([userId, count]) => ({
      ...base,
      userId,
      params: { ...params, notReady: count, role: 'owner' },
      link: '/my-criteria',
    }));
  return [...officers, ...owners];
}

function actionReminders(round: ReminderRound, today: IsoDay): Draft[] {
  return round.actions.flatMap((action) => {
    if (!action.dueDate || (action.status !== 'open' && action.status !== 'in-progress')) {
      return [];
    }
    const params = {
      actionTitle: action.title,
      dueDate: action.dueDate,
      roundTitle: round.roundTitle,
    };
    const owner = action.ownerUserId ? [action.ownerUserId] : [];
    let kind: string;
    let recipients: string[];
    if (daysBetween(today, action.dueDate) === ACTION_DUE_REMINDER_DAYS) {
      kind = 'action-due-soon';
      recipients = owner.length > 0 ? owner : [...round.qualityOfficerIds];
    } else if (isLateActionReminderDay(action.dueDate, today)) {
      kind = 'action-late';
      recipients = [...owner, ...round.qualityOfficerIds];
    } else {
      return [];
    }
    return unique(recipients).map((userId) => ({
      userId,
      category: 'action-reminder' as const,
      kind,
      subject: `action:${action.actionId}`,
      params: { ...params, daysLate: Math.max(0, daysBetween(action.dueDate ?? today, today)) },
      link: '/actions',
    }));
  });
}

function evidenceReminders(round: ReminderRound, today: IsoDay): Draft[] {
  if (!round.isDraft) {
    return [];
  }
  return round.evidence.flatMap((evidence) => {
    const { validUntil } = evidence;
    if (!validUntil || validUntil >= round.targetDate) {
      return [];
    }
    const daysLeft = daysBetween(today, validUntil);
    const soon = (EVIDENCE_EXPIRY_REMINDER_DAYS as readonly number[]).includes(daysLeft);
    if (!soon && daysLeft !== -1) {
      return [];
    }
    return round.qualityOfficerIds.map((userId) => ({
      userId,
      category: 'evidence-expiry' as const,
      kind: soon ? 'evidence-expires-soon' : 'evidence-expired',
      subject: `round:${round.roundId}:evidence:${evidence.evidenceId}`,
      params: {
        evidenceTitle: evidence.title,
        validUntil,
        targetDate: round.targetDate,
        roundTitle: round.roundTitle,
      },
      link: `/evidence/${evidence.evidenceId}`,
    }));
  });
}

function hearingReminders(round: ReminderRound, today: IsoDay): Draft[] {
  const { hearing } = round;
  if (!hearing || daysBetween(today, hearing.endsOn) !== HEARING_END_REMINDER_DAYS) {
    return [];
  }
  const lead = hearing.leadReviewerUserId ? [hearing.leadReviewerUserId] : [];
  return unique([...round.qualityOfficerIds, ...lead]).map((userId) => ({
    userId,
    category: 'peer-review' as const,
    kind: 'hearing-ends-soon',
    subject: `hearing:${round.roundId}`,
    params: { roundTitle: round.roundTitle, endsOn: hearing.endsOn },
    link: `/rounds/${round.roundId}`,
  }));
}

function reviewInvitationReminders(round: ReminderRound, today: IsoDay): Draft[] {
  return round.reviewInvitations.flatMap((invitation) => {
    const { reviewerUserId, reviewId } = invitation;
    if (
      !reviewerUserId ||
      invitation.reviewStatus === 'submitted' ||
      daysBetween(today, invitation.lastDay) !== REVIEW_INVITATION_EXPIRY_REMINDER_DAYS
    ) {
      return [];
    }
    return [
      {
        userId: reviewerUserId,
        category: 'review-invitation-expiry' as const,
        kind: 'review-invitation-expires-soon',
        subject: `review-invitation:${invitation.invitationId}`,
        params: { roundTitle: round.roundTitle, lastDay: invitation.lastDay },
        link: reviewId ? `/reviews/${reviewId}` : '/reviews',
      },
    ];
  });
}

const RULES = [
  deadlineReminders,
  actionReminders,
  evidenceReminders,
  hearingReminders,
  reviewInvitationReminders,
];

/** Every reminder due on `today` for these rounds; never two with the same dedupe key. */
export function remindersFor(rounds: readonly ReminderRound[], today: IsoDay): Reminder[] {
  const seen = new Set<string>();
  const reminders: Reminder[] = [];
  for (const round of rounds) {
    for (const rule of RULES) {
      for (const { subject, ...draft } of rule(round, today)) {
        const dedupeKey = reminderDedupeKey(draft.userId, draft.category, subject, today);
        if (!seen.has(dedupeKey)) {
          seen.add(dedupeKey);
          reminders.push({
            ...draft,
            // The digest groups by round: the notification keeps which round it is about.
            params: { ...draft.params, roundId: round.roundId },
            organisationId: round.organisationId,
            roundId: round.roundId,
            dedupeKey,
          });
        }
      }
    }
  }
  return reminders;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
