import type { Catalogue } from './messages';

/** The problems of peer reviews, the leerrapport and hoor en wederhoor (part of PROBLEM_MESSAGES). */
export const REVIEW_MESSAGES: Catalogue = {
  'review-submitted': {
    title: { nl: 'Toetsing is ingediend', en: 'Review submitted' },
    detail: {
      nl: 'Deze toetsing is ingediend en kan niet meer worden gewijzigd.',
      en: 'This review has been submitted and can no longer be changed.',
    },
  },
  'review-incomplete': {
    title: { nl: 'Toetsing nog niet compleet', en: 'Review not complete' },
    detail: {
      nl: 'Indienen kan pas als elk criterium een oordeel heeft (ook "niet beoordeeld" telt) en het eindoordeel is gegeven. Nog zonder oordeel: {missing}.',
      en: 'A review can be submitted once every criterion has a judgement ("not assessed" counts too) and the overall judgement is given. Without a judgement yet: {missing}.',
    },
  },
  'review-overall-missing': {
    title: { nl: 'Eindoordeel ontbreekt', en: 'Overall judgement missing' },
    detail: {
      nl: 'Geef eerst het eindoordeel met sterke punten en verbeterpunten; daarna kun je de toetsing indienen.',
      en: 'Give the overall judgement with strengths and points for improvement first; then you can submit the review.',
    },
  },
  'review-not-submitted': {
    title: { nl: 'Eigen toetsing niet ingediend', en: 'Own review not submitted' },
    detail: {
      nl: 'Dien eerst je eigen toetsing in; daarna kun je het leerrapport uitbrengen.',
      en: 'Submit your own review first; then you can issue the leerrapport.',
    },
  },
  'not-lead-reviewer': {
    title: { nl: 'Alleen de leidende toetser', en: 'Lead reviewer only' },
    detail: {
      nl: 'Alleen de leidende toetser kan de toetsingen samenvoegen tot het leerrapport.',
      en: 'Only the lead reviewer can merge the reviews into the leerrapport.',
    },
  },
  'reviews-pending': {
    title: { nl: 'Nog toetsingen in concept', en: 'Reviews still in draft' },
    detail: {
      nl: 'Nog niet ingediend door: {reviewers}. Wacht tot zij indienen, of laat de kwaliteitsfunctionaris hun uitnodiging intrekken.',
      en: 'Not yet submitted by: {reviewers}. Wait until they submit, or ask the quality officer to revoke their invitation.',
    },
  },
  'leerrapport-issued': {
    title: { nl: 'Leerrapport al uitgebracht', en: 'Leerrapport already issued' },
    detail: {
      nl: 'Het leerrapport van deze ronde is al uitgebracht; toetsingen kunnen er niet meer bij.',
      en: "This round's leerrapport has already been issued; no reviews can be added to it.",
    },
  },
  'leerrapport-not-found': {
    title: { nl: 'Nog geen leerrapport', en: 'No leerrapport yet' },
    detail: {
      nl: 'Voor deze ronde is nog geen toetsing ingediend, dus er is nog geen leerrapport.',
      en: 'No review of this round has been submitted yet, so there is no leerrapport.',
    },
  },
  'leerrapport-not-issued': {
    title: { nl: 'Leerrapport niet uitgebracht', en: 'Leerrapport not issued' },
    detail: {
      nl: 'De leidende toetser heeft het leerrapport nog niet uitgebracht, dus er loopt geen hoor en wederhoor.',
      en: 'The lead reviewer has not issued the leerrapport yet, so there is no hearing to close.',
    },
  },
  'leerrapport-final': {
    title: { nl: 'Leerrapport is definitief', en: 'Leerrapport is final' },
    detail: {
      nl: 'Het leerrapport is al definitief.',
      en: 'The leerrapport is already final.',
    },
  },
  'hearing-not-started': {
    title: { nl: 'Hoor en wederhoor nog niet begonnen', en: 'Hearing not started' },
    detail: {
      nl: 'Je kunt reageren zodra de leidende toetser het leerrapport heeft uitgebracht.',
      en: 'You can respond once the lead reviewer has issued the leerrapport.',
    },
  },
  'hearing-closed': {
    title: { nl: 'Hoor en wederhoor gesloten', en: 'Hearing closed' },
    detail: {
      nl: 'De periode voor hoor en wederhoor is voorbij (t/m {hearingEndsOn}); het leerrapport is definitief.',
      en: 'The period to respond has ended (through {hearingEndsOn}); the leerrapport is final.',
    },
  },
  'invalid-hearing-period': {
    title: { nl: 'Ongeldige periode', en: 'Invalid period' },
    detail: {
      nl: 'Hoor en wederhoor duurt 1 tot en met {max} dagen.',
      en: 'The hearing lasts from 1 to {max} days.',
    },
  },
  'finding-has-action': {
    title: { nl: 'Al een verbeteractie', en: 'Already an improvement action' },
    detail: {
      nl: 'Van deze bevinding is al een verbeteractie gemaakt.',
      en: 'This finding has already been turned into an improvement action.',
    },
  },
  'no-open-round': {
    title: { nl: 'Geen open ronde', en: 'No open round' },
    detail: {
      nl: 'Een ingediende ronde verandert niet meer. Start eerst een nieuwe ronde om de verbeteractie in te plannen.',
      en: 'A submitted round no longer changes. Start a new round first to plan the improvement action in.',
    },
  },
};
