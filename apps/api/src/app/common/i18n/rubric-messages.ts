import type { Catalogue } from './messages';

/** The label owner's rubric authoring: imports, drafts, publishing and retiring. */
export const RUBRIC_MESSAGES: Catalogue = {
  'rubric-retired': {
    title: { nl: 'Versie van het normenkader ingetrokken', en: 'Rubric version retired' },
    detail: {
      nl: 'Normenkader {rubricId} versie {version} is ingetrokken: er starten geen nieuwe rondes op. Kies een nieuwere versie.',
      en: 'Rubric {rubricId} version {version} is retired: no new rounds start on it. Choose a newer version.',
    },
  },
  'rubric-import-invalid': {
    title: { nl: 'Import klopt niet', en: 'Import not valid' },
    detail: {
      nl: 'Het bestand breekt {count} regel(s); er is niets geïmporteerd. Zie de lijst violations.',
      en: 'The file breaks {count} rule(s); nothing was imported. See the list of violations.',
    },
  },
  'rubric-import-unsupported': {
    title: { nl: 'Bestandstype niet ondersteund', en: 'File type not supported' },
    detail: {
      nl: 'Importeer een normenkader als .yaml, .yml of .xlsx.',
      en: 'Import a rubric as .yaml, .yml or .xlsx.',
    },
  },
  'rubric-draft-invalid': {
    title: { nl: 'Concept nog niet klaar', en: 'Draft not ready' },
    detail: {
      nl: 'Het concept breekt {count} regel(s) en kan zo niet gepubliceerd worden. Zie de lijst violations.',
      en: 'The draft breaks {count} rule(s) and cannot be published as it is. See the list of violations.',
    },
  },
  'rubric-draft-not-mappable': {
    title: { nl: 'Koppeling niet voor te stellen', en: 'No mapping to propose' },
    detail: {
      nl: 'Het concept noemt geen gepubliceerde vorige versie, of de criteria kloppen nog niet ({count} regel(s)).',
      en: 'The draft names no published previous version, or its criteria break rules ({count} rule(s)).',
    },
  },
  'rubric-version-exists': {
    title: { nl: 'Versie bestaat al', en: 'Version exists' },
    detail: {
      nl: 'Normenkader {rubricId} versie {version} is al gepubliceerd. Kies een nieuw versienummer.',
      en: 'Rubric {rubricId} version {version} is published already. Choose a new version number.',
    },
  },
  'rubric-already-retired': {
    title: { nl: 'Al ingetrokken', en: 'Already retired' },
    detail: {
      nl: 'Normenkader {rubricId} versie {version} is al ingetrokken.',
      en: 'Rubric {rubricId} version {version} is retired already.',
    },
  },
  'rubric-compare-same': {
    title: { nl: 'Twee keer dezelfde versie', en: 'The same version twice' },
    detail: {
      nl: 'Vergelijk versie {version} met een andere versie.',
      en: 'Compare version {version} with another version.',
    },
  },
};
