import type { MailContent, MailLanguage } from './mail-templates';

/** Mail about the organisation's own data: essential, so it has no unsubscribe link. */
export interface OrganisationDataMailTemplates {
  'organisation-deletion-requested': {
    organisationName: string;
    requestedBy: string;
    dueDay: string;
    url: string;
  };
  'organisation-deletion-undone': { organisationName: string; undoneBy: string; url: string };
  'organisation-erased': { organisationName: string };
}

type Set = {
  [K in keyof OrganisationDataMailTemplates]: Record<
    MailLanguage,
    (params: OrganisationDataMailTemplates[K]) => Omit<MailContent, 'greeting' | 'closing'>
  >;
};

export const ORGANISATION_DATA_MAIL: Set = {
  'organisation-deletion-requested': {
    nl: (p) => ({
      subject: `${p.organisationName} wordt op ${p.dueDay} verwijderd uit Labelklaar`,
      paragraphs: [
        `${p.requestedBy} heeft gevraagd om ${p.organisationName} met alle rondes, antwoorden, bewijsstukken, verbeteracties en toetsingen te verwijderen. Op ${p.dueDay} gebeurt dat definitief; daarna is niets meer terug te halen.`,
        'Tot die dag werkt alles gewoon en kan elke kwaliteitsfunctionaris het verzoek ongedaan maken bij Organisatie, Gegevens van de organisatie. Download daar ook de export als je de gegevens wilt bewaren.',
      ],
      action: { label: 'Naar de gegevens van de organisatie', url: p.url },
    }),
    en: (p) => ({
      subject: `${p.organisationName} will be deleted from Labelklaar on ${p.dueDay}`,
      paragraphs: [
        `${p.requestedBy} asked to delete ${p.organisationName} with all its rounds, answers, evidence, improvement actions and reviews. On ${p.dueDay} that happens for good; after that nothing can be brought back.`,
        "Until that day everything keeps working, and any quality officer can undo the request under Organisation, The organisation's data. Download the export there too if you want to keep the data.",
      ],
      action: { label: "Go to the organisation's data", url: p.url },
    }),
  },
  'organisation-deletion-undone': {
    nl: (p) => ({
      subject: `${p.organisationName} wordt niet verwijderd`,
      paragraphs: [
        `${p.undoneBy} heeft het verzoek om ${p.organisationName} te verwijderen ongedaan gemaakt. Alle gegevens blijven bewaard.`,
      ],
      action: { label: 'Naar Labelklaar', url: p.url },
    }),
    en: (p) => ({
      subject: `${p.organisationName} will not be deleted`,
      paragraphs: [
        `${p.undoneBy} undid the request to delete ${p.organisationName}. All its data is kept.`,
      ],
      action: { label: 'Go to Labelklaar', url: p.url },
    }),
  },
  'organisation-erased': {
    nl: (p) => ({
      subject: `${p.organisationName} is verwijderd uit Labelklaar`,
      paragraphs: [
        `Zoals gevraagd is ${p.organisationName} met al haar gegevens en bestanden definitief verwijderd. Je account blijft bestaan; je kunt het zelf verwijderen bij Account.`,
      ],
    }),
    en: (p) => ({
      subject: `${p.organisationName} has been deleted from Labelklaar`,
      paragraphs: [
        `As asked, ${p.organisationName} has been deleted for good with all its data and files. Your account remains; you can delete it yourself under Account.`,
      ],
    }),
  },
};
