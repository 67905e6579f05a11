import { PeerJudgement } from '@labelklaar/domain';

/**
 * Voorbeeld Welzijn's earlier round, reviewed by Stichting Buurtkracht (intercollegiale
 * toetsing): submitted, one review, the leerrapport issued, answered in part and final.
 */
export const DEMO_REVIEWED_ROUND = {
  title: 'Zelfevaluatie 2025 – intercollegiale toetsing',
  /** The toetsing visit took place ten days ago. */
  targetDaysAgo: 10,
  ambitions:
    'Laten zien waar we staan na twee jaar wijkgericht werken, en leren van de blik van een collega-organisatie.',
  bottlenecks: 'Registratie en resultaatmeting lopen per team nog uiteen.',
};

export const DEMO_REVIEW_INVITATION = {
  reviewerOrganisationName: 'Stichting Buurtkracht',
  message:
    'Fijn dat jullie onze zelfevaluatie willen toetsen. De teamleiders zijn beschikbaar voor het gesprek op de toetsingsdag.',
};

/** The level Voorbeeld Welzijn gave itself on each criterion of the earlier round. */
export const DEMO_EARLIER_LEVELS: Record<string, number> = {
  'OPD-01': 3,
  'OPD-02': 3,
  'OPD-03': 3,
  'OPD-04': 2,
  'OPD-05': 3,
  'VMS-01': 3,
  'VMS-02': 2,
  'VMS-03': 3,
  'VMS-04': 2,
  'VMS-05': 3,
  'VAK-01': 3,
  'VAK-02': 3,
  'VAK-03': 2,
  'VAK-04': 3,
  'VAK-05': 2,
  'VAK-06': 3,
  'VAK-07': 2,
  'VAK-08': 3,
  'IMP-01': 2,
  'IMP-02': 3,
  'IMP-03': 2,
  'IMP-04': 1,
  'IMP-05': 2,
  'IMP-06': 2,
};

/** Two documents of 2025 that back the earlier round's claims. */
export const DEMO_EARLIER_EVIDENCE = [
  {
    title: 'Jaarverslag 2024',
    evidenceKind: 'jaarverslag',
    documentDaysAgo: 300,
    url: 'https://www.voorbeeld.nl/jaarverslag-2024',
    criteria: ['OPD-01', 'OPD-03', 'VMS-01', 'VMS-05', 'IMP-02'],
  },
  {
    title: 'Werkplan wijkteams 2025',
    evidenceKind: 'jaarplan',
    documentDaysAgo: 280,
    url: 'https://www.voorbeeld.nl/documenten/werkplan-wijkteams-2025',
    criteria: ['OPD-02', 'VMS-03', 'VAK-01', 'VAK-02', 'VAK-04', 'VAK-06', 'VAK-08'],
  },
];

export interface DemoFinding {
  judgement: PeerJudgement;
  finding: string;
  questions?: string;
}

/** Buurtkracht's review: a judgement and finding on every criterion. */
export const DEMO_FINDINGS: Record<string, DemoFinding> = {
  'OPD-01': {
    judgement: 'meets',
    finding: 'Elke sociaal werker die we spraken kon de opdracht in eigen woorden uitleggen.',
  },
  'OPD-02': {
    judgement: 'partly-meets',
    finding:
      'De wijkanalyse van Oost is actueel en rijk; voor Noord en West is die van 2022 en mist signalen van partners.',
    questions: 'Wanneer worden de analyses van Noord en West bijgewerkt?',
  },
  'OPD-03': {
    judgement: 'meets',
    finding: 'Het kwartaaloverleg met de gemeente is goed voorbereid en vastgelegd.',
  },
  'OPD-04': {
    judgement: 'partly-meets',
    finding:
      'Afspraken met het wijkteam zijn er, maar de grens bij schuldhulp is niet voor iedereen helder.',
  },
  'OPD-05': {
    judgement: 'meets',
    finding:
      'Signalen over eenzaamheid zijn zichtbaar geagendeerd bij de gemeente; mooi voorbeeld.',
  },
  'VMS-01': { judgement: 'meets', finding: 'De visie leeft: teams verwijzen er zelf naar.' },
  'VMS-02': {
    judgement: 'partly-meets',
    finding: 'De strategie benoemt keuzes, maar nog niet wat er daardoor niet meer gebeurt.',
  },
  'VMS-03': {
    judgement: 'partly-meets',
    finding:
      'Er is een visie op leren, maar die vertaalt zich nog niet in een vast leerplan per team.',
    questions: 'Hoe kiezen teams hun leeronderwerpen?',
  },
  'VMS-04': {
    judgement: 'meets',
    finding:
      'De vrijwilligersraad denkt aantoonbaar mee over het aanbod; sterker dan de eigen score.',
  },
  'VMS-05': {
    judgement: 'meets',
    finding: 'Het bestuur stuurt op hoofdlijnen en geeft teams ruimte.',
  },
  'VAK-01': { judgement: 'meets', finding: 'Besluiten in casussen zijn navolgbaar onderbouwd.' },
  'VAK-02': {
    judgement: 'partly-meets',
    finding: 'Afwegingen tussen interventies worden besproken, maar zelden vastgelegd.',
  },
  'VAK-03': {
    judgement: 'partly-meets',
    finding: 'Intervisie is er in twee van de vier teams; in Noord lag het stil door verloop.',
  },
  'VAK-04': { judgement: 'meets', finding: 'De beroepscode komt terug in de casusbespreking.' },
  'VAK-05': {
    judgement: 'does-not-meet',
    finding:
      'Een derde van de sociaal werkers staat niet in het register en er is geen plan om dat te veranderen.',
    questions: 'Welke ondersteuning krijgen medewerkers bij registratie?',
  },
  'VAK-06': {
    judgement: 'meets',
    finding: 'Ontwikkelgesprekken worden jaarlijks gevoerd en gevolgd.',
  },
  'VAK-07': {
    judgement: 'meets',
    finding:
      'De buurtkamers zijn een vernieuwing vanuit de praktijk die inmiddels breed gedragen wordt.',
  },
  'VAK-08': { judgement: 'meets', finding: 'Vrijwilligers worden goed begeleid en gewaardeerd.' },
  'IMP-01': {
    judgement: 'partly-meets',
    finding: 'Doelen worden vooraf gesteld bij projecten, nog niet bij het reguliere werk.',
  },
  'IMP-02': {
    judgement: 'does-not-meet',
    finding:
      'Elk team registreert anders; de cijfers in het jaarverslag zijn daardoor niet te vergelijken of te volgen.',
    questions: 'Is er een plan om tot één registratiewijze te komen?',
  },
  'IMP-03': {
    judgement: 'partly-meets',
    finding: 'Ervaringen van inwoners worden opgehaald, maar niet teruggekoppeld.',
  },
  'IMP-04': {
    judgement: 'does-not-meet',
    finding: 'Over effect en meerwaarde is nog weinig te zeggen; dat zag de organisatie zelf ook.',
  },
  'IMP-05': {
    judgement: 'not-assessed',
    finding: 'Hier hebben we op de toetsingsdag niet over gesproken.',
  },
  'IMP-06': {
    judgement: 'partly-meets',
    finding: 'Er is contact met andere organisaties, nog zonder vaste leervorm.',
  },
};

export const DEMO_OVERALL = {
  judgement: 'partly-meets' as PeerJudgement,
  strengths:
    'Betrokken en deskundige sociaal werkers, een levende visie en sterke verbinding met vrijwilligers en inwoners.',
  improvements:
    'Eén manier van registreren en resultaten volgen voor alle teams, en de registratie van sociaal werkers in het beroepsregister.',
};

/** Voorbeeld Welzijn's responses during hoor en wederhoor. */
export const DEMO_RESPONSES: { code: string; text: string }[] = [
  {
    code: 'OPD-02',
    text: 'Klopt; de analyses van Noord en West staan gepland voor het eerste kwartaal, samen met het wijkteam.',
  },
  {
    code: 'VAK-05',
    text: 'We herkennen dit. Vanaf dit jaar krijgt iedereen tijd en vergoeding voor registratie; de teamleiders volgen de voortgang.',
  },
  {
    code: 'IMP-02',
    text: 'Terecht punt. We kiezen dit jaar één registratiewijze en nemen dat op als verbeteractie.',
  },
];

/** The finding the quality officer turned into a verbeteractie, in the open round. */
export const DEMO_FINDING_ACTION = {
  code: 'IMP-02',
  title: 'Eén registratiewijze voor alle teams',
  description:
    'Naar aanleiding van het leerrapport van Stichting Buurtkracht: registratie gelijktrekken.',
  dueInDays: 90,
};
