import { formatDate } from '../common/format';
import type { NotificationCategory } from './notification-categories';
import { REMINDER_KINDS } from './reminder-texts';

export type NotificationLanguage = 'nl' | 'en';
export type NotificationParams = Readonly<Record<string, string | number | null>>;

/** What a notification says: one line in the centre and as the mail's subject, and a sentence more. */
export interface NotificationText {
  title: string;
  body: string;
}

type TextFor = (params: NotificationParams) => NotificationText;

interface KindDefinition {
  category: NotificationCategory;
  nl: TextFor;
  en: TextFor;
}

/** A parameter as text; a missing one reads as an empty string rather than "undefined". */
const p = (params: NotificationParams, name: string): string => {
  const value = params[name];
  return value === null || value === undefined ? '' : String(value);
};

/**
 * The words of every notification kind, in Dutch and English: the single source for the mail
 * (subject and body) and for the notification centre in the web app, so the two never drift.
 * A new kind is added here and nowhere else.
 */
export const NOTIFICATION_KINDS = {
  'criterion-assigned': {
    category: 'criterion-assigned',
    nl: (v) => ({
      title: `${p(v, 'criterionCode')} is aan jou toegewezen`,
      body: `${p(v, 'actorName')} heeft jou criterium ${p(v, 'criterionCode')} van "${p(v, 'roundTitle')}" toegewezen.`,
    }),
    en: (v) => ({
      title: `${p(v, 'criterionCode')} was assigned to you`,
      body: `${p(v, 'actorName')} assigned criterion ${p(v, 'criterionCode')} of "${p(v, 'roundTitle')}" to you.`,
    }),
  },
  'answer-sent-back': {
    category: 'answer-sent-back',
    nl: (v) => ({
      title: `Je antwoord op ${p(v, 'criterionCode')} is teruggestuurd`,
      body: `${p(v, 'actorName')} stuurde je antwoord op ${p(v, 'criterionCode')} van "${p(v, 'roundTitle')}" terug: "${p(v, 'comment')}"`,
    }),
    en: (v) => ({
      title: `Your answer to ${p(v, 'criterionCode')} was sent back`,
      body: `${p(v, 'actorName')} sent your answer to ${p(v, 'criterionCode')} of "${p(v, 'roundTitle')}" back: "${p(v, 'comment')}"`,
    }),
  },
  'answer-ready': {
    category: 'answer-ready',
    nl: (v) => ({
      title: `${p(v, 'criterionCode')} is klaar voor controle`,
      body: `${p(v, 'actorName')} heeft het antwoord op ${p(v, 'criterionCode')} van "${p(v, 'roundTitle')}" klaar voor controle gezet.`,
    }),
    en: (v) => ({
      title: `${p(v, 'criterionCode')} is ready for review`,
      body: `${p(v, 'actorName')} marked the answer to ${p(v, 'criterionCode')} of "${p(v, 'roundTitle')}" ready for review.`,
    }),
  },
  'round-submitted': {
    category: 'round-submitted',
    nl: (v) => ({
      title: `"${p(v, 'roundTitle')}" is ingediend`,
      body: `${p(v, 'actorName')} heeft de zelfevaluatie "${p(v, 'roundTitle')}" ingediend.`,
    }),
    en: (v) => ({
      title: `"${p(v, 'roundTitle')}" was submitted`,
      body: `${p(v, 'actorName')} submitted the self-assessment "${p(v, 'roundTitle')}".`,
    }),
  },
  'review-submitted': {
    category: 'peer-review',
    nl: (v) => ({
      title: `Toetsing van "${p(v, 'roundTitle')}" ingediend`,
      body: `${p(v, 'actorName')} heeft de intercollegiale toetsing van "${p(v, 'roundTitle')}" ingediend.`,
    }),
    en: (v) => ({
      title: `Review of "${p(v, 'roundTitle')}" submitted`,
      body: `${p(v, 'actorName')} submitted the peer review (intercollegiale toetsing) of "${p(v, 'roundTitle')}".`,
    }),
  },
  'leerrapport-issued': {
    category: 'peer-review',
    nl: (v) => ({
      title: `Leerrapport van "${p(v, 'roundTitle')}" uitgebracht`,
      body: `Het leerrapport van "${p(v, 'roundTitle')}" is uitgebracht. Hoor en wederhoor staat open tot en met ${p(v, 'hearingEndsOn')}.`,
    }),
    en: (v) => ({
      title: `Leerrapport of "${p(v, 'roundTitle')}" issued`,
      body: `The leerrapport (learning report) of "${p(v, 'roundTitle')}" was issued. The hearing (hoor en wederhoor) is open until ${p(v, 'hearingEndsOn')} inclusive.`,
    }),
  },
  'leerrapport-final': {
    category: 'peer-review',
    nl: (v) => ({
      title: `Leerrapport van "${p(v, 'roundTitle')}" is definitief`,
      body: `Het leerrapport van "${p(v, 'roundTitle')}" is definitief vastgesteld.`,
    }),
    en: (v) => ({
      title: `Leerrapport of "${p(v, 'roundTitle')}" is final`,
      body: `The leerrapport (learning report) of "${p(v, 'roundTitle')}" is final.`,
    }),
  },
  mention: {
    category: 'mention',
    nl: (v) => ({
      title: `${p(v, 'actorName')} noemde je bij ${p(v, 'criterionCode')}`,
      body: `${p(v, 'actorName')} noemde je in een opmerking bij ${p(v, 'criterionCode')} van "${p(v, 'roundTitle')}".`,
    }),
    en: (v) => ({
      title: `${p(v, 'actorName')} mentioned you on ${p(v, 'criterionCode')}`,
      body: `${p(v, 'actorName')} mentioned you in a comment on ${p(v, 'criterionCode')} of "${p(v, 'roundTitle')}".`,
    }),
  },
  /** The daily job's reminders (reminders.ts), worded in reminder-texts.ts. */
  ...REMINDER_KINDS,
} as const satisfies Record<string, KindDefinition>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_KINDS, value);
}

/**
 * The words of a notification in `language`. A kind this version does not know (a notification
 * stored by a newer one) still reads as something, never as a blank line.
 */
export function notificationText(
  kind: string,
  language: NotificationLanguage,
  params: NotificationParams,
): NotificationText {
  if (!isNotificationKind(kind)) {
    return language === 'nl'
      ? { title: 'Nieuwe melding', body: '' }
      : { title: 'New notification', body: '' };
  }
  return NOTIFICATION_KINDS[kind][language](daysInWords(params, language));
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days read as words in the reader's language ("20 december 2026"), never ISO. */
function daysInWords(
  params: NotificationParams,
  language: NotificationLanguage,
): NotificationParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && CALENDAR_DAY.test(value) ? formatDate(value, language) : value,
    ]),
  );
}
