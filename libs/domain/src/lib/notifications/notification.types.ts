import type {
  NotificationCategory,
  NotificationDelivery,
  UnsubscribeTopic,
} from './notification-categories';
import type { NotificationParams } from './notification-texts';

/** One entry of the notification centre; its words come from `notificationText(kind, …)`. */
export interface NotificationItem {
  id: string;
  organisationId: string | null;
  category: NotificationCategory;
  kind: string;
  params: NotificationParams;
  /** Path in the web app. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  /** Unread within the retention period, not only on this page. */
  unreadCount: number;
  /** Pass as `?before=` for the next page; null on the last one. */
  nextBefore: string | null;
}

export interface MarkNotificationsRead {
  ids?: string[];
  all?: boolean;
}

export interface NotificationUnreadCount {
  unreadCount: number;
}

export interface NotificationPreference {
  category: NotificationCategory;
  delivery: NotificationDelivery;
  defaultDelivery: NotificationDelivery;
}

export interface NotificationPreferences {
  preferences: NotificationPreference[];
}

export interface UpdateNotificationPreferences {
  preferences: { category: NotificationCategory; delivery: NotificationDelivery }[];
}

/** What an unsubscribe token names, or did. */
export interface UnsubscribeResult {
  /** A category, or `daily-digest` for the whole daily overview. */
  category: UnsubscribeTopic;
  delivery: NotificationDelivery;
}

/** A page of the notification centre holds this many. */
export const NOTIFICATION_PAGE_SIZE = 30;
