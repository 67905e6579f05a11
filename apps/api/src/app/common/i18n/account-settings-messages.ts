import type { Language } from './language';
import type { Catalogue } from './messages';

/** Problems of the account page: changing the e-mail address. */
export const ACCOUNT_SETTINGS_MESSAGES: Catalogue = {
  'email-unchanged': {
    title: { nl: 'E-mailadres niet gewijzigd', en: 'E-mail address not changed' },
    detail: {
      nl: 'Dit is al het e-mailadres van je account. Vul een ander adres in.',
      en: 'This already is the e-mail address of your account. Enter another address.',
    },
  },
  'email-in-use': {
    title: { nl: 'E-mailadres al in gebruik', en: 'E-mail address already in use' },
    detail: {
      nl: 'Er bestaat al een account met dit e-mailadres. Kies een ander adres.',
      en: 'An account with this e-mail address already exists. Choose another address.',
    },
  },
  'email-change-invalid': {
    title: { nl: 'Link werkt niet meer', en: 'Link no longer works' },
    detail: {
      nl: 'Deze link om je e-mailadres te bevestigen is verlopen of al gebruikt. Vraag de wijziging opnieuw aan op de pagina Mijn account.',
      en: 'This link to confirm your e-mail address has expired or has been used. Ask for the change again on the My account page.',
    },
  },
};

/** The per-field messages for the same problems, the same words. */
export const ACCOUNT_SETTINGS_FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  emailUnchanged: ACCOUNT_SETTINGS_MESSAGES['email-unchanged'].detail,
  emailInUse: ACCOUNT_SETTINGS_MESSAGES['email-in-use'].detail,
  emailChangeInvalid: ACCOUNT_SETTINGS_MESSAGES['email-change-invalid'].detail,
};
