import {
  CheckInAnswers,
  CheckInCadence,
  TeamAgreementStatus,
  TeamSessionType,
} from '@labelklaar/domain';

import { DemoTeam, JORDY, OMAR, SANNE, SARA, TESSA, WENDY } from './demo-year.data';

/** The demo year's team work: sessions, agreements and check-ins (anonymised, like the reflections). */

export interface DemoSession {
  team: DemoTeam;
  sessionType: TeamSessionType;
  daysAgo: number;
  presentCount: number;
  modelId?: string;
  /** Shared reflections discussed, by their index in DEMO_REFLECTIONS. */
  reflections: number[];
  stoodOut: string;
  similaritiesAndDifferences: string;
  insights: string;
  agreementsMade: string;
}

export const DEMO_SESSIONS: DemoSession[] = [
  {
    team: 'Wijkteam Noord',
    sessionType: 'casuistiekbespreking',
    daysAgo: 320,
    presentCount: 6,
    modelId: 'beslissende-professional',
    reflections: [0],
    stoodOut: 'Iedereen sluit trajecten op een eigen moment af.',
    similaritiesAndDifferences: 'Sommigen wachten op de bewoner, anderen op het plan.',
    insights: 'Een afsluitgesprek helpt bewoner en werker allebei.',
    agreementsMade: 'We maken een teamafspraak over het afsluiten van trajecten.',
  },
  {
    team: 'Wijkteam Noord',
    sessionType: 'intervisie',
    daysAgo: 250,
    presentCount: 5,
    reflections: [1, 2],
    stoodOut: 'Het netwerk wordt laat betrokken.',
    similaritiesAndDifferences: 'Opbouwwerk denkt vaker aan buren dan maatschappelijk werk.',
    insights: 'Vraag bij de start al wie er om iemand heen staat.',
    agreementsMade: 'Netwerkvraag staat voortaan in het eerste gesprek.',
  },
  {
    team: 'Wijkteam Noord',
    sessionType: 'moreel-beraad',
    daysAgo: 190,
    presentCount: 7,
    modelId: 'omgekeerde-toets',
    reflections: [3],
    stoodOut: 'Regels voelen vaak als een muur.',
    similaritiesAndDifferences:
      'Wie de omgekeerde toets kent, vraagt sneller een uitzondering aan.',
    insights: 'Eerst het effect voor de bewoner, dan de regel.',
    agreementsMade: 'Bij twijfel over een regel doen we samen de omgekeerde toets.',
  },
  {
    team: 'Wijkteam Noord',
    sessionType: 'leerkring',
    daysAgo: 100,
    presentCount: 4,
    reflections: [],
    stoodOut: 'Het team wil meer weten over schuldhulp.',
    similaritiesAndDifferences:
      'Nieuwe collega’s missen de kennis die de ervaren collega’s hebben.',
    insights: 'De budgetcoach komt twee keer per jaar uitleg geven.',
    agreementsMade: '',
  },
  {
    team: 'Wijkteam Noord',
    sessionType: 'inhoudelijk-teamoverleg',
    daysAgo: 20,
    presentCount: 6,
    reflections: [5],
    stoodOut: 'De afspraak over afsluiten werkt, maar de termijn is te krap.',
    similaritiesAndDifferences: 'Bij ouderen duurt een overdracht langer dan bij gezinnen.',
    insights: 'Een vaste termijn past niet bij elke situatie.',
    agreementsMade: 'De afspraak over afsluiten is herzien.',
  },
  {
    team: 'Jongerenwerk',
    sessionType: 'intervisie',
    daysAgo: 310,
    presentCount: 4,
    reflections: [7],
    stoodOut: 'Jongeren op straat vragen vooral om aandacht.',
    similaritiesAndDifferences: 'Ambulant werk en het centrum kijken anders naar overlast.',
    insights: 'Contact gaat voor oplossen.',
    agreementsMade: 'Bij overlastmeldingen gaan we eerst zelf in gesprek.',
  },
  {
    team: 'Jongerenwerk',
    sessionType: 'casuistiekbespreking',
    daysAgo: 215,
    presentCount: 5,
    modelId: 'beslissende-professional',
    reflections: [8, 9],
    stoodOut: 'Uitzonderingen op huisregels zijn niet voor iedereen duidelijk.',
    similaritiesAndDifferences: 'Sommigen zijn strenger dan anderen.',
    insights: 'Uitzonderingen met de groep bespreken voorkomt onbegrip.',
    agreementsMade: 'We leggen vast wanneer een jongere na een incident terug mag komen.',
  },
  {
    team: 'Jongerenwerk',
    sessionType: 'moreel-beraad',
    daysAgo: 80,
    presentCount: 5,
    reflections: [],
    stoodOut: 'Zorgen over jongeren die worden geronseld.',
    similaritiesAndDifferences: 'De een wil snel melden, de ander eerst vertrouwen opbouwen.',
    insights: 'Melden en contact houden sluiten elkaar niet uit.',
    agreementsMade: 'Signalen van uitbuiting bespreken we binnen een week met de teamleider.',
  },
  {
    team: 'Jongerenwerk',
    sessionType: 'leerkring',
    daysAgo: 25,
    presentCount: 3,
    modelId: 'evidence-based-practice',
    reflections: [10, 12],
    stoodOut: 'Afbouwen gaat beter in stappen.',
    similaritiesAndDifferences: 'Het centrum heeft meer mogelijkheden voor een open deur.',
    insights: 'Een warme overdracht naar het loket werkt beter dan een adres geven.',
    agreementsMade: '',
  },
];

export interface DemoAgreementVersion {
  daysAgo: number;
  question: string;
  agreement: string;
  rationale: string;
  /** Days from today of the review date (negative: already past), or none. */
  reviewInDays?: number;
  status: TeamAgreementStatus;
  by: string;
}

export interface DemoAgreement {
  team: DemoTeam;
  /** Version 1 first; each further version is a revision of the agreement. */
  versions: DemoAgreementVersion[];
}

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    team: 'Wijkteam Noord',
    versions: [
      {
        daysAgo: 315,
        question: 'Wanneer sluiten we een ondersteuningstraject af?',
        agreement:
          'We sluiten af als de doelen uit het plan bereikt zijn, uiterlijk zes weken na het laatste doel.',
        rationale: 'Trajecten liepen lang door zonder duidelijke reden.',
        reviewInDays: -30,
        status: 'active',
        by: TESSA,
      },
      {
        daysAgo: 18,
        question: 'Wanneer sluiten we een ondersteuningstraject af?',
        agreement:
          'We sluiten af als de doelen bereikt zijn en de bewoner het eens is; bij een overdracht pas na een ' +
          'gezamenlijk gesprek met de nieuwe hulpverlener.',
        rationale:
          'Een vaste termijn paste niet bij elke situatie; de overdracht bleek het kwetsbare moment.',
        reviewInDays: 165,
        status: 'active',
        by: TESSA,
      },
    ],
  },
  {
    team: 'Wijkteam Noord',
    versions: [
      {
        daysAgo: 185,
        question: 'Wat doen we als een regel in de weg lijkt te staan?',
        agreement:
          'We doen samen met een collega de omgekeerde toets voordat we een uitzondering vragen.',
        rationale: 'Zo komt het effect voor de bewoner eerst en staat niemand er alleen voor.',
        reviewInDays: 180,
        status: 'active',
        by: TESSA,
      },
    ],
  },
  {
    team: 'Wijkteam Noord',
    versions: [
      {
        daysAgo: 245,
        question: 'Hoort deze vraag bij ons team?',
        agreement: 'Vragen over alleen geldzaken gaan direct naar de budgetcoach.',
        rationale: 'We wilden dubbel werk voorkomen.',
        status: 'active',
        by: TESSA,
      },
      {
        daysAgo: 95,
        question: 'Hoort deze vraag bij ons team?',
        agreement:
          'Vragen over alleen geldzaken gaan naar de budgetcoach; zijn er ook zorgen thuis, dan blijven we betrokken.',
        rationale: 'Achter geldvragen zat vaak meer; die bewoners vielen tussen wal en schip.',
        reviewInDays: 30,
        status: 'under-review',
        by: TESSA,
      },
    ],
  },
  {
    team: 'Jongerenwerk',
    versions: [
      {
        daysAgo: 300,
        question: 'Hoe reageren we op een melding van overlast door jongeren?',
        agreement: 'We gaan eerst zelf met de groep in gesprek voordat we handhaving inschakelen.',
        rationale: 'Contact werkt beter dan wegsturen.',
        reviewInDays: 60,
        status: 'active',
        by: TESSA,
      },
    ],
  },
  {
    team: 'Jongerenwerk',
    versions: [
      {
        daysAgo: 210,
        question: 'Wanneer mag een jongere na een incident terugkomen in het centrum?',
        agreement: 'Na een gesprek met twee jongerenwerkers en afspraken die de groep kent.',
        rationale: 'Uitzonderingen waren niet voor iedereen duidelijk.',
        reviewInDays: -10,
        status: 'active',
        by: TESSA,
      },
      {
        daysAgo: 60,
        question: 'Wanneer mag een jongere na een incident terugkomen in het centrum?',
        agreement:
          'Na een gesprek met twee jongerenwerkers; de afspraken hangen op het prikbord en gelden een maand.',
        rationale: 'Jongeren wisten niet hoe lang de afspraken golden.',
        reviewInDays: 120,
        status: 'active',
        by: TESSA,
      },
    ],
  },
  {
    team: 'Jongerenwerk',
    versions: [
      {
        daysAgo: 75,
        question: 'Wat doen we bij signalen van criminele uitbuiting?',
        agreement: 'Binnen een week bespreken met de teamleider; contact met de jongere houden.',
        rationale: 'Uit het moreel beraad: melden en vertrouwen gaan samen.',
        reviewInDays: 290,
        status: 'active',
        by: TESSA,
      },
    ],
  },
];

export const DEMO_CHECK_IN_CADENCE: Record<DemoTeam, CheckInCadence> = {
  'Wijkteam Noord': 'monthly',
  Jongerenwerk: 'quarterly',
};

/** Who answers a team's check-ins, in turn from this pool of answers. */
export const DEMO_CHECK_IN_MEMBERS: Record<DemoTeam, string[]> = {
  'Wijkteam Noord': [SANNE, WENDY, OMAR],
  Jongerenwerk: [SANNE, JORDY, SARA],
};

export const DEMO_CHECK_IN_ANSWERS: CheckInAnswers[] = [
  {
    'goes-well': 'De eerste gesprekken bij bewoners thuis lopen goed.',
    'others-could-learn': 'De netwerkvraag in het eerste gesprek, die werkt echt.',
    'not-yet-well': 'Overdrachten aan andere organisaties duren te lang.',
    'what-can-i-do': 'Zelf de eerste afspraak met de nieuwe hulpverlener maken.',
    'where-do-i-need-help': 'Een vast contactpersoon bij de ggz zou helpen.',
  },
  {
    'goes-well': 'Samenwerking met de budgetcoach is verbeterd.',
    'others-could-learn': 'Onze koffieochtend die bewoners zelf draaien.',
    'not-yet-well': 'Verslaglegging schiet erbij in als het druk is.',
    'what-can-i-do': 'Direct na een huisbezoek een korte notitie maken.',
    'where-do-i-need-help': 'Tijd in de planning voor verslaglegging.',
  },
  {
    'goes-well': 'We bespreken lastige besluiten vaker samen.',
    'others-could-learn': 'De omgekeerde toets bij regels die knellen.',
    'not-yet-well': 'Nieuwe collega’s weten de teamafspraken niet te vinden.',
    'what-can-i-do': 'Nieuwe collega’s bij de start de afspraken laten lezen.',
    'where-do-i-need-help': 'Een inwerkprogramma waar de afspraken in staan.',
  },
  {
    'goes-well': 'Het contact met jongeren op straat is sterk.',
    'others-could-learn': 'Hoe we jongeren zelf laten kiezen wat ze delen.',
    'not-yet-well': 'Jongeren haken af na een doorverwijzing.',
    'what-can-i-do': 'Mee naar de eerste afspraak bij het jongerenloket.',
    'where-do-i-need-help': 'Afspraken met het loket over een vast aanspreekpunt.',
  },
];

/**
 * Answers of the running period that the quality officer turned into improvement actions of the
 * open round: the team, which answerer (index in DEMO_CHECK_IN_MEMBERS) and which question.
 */
export const DEMO_CHECK_IN_ACTIONS: {
  team: DemoTeam;
  member: number;
  question: 'not-yet-well' | 'where-do-i-need-help';
  criterionCode: string;
  title: string;
  dueInDays: number;
}[] = [
  {
    team: 'Wijkteam Noord',
    member: 0,
    question: 'not-yet-well',
    criterionCode: 'VAK-02',
    title: 'Overdrachten naar partners versnellen',
    dueInDays: 60,
  },
  {
    team: 'Jongerenwerk',
    member: 1,
    question: 'where-do-i-need-help',
    criterionCode: 'VAK-03',
    title: 'Vast aanspreekpunt bij het jongerenloket afspreken',
    dueInDays: 90,
  },
];
