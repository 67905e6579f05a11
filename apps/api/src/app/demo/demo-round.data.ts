import { ActionStatus, ParticipationEntry } from '@labelklaar/domain';

/** Who owns and scores what in the demo round: the quality officer or the team lead (contributor). */
export type DemoPerson = 'quality-officer' | 'contributor';

export interface DemoAnswer {
  code: string;
  by: DemoPerson;
  level: number;
  targetLevel: number;
  rationale: string;
  ready: boolean;
}

export const DEMO_ROUND = {
  title: 'Zelfevaluatie Kwaliteitslabel 2027',
  /** Days from today: an audit a few months ahead, so the self-evaluation is in full swing. */
  targetInDays: 120,
  ambitions:
    'We willen dat inwoners in alle vier de wijken merken dat sociaal werkers dichtbij en op tijd aanwezig zijn. ' +
    'In 2027 werken alle teams met dezelfde manier van doelen stellen en resultaten volgen, zodat we met de gemeente ' +
    'het gesprek voeren over wat ons werk oplevert in plaats van over aantallen contacten.\n\n' +
    'Daarnaast willen we intervisie en casuïstiekbespreking in elk team vast verankeren en vrijwilligers meer laten ' +
    'meedenken over ons aanbod.',
  bottlenecks:
    'De registratie verschilt per team, waardoor cijfers over bereik en resultaten lastig te vergelijken zijn. ' +
    'Door verloop in team Noord is een deel van de scholingsafspraken blijven liggen.\n\n' +
    'De subsidiebeschikking voor 2026 is nog niet definitief, waardoor de prestatieafspraken met de gemeente ' +
    'formeel zijn verlopen.',
};

/** Dates as days before today. */
export const DEMO_PARTICIPATION: (Omit<ParticipationEntry, 'date'> & { daysAgo: number })[] = [
  {
    group: 'staff',
    method: 'session',
    daysAgo: 40,
    note: 'Teamdag met alle sociaal werkers: elk team scoorde twee domeinen.',
  },
  {
    group: 'volunteers',
    method: 'survey',
    daysAgo: 30,
    note: 'Digitale vragenlijst, 46 van de 120 vrijwilligers deden mee.',
  },
  {
    group: 'clients',
    method: 'interview',
    daysAgo: 21,
    note: 'Zes gesprekken met inwoners uit de buurtkamers Oost en Noord.',
  },
  {
    group: 'partners',
    method: 'session',
    daysAgo: 14,
    note: 'Ronde tafel met wijkteam, huisartsen en woningcorporatie.',
  },
  {
    group: 'board',
    method: 'session',
    daysAgo: 7,
    note: 'Bespreking van de eerste uitkomsten met de raad van toezicht.',
  },
];

export const DEMO_OWNERS: Record<string, DemoPerson> = {
  'OPD-01': 'quality-officer',
  'OPD-02': 'quality-officer',
  'OPD-03': 'quality-officer',
  'VMS-01': 'quality-officer',
  'VMS-02': 'quality-officer',
  'VAK-01': 'contributor',
  'VAK-02': 'contributor',
  'VAK-03': 'contributor',
  'VAK-04': 'contributor',
  'VAK-05': 'contributor',
  'IMP-01': 'quality-officer',
  'IMP-02': 'quality-officer',
};

export const DEMO_ANSWERS: DemoAnswer[] = [
  {
    code: 'OPD-01',
    by: 'quality-officer',
    level: 3,
    targetLevel: 4,
    ready: true,
    rationale:
      'De opdracht staat in het meerjarenbeleidsplan en is in alle teams besproken op de teamdag. Teamplannen verwijzen ernaar. Volgende stap: samen met de gemeente jaarlijks evalueren.',
  },
  {
    code: 'OPD-02',
    by: 'quality-officer',
    level: 2,
    targetLevel: 3,
    ready: false,
    rationale:
      'De wijkanalyse van Oost is actueel; voor Noord en Zuid gebruiken we nog cijfers van 2023. Signalen van inwoners komen binnen, maar leiden nog niet vast tot aanpassing van het aanbod.',
  },
  {
    code: 'OPD-03',
    by: 'quality-officer',
    level: 3,
    targetLevel: 3,
    ready: true,
    rationale:
      'Elk kwartaal accountgesprek met de gemeente, met verslag. De opdrachtgever kent onze jaarplannen.',
  },
  {
    code: 'VMS-01',
    by: 'quality-officer',
    level: 3,
    targetLevel: 4,
    ready: true,
    rationale:
      'Visie en missie zijn in 2025 met medewerkers en vrijwilligers herschreven en hangen in elke buurtkamer. Nieuwe medewerkers krijgen ze in de inwerkperiode mee.',
  },
  {
    code: 'VMS-02',
    by: 'quality-officer',
    level: 2,
    targetLevel: 3,
    ready: false,
    rationale:
      'De strategie is vastgelegd, maar keuzes om te stoppen met activiteiten worden nog niet expliciet gemaakt en onderbouwd.',
  },
  {
    code: 'VAK-01',
    by: 'contributor',
    level: 3,
    targetLevel: 3,
    ready: true,
    rationale:
      'Sociaal werkers leggen hun afwegingen vast in het dossier; in team Oost is dat gecontroleerd bij tien dossiers.',
  },
  {
    code: 'VAK-02',
    by: 'contributor',
    level: 2,
    targetLevel: 3,
    ready: false,
    rationale:
      'Interventies worden gekozen op ervaring; de Databank Effectieve sociale interventies wordt nog weinig gebruikt.',
  },
  {
    code: 'VAK-03',
    by: 'contributor',
    level: 3,
    targetLevel: 4,
    ready: true,
    rationale:
      'Alle teams hebben maandelijks intervisie onder leiding van een getrainde collega; verslagen staan in het teamkanaal.',
  },
  {
    code: 'VAK-04',
    by: 'contributor',
    level: 1,
    targetLevel: 3,
    ready: false,
    rationale:
      'Dilemma’s worden besproken als ze zich voordoen, maar de beroepscode wordt daarbij zelden gebruikt. Dit pakken we op met een moreel beraad.',
  },
  {
    code: 'IMP-01',
    by: 'quality-officer',
    level: 2,
    targetLevel: 3,
    ready: false,
    rationale:
      'Bij groepsactiviteiten stellen we doelen vooraf; bij individuele trajecten nog niet overal.',
  },
  {
    code: 'IMP-02',
    by: 'quality-officer',
    level: 2,
    targetLevel: 4,
    ready: false,
    rationale:
      'Registratie verschilt per team. Een gezamenlijke set indicatoren is in voorbereiding.',
  },
  {
    code: 'IMP-03',
    by: 'quality-officer',
    level: 3,
    targetLevel: 3,
    ready: true,
    rationale:
      'Jaarlijks ervaringsonderzoek onder deelnemers, aangevuld met gesprekken in de buurtkamers.',
  },
];

export interface DemoEvidence {
  key: string;
  title: string;
  evidenceKind: string;
  documentDaysAgo: number;
  /** Days from today; negative: expired. */
  validForDays: number | null;
  file?: { name: string; text: string; pdf: boolean };
  url?: string;
  criteria: string[];
}

export const DEMO_EVIDENCE: DemoEvidence[] = [
  {
    key: 'beleidsplan',
    title: 'Meerjarenbeleidsplan 2025–2028',
    evidenceKind: 'beleidsplan',
    documentDaysAgo: 400,
    validForDays: 1000,
    file: {
      name: 'meerjarenbeleidsplan-2025-2028.pdf',
      text: 'Meerjarenbeleidsplan 2025-2028 Stichting Voorbeeld Welzijn',
      pdf: true,
    },
    criteria: ['OPD-01', 'VMS-01', 'VMS-02'],
  },
  {
    key: 'intervisie',
    title: 'Verslagen intervisie team Oost',
    evidenceKind: 'intervisieverslag',
    documentDaysAgo: 20,
    validForDays: null,
    file: {
      name: 'intervisie-team-oost.txt',
      text: 'Intervisie team Oost\n\n12 maart: casus over eenzaamheid bij mantelzorgers.\n9 april: grenzen van onze rol bij schulden.\n',
      pdf: false,
    },
    criteria: ['VAK-03'],
  },
  {
    key: 'beschikking',
    title: 'Subsidiebeschikking gemeente 2025',
    evidenceKind: 'opdrachtafspraken',
    documentDaysAgo: 420,
    validForDays: -30,
    url: 'https://www.voorbeeld.nl/documenten/subsidiebeschikking-2025',
    criteria: ['OPD-01', 'OPD-03'],
  },
  {
    key: 'wijkanalyse',
    title: 'Wijkanalyse Oost 2025',
    evidenceKind: 'wijkanalyse',
    documentDaysAgo: 200,
    validForDays: 500,
    url: 'https://www.voorbeeld.nl/documenten/wijkanalyse-oost-2025',
    criteria: ['OPD-02'],
  },
  {
    key: 'jaarverslag',
    title: 'Jaarverslag 2025',
    evidenceKind: 'jaarverslag',
    documentDaysAgo: 150,
    validForDays: null,
    url: 'https://www.voorbeeld.nl/jaarverslag-2025',
    criteria: ['IMP-02', 'IMP-03'],
  },
];

export interface DemoAction {
  code: string;
  title: string;
  description: string;
  owner: DemoPerson;
  /** Days from today; negative: in the past. */
  dueInDays: number;
  status: ActionStatus;
  reflection?: string;
}

export const DEMO_ACTIONS: DemoAction[] = [
  {
    code: 'OPD-02',
    title: 'Wijkanalyses Noord en Zuid actualiseren',
    description:
      'Cijfers van de gemeente en signalen uit de buurtkamers samenbrengen, zoals in Oost.',
    owner: 'quality-officer',
    dueInDays: -21,
    status: 'in-progress',
  },
  {
    code: 'VAK-04',
    title: 'Moreel beraad invoeren',
    description: 'Elk team bespreekt per kwartaal een dilemma aan de hand van de beroepscode.',
    owner: 'contributor',
    dueInDays: -10,
    status: 'open',
  },
  {
    code: 'IMP-02',
    title: 'Gezamenlijke set indicatoren vaststellen',
    description:
      'Met de teamleiders vijf indicatoren kiezen die elk team op dezelfde manier registreert.',
    owner: 'quality-officer',
    dueInDays: 45,
    status: 'open',
  },
  {
    code: 'VAK-03',
    title: 'Intervisiebegeleiders trainen',
    description: 'Twee collega’s per team volgen de training intervisiebegeleiding.',
    owner: 'contributor',
    dueInDays: -60,
    status: 'done',
    reflection:
      'Alle teams hebben nu een eigen begeleider; intervisie valt niet meer uit bij ziekte van de teamleider.',
  },
];
