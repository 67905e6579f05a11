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
  'not-ready': {
    title: { nl: 'Nog niet klaar', en: 'Not ready' },
    detail: {
      nl: 'Deze instantie neemt nog geen verzoeken aan. Niet klaar: {failing}.',
      en: 'This instance does not take requests yet. Not ready: {failing}.',
    },
  },
  'metrics-token-required': {
    title: { nl: 'Token nodig', en: 'Token required' },
    detail: {
      nl: 'De metrics zijn alleen te lezen met het token uit LABELKLAAR_METRICS_TOKEN, als "Authorization: Bearer <token>".',
      en: 'The metrics can only be read with the token of LABELKLAAR_METRICS_TOKEN, as "Authorization: Bearer <token>".',
    },
  },
  'range-not-satisfiable': {
    title: { nl: 'Bereik valt buiten het bestand', en: 'Range not satisfiable' },
    detail: {
      nl: 'Het gevraagde bereik begint voorbij het einde van het bestand ({size} bytes).',
      en: 'The requested range starts past the end of the file ({size} bytes).',
    },
  },
  'storage-unavailable': {
    title: { nl: 'Even niet beschikbaar', en: 'Temporarily unavailable' },
    detail: {
      nl: 'De opslag voor bestanden is op dit moment niet bereikbaar; er is niets opgeslagen. Probeer het zo opnieuw.',
      en: 'File storage cannot be reached right now; nothing was stored. Try again shortly.',
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
