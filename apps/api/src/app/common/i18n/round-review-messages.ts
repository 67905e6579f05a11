import type { Catalogue } from './messages';

/** The problems of checking answers (klaar voor controle) and assigning owners in bulk. */
export const ROUND_REVIEW_MESSAGES: Catalogue = {
  'response-not-ready': {
    title: { nl: 'Niet klaar voor controle', en: 'Not ready for checking' },
    detail: {
      nl: 'Het antwoord op {criterionCode} staat niet (meer) klaar voor controle of is al geaccepteerd. Laad de pagina opnieuw.',
      en: 'The answer to {criterionCode} is not (or no longer) ready for checking, or has already been accepted. Reload the page.',
    },
  },
  'send-back-comment-required': {
    title: { nl: 'Toelichting ontbreekt', en: 'Comment missing' },
    detail: {
      nl: 'Schrijf erbij wat er nog moet gebeuren, zodat de eigenaar weet wat te veranderen.',
      en: 'Say what still needs to be done, so the owner knows what to change.',
    },
  },
  'send-back-comment-too-long': {
    title: { nl: 'Toelichting te lang', en: 'Comment too long' },
    detail: {
      nl: 'De toelichting mag hoogstens {max} tekens zijn. Kort haar in.',
      en: 'The comment may be at most {max} characters. Please shorten it.',
    },
  },
  'unknown-criteria': {
    title: { nl: 'Onbekende criteria', en: 'Unknown criteria' },
    detail: {
      nl: 'Deze criteria horen niet bij deze ronde: {codes}. Kies criteria uit de ronde.',
      en: 'These criteria are not part of this round: {codes}. Choose criteria of the round.',
    },
  },
};
