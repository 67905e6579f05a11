/**
 * What a person can be told about, by mail and in the notification centre. Essential mail
 * (invitations, password recovery, e-mail confirmation and security notices) is not a category:
 * it is always sent and cannot be switched off.
 */
export const NOTIFICATION_CATEGORIES = [
  /** A criterion of a round was assigned to you. */
  'criterion-assigned',
  /** The quality officer sent your answer back with a comment. */
  'answer-sent-back',
  /** An answer was marked ready for review (klaar voor controle): to the quality officers. */
  'answer-ready',
  /** The self-evaluation deadline is 14, 7 or 1 days away and your criteria are not all ready. */
  'deadline-reminder',
  /** An improvement action is due in 7 days, or late. */
  'action-reminder',
  /** Evidence expires before the round's target date: to the quality officers. */
  'evidence-expiry',
  /** A round was submitted: to the managers. */
  'round-submitted',
  /** Intercollegiale toetsing: review submitted, leerrapport issued, hearing ends, leerrapport final. */
  'peer-review',
  /** A review invitation expires in 3 days while the review is still a draft: to the reviewer. */
  'review-invitation-expiry',
  /** Someone mentioned you in a comment on a criterion. */
  'mention',
  /** Your team's check-in (the prikkelende vragen) is due and you have not answered yet. */
  'check-in-reminder',
] as const;

export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** At once (its own mail), in the daily digest, or off (still in the notification centre). */
export const NOTIFICATION_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** What a person gets before they choose: direct work at once, the rest in the daily digest. */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationCategory, NotificationDelivery>> = {
  'criterion-assigned': 'immediate',
  'answer-sent-back': 'immediate',
  'answer-ready': 'digest',
  'deadline-reminder': 'digest',
  'action-reminder': 'digest',
  'evidence-expiry': 'digest',
  'round-submitted': 'immediate',
  'peer-review': 'immediate',
  'review-invitation-expiry': 'digest',
  mention: 'immediate',
  'check-in-reminder': 'digest',
};

/** Notifications are kept this long in the notification centre. */
export const NOTIFICATION_RETENTION_DAYS = 90;

export function isNotificationCategory(value: unknown): value is NotificationCategory {
  return (
    typeof value === 'string' && (NOTIFICATION_CATEGORIES as readonly string[]).includes(value)
  );
}

/** How a category reaches a person: their own choice, else the default. */
export function deliveryFor(
  category: NotificationCategory,
  preferences: Readonly<Partial<Record<NotificationCategory, NotificationDelivery>>>,
): NotificationDelivery {
  return preferences[category] ?? DEFAULT_DELIVERY[category];
}

/** What an unsubscribe link can switch off: one category, or the whole daily digest. */
export const DAILY_DIGEST = 'daily-digest' as const;
export type UnsubscribeTopic = NotificationCategory | typeof DAILY_DIGEST;

export function isUnsubscribeTopic(value: unknown): value is UnsubscribeTopic {
  return value === DAILY_DIGEST || isNotificationCategory(value);
}

/**
 * "No more daily digest by e-mail": every category that reaches the person in the digest
 * (their choice or the default) is switched off; what comes at once stays as it is.
 */
export function withoutDailyDigest(
  preferences: Readonly<Partial<Record<NotificationCategory, NotificationDelivery>>>,
): Partial<Record<NotificationCategory, NotificationDelivery>> {
  return Object.fromEntries(
    NOTIFICATION_CATEGORIES.filter(
      (category) => deliveryFor(category, preferences) === 'digest',
    ).map((category) => [category, 'off']),
  );
}

/** How an unsubscribe topic reaches the person now: the digest while any category uses it. */
export function topicDelivery(
  topic: UnsubscribeTopic,
  preferences: Readonly<Partial<Record<NotificationCategory, NotificationDelivery>>>,
): NotificationDelivery {
  if (topic !== DAILY_DIGEST) {
    return deliveryFor(topic, preferences);
  }
  return Object.keys(withoutDailyDigest(preferences)).length > 0 ? 'digest' : 'off';
}
