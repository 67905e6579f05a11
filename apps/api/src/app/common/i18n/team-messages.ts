import type { Catalogue } from './messages';

/** Teams (issue 16). */
export const TEAM_MESSAGES: Catalogue = {
  'team-name-empty': {
    title: { nl: 'Naam ontbreekt', en: 'Name missing' },
    detail: { nl: 'Geef het team een naam.', en: 'Give the team a name.' },
  },
  'team-name-too-long': {
    title: { nl: 'Naam te lang', en: 'Name too long' },
    detail: {
      nl: 'Een teamnaam heeft hoogstens {max} tekens.',
      en: 'A team name has at most {max} characters.',
    },
  },
  'team-description-too-long': {
    title: { nl: 'Omschrijving te lang', en: 'Description too long' },
    detail: {
      nl: 'Een omschrijving heeft hoogstens {max} tekens.',
      en: 'A description has at most {max} characters.',
    },
  },
  'team-name-taken': {
    title: { nl: 'Die naam bestaat al', en: 'That name is taken' },
    detail: {
      nl: 'Er is al een team “{name}” in je organisatie. Kies een andere naam.',
      en: 'Your organisation already has a team “{name}”. Choose another name.',
    },
  },
  'team-has-records': {
    title: { nl: 'Team heeft nog gegevens', en: 'The team still has records' },
    detail: {
      nl: 'Bij dit team horen nog bijeenkomsten, afspraken of reflecties die bewaard moeten blijven. Het team blijft bestaan.',
      en: 'This team still has sessions, agreements or reflections that must be kept. The team stays.',
    },
  },
};

/** Decision models (issue 16). */
export const DECISION_MODEL_MESSAGES: Catalogue = {
  'decision-model-unknown': {
    title: { nl: 'Onbekend model', en: 'Unknown model' },
    detail: {
      nl: 'Er is geen besluitvormingsmodel “{id}” dat je kunt gebruiken.',
      en: 'There is no decision model “{id}” you can use.',
    },
  },
  'decision-model-invalid': {
    title: { nl: 'Model nog niet compleet', en: 'Model not complete yet' },
    detail: {
      nl: 'Het model kan nog niet worden gepubliceerd: {count} punt(en) kloppen nog niet. Zie de lijst bij het concept.',
      en: 'The model cannot be published yet: {count} point(s) are not right. See the list with the draft.',
    },
  },
  'decision-model-version-not-newer': {
    title: { nl: 'Versie niet nieuwer', en: 'Version not newer' },
    detail: {
      nl: 'Versie {version} is niet nieuwer dan de gepubliceerde versie {newest}. Geef het model een hoger versienummer.',
      en: 'Version {version} is not newer than the published version {newest}. Give the model a higher version number.',
    },
  },
  'decision-model-id-taken': {
    title: { nl: 'Code al in gebruik', en: 'Id already in use' },
    detail: {
      nl: 'De bibliotheek heeft al een model met de code “{id}”. Kies een andere code voor het model van je organisatie.',
      en: 'The library already has a model with the id “{id}”. Choose another id for your organisation’s model.',
    },
  },
};
