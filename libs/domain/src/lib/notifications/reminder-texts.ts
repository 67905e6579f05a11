import type { NotificationCategory } from './notification-categories';

type Params = Readonly<Record<string, string | number | null>>;
type Words = (params: Params) => { title: string; body: string };

const p = (params: Params, name: string): string => {
  const value = params[name];
  return value === null || value === undefined ? '' : String(value);
};

const isOfficer = (params: Params) => params['role'] === 'quality-officer';

const deadline = (days: string, dagen: string) => ({
  category: 'deadline-reminder' as NotificationCategory,
  nl: ((v) => ({
    title: `Uiterste datum zelfevaluatie "${p(v, 'roundTitle')}" ${dagen}`,
    body: isOfficer(v)
      ? `De zelfevaluatie moet op ${p(v, 'deadline')} klaar zijn; ${p(v, 'notReady')} criteria zijn nog niet klaar voor controle.`
      : `De zelfevaluatie moet op ${p(v, 'deadline')} klaar zijn; ${p(v, 'notReady')} van je criteria zijn nog niet klaar voor controle.`,
  })) as Words,
  en: ((v) => ({
    title: `Self-assessment deadline of "${p(v, 'roundTitle')}" ${days}`,
    body: isOfficer(v)
      ? `The self-assessment is due on ${p(v, 'deadline')}; ${p(v, 'notReady')} criteria are not ready for review yet.`
      : `The self-assessment is due on ${p(v, 'deadline')}; ${p(v, 'notReady')} of your criteria are not ready for review yet.`,
  })) as Words,
});

/**
 * The words of the daily job's reminders, in the shape of NOTIFICATION_KINDS (notification-texts),
 * which takes them in: category, Dutch, English.
 */
export const REMINDER_KINDS = {
  'deadline-in-14-days': deadline('in 14 days', 'over 14 dagen'),
  'deadline-in-7-days': deadline('in 7 days', 'over 7 dagen'),
  'deadline-tomorrow': deadline('tomorrow', 'is morgen'),
  'action-due-soon': {
    category: 'action-reminder' as NotificationCategory,
    nl: ((v) => ({
      title: `Verbeteractie "${p(v, 'actionTitle')}" moet over 7 dagen af zijn`,
      body: `De verbeteractie "${p(v, 'actionTitle')}" van "${p(v, 'roundTitle')}" moet op ${p(v, 'dueDate')} af zijn.`,
    })) as Words,
    en: ((v) => ({
      title: `Improvement action "${p(v, 'actionTitle')}" is due in 7 days`,
      body: `The improvement action "${p(v, 'actionTitle')}" of "${p(v, 'roundTitle')}" is due on ${p(v, 'dueDate')}.`,
    })) as Words,
  },
  'action-late': {
    category: 'action-reminder' as NotificationCategory,
    nl: ((v) => ({
      title: `Verbeteractie "${p(v, 'actionTitle')}" is te laat`,
      body: `De verbeteractie "${p(v, 'actionTitle')}" van "${p(v, 'roundTitle')}" moest op ${p(v, 'dueDate')} af zijn (${p(v, 'daysLate')} ${v['daysLate'] === 1 ? 'dag' : 'dagen'} geleden).`,
    })) as Words,
    en: ((v) => ({
      title: `Improvement action "${p(v, 'actionTitle')}" is late`,
      body: `The improvement action "${p(v, 'actionTitle')}" of "${p(v, 'roundTitle')}" was due on ${p(v, 'dueDate')} (${p(v, 'daysLate')} ${v['daysLate'] === 1 ? 'day' : 'days'} ago).`,
    })) as Words,
  },
  'evidence-expires-soon': {
    category: 'evidence-expiry' as NotificationCategory,
    nl: ((v) => ({
      title: `Bewijsstuk "${p(v, 'evidenceTitle')}" verloopt vóór de streefdatum`,
      body: `"${p(v, 'evidenceTitle')}" is geldig tot en met ${p(v, 'validUntil')}, vóór de streefdatum ${p(v, 'targetDate')} van "${p(v, 'roundTitle')}".`,
    })) as Words,
    en: ((v) => ({
      title: `Evidence "${p(v, 'evidenceTitle')}" expires before the target date`,
      body: `"${p(v, 'evidenceTitle')}" is valid until ${p(v, 'validUntil')}, before the target date ${p(v, 'targetDate')} of "${p(v, 'roundTitle')}".`,
    })) as Words,
  },
  'evidence-expired': {
    category: 'evidence-expiry' as NotificationCategory,
    nl: ((v) => ({
      title: `Bewijsstuk "${p(v, 'evidenceTitle')}" is verlopen`,
      body: `"${p(v, 'evidenceTitle')}" was geldig tot en met ${p(v, 'validUntil')}; "${p(v, 'roundTitle')}" heeft streefdatum ${p(v, 'targetDate')}.`,
    })) as Words,
    en: ((v) => ({
      title: `Evidence "${p(v, 'evidenceTitle')}" has expired`,
      body: `"${p(v, 'evidenceTitle')}" was valid until ${p(v, 'validUntil')}; "${p(v, 'roundTitle')}" has target date ${p(v, 'targetDate')}.`,
    })) as Words,
  },
  'hearing-ends-soon': {
    category: 'peer-review' as NotificationCategory,
    nl: ((v) => ({
      title: `Hoor en wederhoor over "${p(v, 'roundTitle')}" sluit over 3 dagen`,
      body: `Reageren op het leerrapport van "${p(v, 'roundTitle')}" kan tot en met ${p(v, 'endsOn')}.`,
    })) as Words,
    en: ((v) => ({
      title: `The hearing on "${p(v, 'roundTitle')}" closes in 3 days`,
      body: `Responses to the leerrapport (learning report) of "${p(v, 'roundTitle')}" are possible until ${p(v, 'endsOn')} inclusive.`,
    })) as Words,
  },
  'review-invitation-expires-soon': {
    category: 'review-invitation-expiry' as NotificationCategory,
    nl: ((v) => ({
      title: `Je toetsing van "${p(v, 'roundTitle')}" is nog niet ingediend`,
      body: `De uitnodiging voor de intercollegiale toetsing van "${p(v, 'roundTitle')}" is geldig tot en met ${p(v, 'lastDay')}; je toetsing is nog een concept.`,
    })) as Words,
    en: ((v) => ({
      title: `Your review of "${p(v, 'roundTitle')}" has not been submitted`,
      body: `The invitation to peer review "${p(v, 'roundTitle')}" is valid until ${p(v, 'lastDay')} inclusive; your review is still a draft.`,
    })) as Words,
  },
  'check-in-due': {
    category: 'check-in-reminder' as NotificationCategory,
    nl: ((v) => ({
      title: `De prikkelende vragen van ${p(v, 'teamName')} staan voor je klaar`,
      body: `Je hebt de vijf vragen van ${p(v, 'teamName')} voor deze periode nog niet beantwoord. Dat kan tot en met ${p(v, 'periodEnd')}.`,
    })) as Words,
    en: ((v) => ({
      title: `The check-in questions of ${p(v, 'teamName')} are waiting for you`,
      body: `You have not answered the five questions (prikkelende vragen) of ${p(v, 'teamName')} for this period yet. You can until ${p(v, 'periodEnd')} inclusive.`,
    })) as Words,
  },
} as const;

export type ReminderKind = keyof typeof REMINDER_KINDS;
