import { NotificationParams, notificationText } from '@labelklaar/domain';

import {
  ORGANISATION_DATA_MAIL,
  OrganisationDataMailTemplates,
} from './organisation-data-mail-templates';

export type MailLanguage = 'nl' | 'en';

/** One message's words; the plain-text and the HTML part are both made from it. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  closing: string;
  /**
   * Set on mail that is not essential: a link in the body and the List-Unsubscribe headers
   * (RFC 8058 one-click) that turn this kind of mail off.
   */
  unsubscribe?: { label: string; pageUrl: string; oneClickUrl: string };
}

export interface MailTemplates extends OrganisationDataMailTemplates {
  'member-invitation': { organisationName: string; role: string; url: string };
  'review-invitation': { organisationName: string; roundTitle: string; url: string };
  'peer-group-invitation': { groupName: string; url: string };
  'password-reset': { url: string };
  'password-changed': { url: string };
  'email-change-confirm': { email: string; url: string };
  'email-changed': { newEmail: string; url: string };
  notification: {
    kind: string;
    params: NotificationParams;
    url: string;
    unsubscribePageUrl: string;
    oneClickUrl: string;
  };
}

export type MailTemplateName = keyof MailTemplates;

type TemplateSet = {
  [K in MailTemplateName]: Record<MailLanguage, (params: MailTemplates[K]) => MailContent>;
};

const GREETING: Record<MailLanguage, string> = { nl: 'Hallo,', en: 'Hello,' };
const CLOSING: Record<MailLanguage, string> = {
  nl: 'Met vriendelijke groet,\nLabelklaar',
  en: 'Kind regards,\nLabelklaar',
};

const base = (language: MailLanguage) => ({
  greeting: GREETING[language],
  closing: CLOSING[language],
});

const notificationMail =
  (language: MailLanguage) =>
  (p: MailTemplates['notification']): MailContent => {
    const words = notificationText(p.kind, language, p.params);
    return {
      ...base(language),
      subject: words.title,
      paragraphs: [
        words.body,
        language === 'nl'
          ? 'Je krijgt deze e-mail door je meldingsvoorkeuren in Labelklaar.'
          : 'You get this e-mail because of your notification preferences in Labelklaar.',
      ],
      action: {
        label: language === 'nl' ? 'Bekijken in Labelklaar' : 'View in Labelklaar',
        url: p.url,
      },
      unsubscribe: {
        label:
          language === 'nl'
            ? 'Geen e-mail meer over dit soort meldingen'
            : 'No more e-mail about this kind of notification',
        pageUrl: p.unsubscribePageUrl,
        oneClickUrl: p.oneClickUrl,
      },
    };
  };

/** The organisation-data messages, with this file's greeting and closing. */
const organisationDataMail = Object.fromEntries(
  Object.entries(ORGANISATION_DATA_MAIL).map(([name, languages]) => [
    name,
    {
      nl: (p: never) => ({ ...base('nl'), ...languages.nl(p) }),
      en: (p: never) => ({ ...base('en'), ...languages.en(p) }),
    },
  ]),
) as Pick<TemplateSet, keyof OrganisationDataMailTemplates>;

export const MAIL_TEMPLATES: TemplateSet = {
  ...organisationDataMail,
  notification: { nl: notificationMail('nl'), en: notificationMail('en') },
  'member-invitation': {
    nl: (p) => ({
      ...base('nl'),
      subject: `Uitnodiging voor ${p.organisationName} in Labelklaar`,
      paragraphs: [
        `Je bent uitgenodigd om als ${p.role} mee te werken aan de voorbereiding op het Kwaliteitslabel Sterk Sociaal Werk van ${p.organisationName}.`,
        'De link is persoonlijk en een beperkte tijd geldig.',
      ],
      action: { label: 'Uitnodiging aannemen', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: `Invitation to ${p.organisationName} in Labelklaar`,
      paragraphs: [
        `You have been invited to work as ${p.role} on ${p.organisationName}'s preparation for the Kwaliteitslabel Sterk Sociaal Werk.`,
        'The link is personal and valid for a limited time.',
      ],
      action: { label: 'Accept the invitation', url: p.url },
    }),
  },
  'review-invitation': {
    nl: (p) => ({
      ...base('nl'),
      subject: `Uitnodiging voor intercollegiale toetsing bij ${p.organisationName}`,
      paragraphs: [
        `${p.organisationName} nodigt je uit als intercollegiale toetser van "${p.roundTitle}".`,
        'Met de link lees je de zelfevaluatie en schrijf je je bevindingen, tot de uitnodiging verloopt.',
      ],
      action: { label: 'Uitnodiging bekijken', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: `Invitation to peer review ${p.organisationName}`,
      paragraphs: [
        `${p.organisationName} invites you as peer reviewer (intercollegiale toetser) of "${p.roundTitle}".`,
        'The link lets you read the self-assessment and write your findings until the invitation expires.',
      ],
      action: { label: 'View the invitation', url: p.url },
    }),
  },
  'peer-group-invitation': {
    nl: (p) => ({
      ...base('nl'),
      subject: `Uitnodiging voor de toetsingsgroep ${p.groupName}`,
      paragraphs: [
        `Je organisatie is uitgenodigd voor de toetsingsgroep "${p.groupName}": organisaties die elkaar intercollegiaal toetsen.`,
      ],
      action: { label: 'Uitnodiging bekijken', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: `Invitation to the peer group ${p.groupName}`,
      paragraphs: [
        `Your organisation has been invited to the peer group (toetsingsgroep) "${p.groupName}": organisations that review each other.`,
      ],
      action: { label: 'View the invitation', url: p.url },
    }),
  },
  'password-reset': {
    nl: (p) => ({
      ...base('nl'),
      subject: 'Nieuw wachtwoord instellen voor Labelklaar',
      paragraphs: [
        'Iemand heeft gevraagd om een nieuw wachtwoord voor je account. Met de link hieronder stel je het in; de link is een uur geldig en werkt één keer.',
        'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.',
      ],
      action: { label: 'Nieuw wachtwoord instellen', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: 'Set a new password for Labelklaar',
      paragraphs: [
        'Someone asked for a new password for your account. The link below lets you set one; it is valid for one hour and works once.',
        'Did you not ask for this? Then ignore this e-mail: your password stays as it is.',
      ],
      action: { label: 'Set a new password', url: p.url },
    }),
  },
  'password-changed': {
    nl: (p) => ({
      ...base('nl'),
      subject: 'Je wachtwoord voor Labelklaar is gewijzigd',
      paragraphs: [
        'Het wachtwoord van je account is zojuist gewijzigd. Alle andere sessies zijn uitgelogd.',
        'Was jij dit niet? Vraag dan meteen een nieuw wachtwoord aan en neem contact op met je kwaliteitsfunctionaris.',
      ],
      action: { label: 'Naar Labelklaar', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: 'Your Labelklaar password was changed',
      paragraphs: [
        'The password of your account was just changed. Every other session has been logged out.',
        'Was this not you? Then ask for a new password at once and contact your quality officer.',
      ],
      action: { label: 'Go to Labelklaar', url: p.url },
    }),
  },
  'email-change-confirm': {
    nl: (p) => ({
      ...base('nl'),
      subject: 'Bevestig je nieuwe e-mailadres voor Labelklaar',
      paragraphs: [
        `Je wilt voortaan ${p.email} gebruiken voor je account in Labelklaar. Bevestig dat met de link hieronder; de link is 24 uur geldig en werkt één keer.`,
        'Tot je bevestigt, blijft je oude e-mailadres in gebruik. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.',
      ],
      action: { label: 'E-mailadres bevestigen', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: 'Confirm your new e-mail address for Labelklaar',
      paragraphs: [
        `You want to use ${p.email} for your Labelklaar account from now on. Confirm this with the link below; it is valid for 24 hours and works once.`,
        'Until you confirm, your old address stays in use. Did you not ask for this? Then ignore this e-mail.',
      ],
      action: { label: 'Confirm the e-mail address', url: p.url },
    }),
  },
  'email-changed': {
    nl: (p) => ({
      ...base('nl'),
      subject: 'Het e-mailadres van je Labelklaar-account is gewijzigd',
      paragraphs: [
        `Je account in Labelklaar gebruikt voortaan ${p.newEmail}. Op dit adres krijg je geen berichten van Labelklaar meer.`,
        'Was jij dit niet? Neem dan meteen contact op met je kwaliteitsfunctionaris.',
      ],
      action: { label: 'Naar Labelklaar', url: p.url },
    }),
    en: (p) => ({
      ...base('en'),
      subject: 'The e-mail address of your Labelklaar account was changed',
      paragraphs: [
        `Your Labelklaar account uses ${p.newEmail} from now on. This address no longer receives messages from Labelklaar.`,
        'Was this not you? Then contact your quality officer at once.',
      ],
      action: { label: 'Go to Labelklaar', url: p.url },
    }),
  },
};
