import type { Catalogue } from './messages';

/** Problems of the organisation's own data: the export, erasing it, deleting an account. */
export const ORGANISATION_DATA_MESSAGES: Catalogue = {
  'account-password-incorrect': {
    title: { nl: 'Wachtwoord klopt niet', en: 'Password is not correct' },
    detail: {
      nl: 'Het wachtwoord klopt niet. Je account is niet verwijderd.',
      en: 'The password is not correct. Your account has not been deleted.',
    },
  },
  'organisation-name-mismatch': {
    title: { nl: 'Naam komt niet overeen', en: 'Name does not match' },
    detail: {
      nl: 'Typ de naam van de organisatie precies zoals hij is: {name}. Er is niets verwijderd.',
      en: 'Type the name of the organisation exactly as it is: {name}. Nothing has been deleted.',
    },
  },
  'organisation-deletion-pending': {
    title: { nl: 'Verwijderen al aangevraagd', en: 'Deletion already requested' },
    detail: {
      nl: 'Deze organisatie wordt al verwijderd op {dueAt}. Maak dat eerst ongedaan als je opnieuw wilt beginnen.',
      en: 'This organisation is already being deleted on {dueAt}. Undo that first to start again.',
    },
  },
  'organisation-deletion-not-pending': {
    title: { nl: 'Geen verwijderverzoek', en: 'No deletion request' },
    detail: {
      nl: 'Voor deze organisatie is geen verwijdering aangevraagd; er is niets ongedaan te maken.',
      en: 'No deletion has been requested for this organisation; there is nothing to undo.',
    },
  },
};
