import { NotificationCategory } from './notification-categories';

/** A notification waiting for a person's daily digest. */
export interface DigestItem {
  notificationId: string;
  userId: string;
  organisationId: string | null;
  organisationName: string | null;
  roundId: string | null;
  roundTitle: string | null;
  category: NotificationCategory;
  kind: string;
  params: Record<string, string | number | null>;
  link: string;
}

export interface DigestRound {
  roundId: string | null;
  roundTitle: string | null;
  items: DigestItem[];
}

export interface DigestOrganisation {
  organisationId: string | null;
  organisationName: string | null;
  rounds: DigestRound[];
}

/** One person's digest of one day, over every organisation and round they are in. */
export interface Digest {
  userId: string;
  day: string;
  itemCount: number;
  organisations: DigestOrganisation[];
}

const byName = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl');

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) {
      group.push(item);
    } else {
      groups.set(k, [item]);
    }
  }
  return groups;
}

function roundsOf(items: DigestItem[]): DigestRound[] {
  return [...groupBy(items, (item) => item.roundId ?? '')]
    .map(([, roundItems]) => ({
      roundId: roundItems[0].roundId,
      roundTitle: roundItems[0].roundTitle,
      items: roundItems,
    }))
    .sort((a, b) => byName(a.roundTitle, b.roundTitle) || byName(a.roundId, b.roundId));
}

/**
 * One digest per person for the day, whatever the number of organisations and rounds the items
 * come from: grouped by organisation, then by round (items outside a round or organisation last),
 * each sorted by name so the mail reads the same every time.
 */
export function groupDigests(items: readonly DigestItem[], day: string): Digest[] {
  return [...groupBy(items, (item) => item.userId)]
    .map(([userId, personal]) => ({
      userId,
      day,
      itemCount: personal.length,
      organisations: [...groupBy(personal, (item) => item.organisationId ?? '')]
        .map(([, organisationItems]) => ({
          organisationId: organisationItems[0].organisationId,
          organisationName: organisationItems[0].organisationName,
          rounds: roundsOf(organisationItems),
        }))
        .sort(
          (a, b) =>
            byName(a.organisationName, b.organisationName) ||
            byName(a.organisationId, b.organisationId),
        ),
    }))
    .sort((a, b) => a.userId.localeCompare(b.userId));
}
