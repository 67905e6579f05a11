import { LearningRecordKind } from '@labelklaar/domain';

import { DemoTeam } from './demo-year.data';

/** Learning with clients and other organisations in the demo year: anonymised, per team or for all. */
export const DEMO_LEARNING_RECORDS: {
  /** Null: the organisation as a whole (recorded by the quality officer). */
  team: DemoTeam | null;
  kind: LearningRecordKind;
  daysAgo: number;
  counterpart: string;
  asked: string;
  learned: string;
  outcome: string;
}[] = [
  {
    team: null,
    kind: 'client-council',
    daysAgo: 290,
    counterpart: 'De cliëntenraad',
    asked: 'Hoe ervaren bewoners het afsluiten van een ondersteuningstraject?',
    learned: 'Bewoners willen weten bij wie ze na het afsluiten terechtkunnen.',
    outcome: 'In elk afsluitgesprek noemen we een vast aanspreekpunt in de wijk.',
  },
  {
    team: 'Wijkteam Noord',
    kind: 'client-conversations',
    daysAgo: 160,
    counterpart: 'Bewoners van de buurtkamer',
    asked: 'Wat maakt het makkelijker om hulp te vragen?',
    learned: 'Een vast inloopmoment zonder afspraak verlaagt de drempel.',
    outcome: 'Sinds de zomer een wekelijks inloopuur in de buurtkamer.',
  },
  {
    team: 'Jongerenwerk',
    kind: 'client-survey',
    daysAgo: 110,
    counterpart: 'Jongeren van het jongerencentrum',
    asked: 'Korte peiling: wat willen jongeren van het centrum?',
    learned: 'Jongeren willen meer meedenken over de activiteiten.',
    outcome: 'Een jongerenpanel kiest elk kwartaal twee activiteiten.',
  },
  {
    team: 'Jongerenwerk',
    kind: 'organisation-exchange',
    daysAgo: 70,
    counterpart: 'Jongerenwerk van een buurgemeente',
    asked: 'Hoe houden zij contact met jongeren na een doorverwijzing?',
    learned: 'Zij lopen mee naar de eerste afspraak en bellen een week later na.',
    outcome: 'We hebben dit overgenomen; het staat in onze teamafspraken.',
  },
  {
    team: null,
    kind: 'organisation-exchange',
    daysAgo: 35,
    counterpart: 'Stichting Buurtkracht',
    asked: 'Hoe organiseren zij moreel beraad in hun teams?',
    learned: 'Een vaste, getrainde gespreksleider maakt het gesprek veiliger.',
    outcome: 'Twee collega’s volgen de training tot gespreksleider.',
  },
];
