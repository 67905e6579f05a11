import type { Catalogue } from './messages';

/** Problems of the notification centre and its unsubscribe links. */
export const NOTIFICATION_MESSAGES: Catalogue = {
  'unsubscribe-token-invalid': {
    title: { nl: 'Afmeldlink werkt niet', en: 'Unsubscribe link does not work' },
    detail: {
      nl: 'Deze afmeldlink is onbekend of onvolledig. Kopieer de hele link uit de e-mail, of kies in Labelklaar bij je account welke meldingen je per e-mail krijgt.',
      en: 'This unsubscribe link is unknown or incomplete. Copy the whole link from the e-mail, or choose in your Labelklaar account which notifications you get by e-mail.',
    },
  },
};
