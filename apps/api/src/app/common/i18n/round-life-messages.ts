import type { Catalogue } from './messages';

/** The problems of a round's dates, a second open round, withdrawing and the vaststelling (part of PROBLEM_MESSAGES). */
export const ROUND_LIFE_MESSAGES: Catalogue = {
  'round-withdrawn': {
    title: { nl: 'Ronde is ingetrokken', en: 'Round withdrawn' },
    detail: {
      nl: 'Deze ronde is ingetrokken en kan niet meer worden gewijzigd. Start zo nodig een nieuwe ronde.',
      en: 'This round has been withdrawn and can no longer be changed. Start a new round if needed.',
    },
  },
  'sign-off-missing': {
    title: { nl: 'Vastgesteld ontbreekt', en: 'Sign-off missing' },
    detail: {
      nl: 'Vastgesteld ontbreekt: je organisatie vraagt dat een manager (bijvoorbeeld de directeur-bestuurder) de zelfevaluatie vaststelt voordat die wordt ingediend. Vraag een manager de ronde vast te stellen op de pagina van de ronde.',
      en: 'Sign-off missing: your organisation asks a manager (for example the director) to establish the self-evaluation before it is submitted. Ask a manager to sign off the round on its page.',
    },
  },
  'sign-off-absent': {
    title: { nl: 'Niet vastgesteld', en: 'Not signed off' },
    detail: {
      nl: 'Deze ronde is niet vastgesteld; er is geen vaststelling om in te trekken.',
      en: 'This round has not been signed off; there is no sign-off to withdraw.',
    },
  },
  'sign-off-name-required': {
    title: { nl: 'Naam ontbreekt', en: 'Name missing' },
    detail: {
      nl: 'Vul de naam in van wie de zelfevaluatie vaststelt.',
      en: 'Enter the name of the person signing off the self-evaluation.',
    },
  },
  'sign-off-function-required': {
    title: { nl: 'Functie ontbreekt', en: 'Function missing' },
    detail: {
      nl: 'Vul de functie in van wie de zelfevaluatie vaststelt, bijvoorbeeld directeur-bestuurder.',
      en: 'Enter the function of the person signing off, for example director.',
    },
  },
  'sign-off-date-in-future': {
    title: { nl: 'Datum ligt in de toekomst', en: 'Date in the future' },
    detail: {
      nl: 'De datum van vaststelling ({date}) ligt in de toekomst. Kies vandaag ({today}) of een eerdere datum.',
      en: 'The sign-off date ({date}) is in the future. Choose today ({today}) or an earlier date.',
    },
  },
  'second-open-round': {
    title: { nl: 'Er loopt al een ronde', en: 'A round is already open' },
    detail: {
      nl: 'Op dit normenkader loopt al een open ronde ({titles}). Weet je zeker dat je er nog een wilt starten? Bevestig dat dan.',
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
