import type { Catalogue } from './messages';

/** The problems of upgrading a round to a newer rubric version (part of PROBLEM_MESSAGES). */
export const UPGRADE_MESSAGES: Catalogue = {
  'upgrade-target-unknown': {
    title: { nl: 'Versie niet gevonden', en: 'Version not found' },
    detail: {
      nl: 'Normenkader {rubricId} heeft geen gepubliceerde versie {to}. Kies een gepubliceerde, latere versie van hetzelfde normenkader.',
      en: 'Rubric {rubricId} has no published version {to}. Choose a later published version of the same rubric.',
    },
  },
  'upgrade-target-retired': {
    title: { nl: 'Versie ingetrokken', en: 'Version retired' },
    detail: {
      nl: 'Versie {to} van normenkader {rubricId} is ingetrokken: er kunnen geen rondes meer naartoe.',
      en: 'Version {to} of rubric {rubricId} has been retired: no round can move to it.',
    },
  },
  'upgrade-target-not-later': {
    title: { nl: 'Geen nieuwere versie', en: 'Not a newer version' },
    detail: {
      nl: 'Deze ronde staat op versie {from}; bijwerken kan alleen naar een latere versie dan {from}, niet naar {to}.',
      en: 'This round is on version {from}; it can only move to a version later than {from}, not to {to}.',
    },
  },
  'upgrade-no-mapping': {
    title: { nl: 'Geen vertaling tussen de versies', en: 'No mapping between the versions' },
    detail: {
      nl: 'Versie {to} beschrijft niet hoe haar criteria aansluiten op versie {from}. Werk eerst bij naar de versie die daartussen ligt.',
      en: 'Version {to} does not state how its criteria map to version {from}. Upgrade to the version in between first.',
    },
  },
  'upgrade-choice-missing': {
    title: { nl: 'Kies een eerder antwoord', en: 'Choose an earlier answer' },
    detail: {
      nl: 'Bij de samengevoegde criteria {codes} horen meerdere eerdere antwoorden. Kies per criterium welk antwoord het overneemt.',
      en: 'The merged criteria {codes} have several earlier answers. Choose for each which answer it takes over.',
    },
  },
  'upgrade-choice-invalid': {
    title: { nl: 'Ongeldige keuze', en: 'Invalid choice' },
    detail: {
      nl: 'De keuze voor {codes} noemt geen samengevoegd criterium met een eerder antwoord van dat criterium.',
      en: 'The choice for {codes} does not name a merged criterion and an earlier answer of it.',
    },
  },
};
