import { Consideration, DecisionKind, Dilemma } from '@labelklaar/domain';

/**
 * A year of vakmanschap in the demo organisation (issue 16): reflections, team sessions, team
 * agreements and check-ins of the twelve months before the seed date (sessions, agreements and
 * check-ins in demo-team-work.data.ts). Every text is anonymised:
 * no names, dates of birth, addresses or numbers that point to a resident.
 */

/** The demo teams by name (see DEMO_TEAMS). */
export type DemoTeam = 'Wijkteam Noord' | 'Jongerenwerk';

export interface DemoReflection {
  team: DemoTeam;
  /** The author's e-mail (a member of the team). */
  author: string;
  daysAgo: number;
  decisionKind: DecisionKind;
  dilemmas: Dilemma[];
  /** A bundled model and the answers to its prompts (`step-1`, …), or none. */
  model?: { id: string; answers: string[] };
  considerations: Consideration[];
  steps: string[];
  decision: string;
  insight: string;
  shared: boolean;
}

export const SANNE = 'sociaalwerker@voorbeeld.nl';
export const WENDY = 'wijkcoach@voorbeeld.nl';
export const OMAR = 'opbouwwerker@voorbeeld.nl';
export const JORDY = 'jongerenwerker@voorbeeld.nl';
export const SARA = 'straatwerker@voorbeeld.nl';
export const TESSA = 'teamleider@voorbeeld.nl';

export const DEMO_REFLECTIONS: DemoReflection[] = [
  {
    team: 'Wijkteam Noord',
    author: SANNE,
    daysAgo: 340,
    decisionKind: 'close-trajectory',
    dilemmas: ['continue-or-stop', 'who-steers'],
    model: {
      id: 'beslissende-professional',
      answers: [
        'Het traject afsluiten nu de schulden in een regeling zitten.',
        'Wat de bewoner zelf wilde, en dat de budgetcoach het overneemt.',
        'Eerst met haar besproken, daarna een warme overdracht geregeld.',
        'Doorgaan voelde veilig, stoppen gaf haar meer eigen regie.',
        'Achteraf had ik het afsluitgesprek eerder kunnen plannen.',
      ],
    },
    considerations: ['persons-wishes', 'experience-and-intuition', 'network'],
    steps: [
      'Doelen van het plan samen nagelopen',
      'Overdracht aan de budgetcoach geregeld',
      'Afsluitgesprek gevoerd',
    ],
    decision: 'Traject afgesloten met een warme overdracht naar de budgetcoach.',
    insight: 'Afsluiten is ook een interventie: het geeft vertrouwen in eigen kracht.',
    shared: true,
  },
  {
    team: 'Wijkteam Noord',
    author: WENDY,
    daysAgo: 300,
    decisionKind: 'involve-network',
    dilemmas: ['intervene-or-let-go', 'self-determination-or-safety'],
    considerations: ['persons-wishes', 'network', 'safety'],
    steps: [
      'Met de bewoner besproken wie er om hem heen staat',
      'Buurvrouw gevraagd mee te kijken',
    ],
    decision:
      'Met instemming van de bewoner een buurvrouw betrokken bij de dagelijkse boodschappen.',
    insight: 'Het netwerk vragen voelt als loslaten, maar geeft juist meer zicht.',
    shared: true,
  },
  {
    team: 'Wijkteam Noord',
    author: OMAR,
    daysAgo: 260,
    decisionKind: 'choose-intervention',
    dilemmas: ['our-task-or-others'],
    model: {
      id: 'evidence-based-practice',
      answers: [
        'Welke aanpak helpt bewoners van een flat om eenzaamheid te doorbreken?',
        'Bewoners willen vooral iets samen doen, geen gespreksgroep.',
        'Eerder werkte een vaste koffieochtend goed in de buurtkamer.',
        'Onderzoek naar buurtgerichte activiteiten laat zien dat regelmaat telt.',
        'Gekozen voor een wekelijkse ochtend die bewoners zelf gaan draaien.',
        'Na drie maanden met de bewoners evalueren.',
      ],
    },
    considerations: ['persons-wishes', 'knowledge-and-research', 'experience-and-intuition'],
    steps: ['Bewoners gevraagd wat zij willen', 'Literatuur van Movisie nagelezen'],
    decision: 'Een wekelijkse koffieochtend gestart die bewoners zelf gaan organiseren.',
    insight: 'Onderzoek en de wens van bewoners wezen dezelfde kant op: dat gaf rust.',
    shared: true,
  },
  {
    team: 'Wijkteam Noord',
    author: SANNE,
    daysAgo: 200,
    decisionKind: 'rule-exception',
    dilemmas: ['rule-or-exception'],
    model: {
      id: 'omgekeerde-toets',
      answers: [
        'Het gezin heeft een veilige plek nodig tot de nieuwe woning klaar is.',
        'De regeling is bedoeld om dakloosheid te voorkomen.',
        'Kort: rust in het gezin. Lang: de kinderen blijven op hun school.',
        'Een uitzondering past binnen de hardheidsclausule.',
      ],
    },
    considerations: ['law-and-regulation', 'organisation-policy', 'persons-wishes'],
    steps: ['Omgekeerde toets samen met een collega gedaan', 'Voorgelegd aan de teamleider'],
    decision: 'Een uitzondering op de wachttijd aangevraagd en gekregen.',
    insight: 'Door eerst naar het effect te kijken werd de regel een hulpmiddel, geen muur.',
    shared: true,
  },
  {
    team: 'Wijkteam Noord',
    author: WENDY,
    daysAgo: 120,
    decisionKind: 'refer-elsewhere',
    dilemmas: ['our-task-or-others', 'continue-or-stop'],
    considerations: ['colleagues', 'organisation-policy'],
    steps: ['Vraag besproken in het casuïstiekoverleg', 'Contact gelegd met de ggz-partner'],
    decision:
      'De hulpvraag overgedragen aan de ggz, wij blijven betrokken voor de praktische steun.',
    insight: 'Niet alles hoeft bij ons, maar loslaten vraagt een goede afspraak over wie wat doet.',
    shared: false,
  },
  {
    team: 'Wijkteam Noord',
    author: OMAR,
    daysAgo: 45,
    decisionKind: 'start-support',
    dilemmas: ['who-steers'],
    considerations: ['persons-wishes', 'experience-and-intuition'],
    steps: ['Kennismaking bij de bewoner thuis', 'Samen een eerste doel gekozen'],
    decision: 'Ondersteuning gestart met één doel dat de bewoner zelf koos.',
    insight: 'Klein beginnen met haar eigen doel maakte het gesprek meteen gelijkwaardiger.',
    shared: true,
  },
  {
    team: 'Wijkteam Noord',
    author: SANNE,
    daysAgo: 12,
    decisionKind: 'safety-step',
    dilemmas: ['self-determination-or-safety', 'intervene-or-let-go'],
    model: {
      id: 'beslissende-professional',
      answers: [
        'Een melding gedaan na zorgen over de veiligheid in huis.',
        'De veiligheid van de kinderen woog het zwaarst.',
        'Eerst overlegd met een collega en de aandachtsfunctionaris.',
        'Zelfbeschikking van de ouder tegenover de veiligheid van de kinderen.',
        'Het gesprek met de ouder vooraf was moeilijk, maar wel eerlijk.',
      ],
    },
    considerations: ['safety', 'law-and-regulation', 'colleagues'],
    steps: ['Afwegingskader meldcode doorlopen', 'Ouder vooraf geïnformeerd'],
    decision: 'Melding gedaan bij Veilig Thuis, met de ouder vooraf besproken.',
    insight: 'Samen afwegen maakte dat ik het besluit niet alleen hoefde te dragen.',
    shared: false,
  },
  {
    team: 'Jongerenwerk',
    author: JORDY,
    daysAgo: 330,
    decisionKind: 'choose-intervention',
    dilemmas: ['intervene-or-let-go'],
    considerations: ['experience-and-intuition', 'persons-wishes'],
    steps: ['Groep jongeren op het plein aangesproken', 'Samen een plan voor het plein gemaakt'],
    decision: 'Geen handhaving gevraagd, maar met de groep een voetbalavond opgezet.',
    insight: 'Contact maken voordat je iets oplost: de groep wilde vooral gezien worden.',
    shared: true,
  },
  {
    team: 'Jongerenwerk',
    author: SARA,
    daysAgo: 280,
    decisionKind: 'involve-network',
    dilemmas: ['who-steers', 'self-determination-or-safety'],
    model: {
      id: 'beslissende-professional',
      answers: [
        'Met toestemming van de jongere de mentor van school betrokken.',
        'Wat de jongere zelf wilde en de zorgen over schooluitval.',
        'Eerst met de jongere besproken wat hij wel en niet wilde delen.',
        'Wie stuurt: de jongere of wij als professionals?',
        'De jongere koos zelf wat er gedeeld werd; dat werkte.',
      ],
    },
    considerations: ['persons-wishes', 'network', 'colleagues'],
    steps: ['Gesprek met de jongere', 'Driegesprek met de mentor'],
    decision: 'Een driegesprek met de mentor, waarbij de jongere zelf het woord voerde.',
    insight: 'Jongeren laten bepalen wat ze delen levert meer op dan voor hen praten.',
    shared: true,
  },
  {
    team: 'Jongerenwerk',
    author: SANNE,
    daysAgo: 230,
    decisionKind: 'rule-exception',
    dilemmas: ['rule-or-exception'],
    considerations: ['organisation-policy', 'experience-and-intuition'],
    steps: ['Huisregels van het jongerencentrum nagelezen', 'Met collega overlegd'],
    decision: 'Een jongere na een incident toch op de kookavond toegelaten, met afspraken.',
    insight: 'Een uitzondering werkt als de afspraken erbij helder zijn voor de hele groep.',
    shared: true,
  },
  {
    team: 'Jongerenwerk',
    author: JORDY,
    daysAgo: 170,
    decisionKind: 'close-trajectory',
    dilemmas: ['continue-or-stop'],
    model: {
      id: 'evidence-based-practice',
      answers: [
        'Wanneer stoppen we met individuele begeleiding van een jongere?',
        'Hij wil zelf verder zonder vaste afspraken.',
        'Zijn werk en opleiding lopen, het contact is minder nodig.',
        'Afbouwen in stappen voorkomt terugval volgens onderzoek.',
        'Gekozen voor afbouwen met een open deur.',
        'Na twee maanden een kort contact om te kijken hoe het gaat.',
      ],
    },
    considerations: ['persons-wishes', 'knowledge-and-research'],
    steps: ['Afbouwplan gemaakt', 'Laatste vaste afspraak gehad'],
    decision: 'Begeleiding afgebouwd met een open uitnodiging voor het jongerencentrum.',
    insight: 'Een open deur maakt stoppen makkelijker, voor hem en voor mij.',
    shared: true,
  },
  {
    team: 'Jongerenwerk',
    author: SARA,
    daysAgo: 90,
    decisionKind: 'safety-step',
    dilemmas: ['self-determination-or-safety', 'intervene-or-let-go'],
    considerations: ['safety', 'colleagues', 'law-and-regulation'],
    steps: ['Signalen van uitbuiting besproken met collega', 'Wijkagent geïnformeerd'],
    decision: 'Signalen gedeeld met de wijkagent, zonder het contact met de jongere te verliezen.',
    insight: 'Veiligheid en vertrouwen gaan samen als je eerlijk bent over wat je doet.',
    shared: false,
  },
  {
    team: 'Jongerenwerk',
    author: SANNE,
    daysAgo: 30,
    decisionKind: 'refer-elsewhere',
    dilemmas: ['our-task-or-others'],
    considerations: ['network', 'organisation-policy'],
    steps: ['Vraag van de jongere verkend', 'Warme overdracht naar het jongerenloket'],
    decision: 'De vraag over werk en inkomen overgedragen aan het jongerenloket.',
    insight: 'Samen de eerste afspraak bij het loket maken voorkomt dat een jongere afhaakt.',
    shared: true,
  },
  {
    team: 'Jongerenwerk',
    author: JORDY,
    daysAgo: 8,
    decisionKind: 'start-support',
    dilemmas: ['who-steers'],
    considerations: ['persons-wishes', 'experience-and-intuition'],
    steps: ['Gesprek na de sportavond', 'Eerste afspraak gepland'],
    decision: 'Begeleiding gestart op verzoek van de jongere zelf.',
    insight: 'De vraag kwam pas na maanden contact: aanwezig zijn loont.',
    shared: true,
  },
];
