import type { Catalogue } from './messages';

/** The problems of requests the API cannot take in, or cannot answer right now (part of PROBLEM_MESSAGES). */
export const INPUT_MESSAGES: Catalogue = {
  'json-too-deep': {
    title: { nl: 'JSON te diep genest', en: 'JSON nested too deeply' },
    detail: {
      nl: 'De inhoud van het verzoek is meer dan {limit} lagen diep genest. Geen enkel verzoek heeft dat nodig.',
      en: 'The request body is nested more than {limit} levels deep. No request needs that.',
    },
  },
  'database-unavailable': {
    title: { nl: 'Even niet beschikbaar', en: 'Temporarily unavailable' },
    detail: {
      nl: 'De database is op dit moment niet bereikbaar. Probeer het over {seconds} seconden opnieuw.',
      en: 'The database cannot be reached right now. Try again in {seconds} seconds.',
    },
  },
};
