import type { Catalogue } from './messages';

/** The problems of a round's dates, a second open round and withdrawing (part of PROBLEM_MESSAGES). */
export const ROUND_LIFE_MESSAGES: Catalogue = {
  'round-withdrawn': {
    title: { nl: 'Ronde is ingetrokken', en: 'Round withdrawn' },
    detail: {
      nl: 'Deze ronde is ingetrokken en kan niet meer worden gewijzigd. Start zo nodig een nieuwe ronde.',
      en: 'This round has been withdrawn and can no longer be changed. Start a new round if needed.',
    },
  },
  'second-open-round': {
    title: { nl: 'Er loopt al een ronde', en: 'A round is already open' },
    detail: {
      nl: 'Op dit normenkader loopt al een open ronde ({titles}). Weet u zeker dat u er nog een wilt starten? Bevestig dat dan.',
      en: 'An open round on this rubric already exists ({titles}). Are you sure you want to start another? Then confirm it.',
    },
  },
  'due-date-in-past': {
    title: { nl: 'Datum ligt in het verleden', en: 'Due date in the past' },
    detail: {
      nl: 'De datum waarop de verbeteractie klaar moet zijn ({dueDate}) ligt in het verleden. Kies vandaag ({today}) of een latere datum.',
      en: 'The date the improvement action is due ({dueDate}) is in the past. Choose today ({today}) or a later date.',
    },
  },
  'target-date-in-past': {
    title: { nl: 'Streefdatum ligt in het verleden', en: 'Target date in the past' },
    detail: {
      nl: 'De streefdatum ({targetDate}) ligt in het verleden. Kies vandaag ({today}) of een latere datum.',
      en: 'The target date ({targetDate}) is in the past. Choose today ({today}) or a later date.',
    },
  },
};
