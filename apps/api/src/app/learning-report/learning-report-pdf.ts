import { AuthoredAggregate, LearningReport, NO_MODEL_KEY } from '@labelklaar/domain';

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import { coverPage, dataTable, heading, houseDocument, notice } from '../common/pdf/house-style';
import { longDay } from '../exports/dossier-labels';

/** The title the report carries as a document and as evidence. */
export function learningReportTitle(report: Pick<LearningReport, 'period'>): string {
  return `Verslag professionele besluitvorming en leren ${report.period.label}`;
}

const DILEMMA_NL: Record<string, string> = {
  'who-steers': 'Wie stuurt: cliënt of professional',
  'intervene-or-let-go': 'Ingrijpen of loslaten',
  'self-determination-or-safety': 'Zelfbeschikking of veiligheid',
  'rule-or-exception': 'Regel volgen of uitzondering maken',
  'continue-or-stop': 'Doorgaan of stoppen',
  'our-task-or-others': 'Onze taak of die van een ander',
};

const DECISION_KIND_NL: Record<string, string> = {
  'choose-intervention': 'Een interventie kiezen',
  'start-support': 'Ondersteuning starten',
  'close-trajectory': 'Een traject afsluiten',
  'refer-elsewhere': 'Doorverwijzen',
  'involve-network': 'Het netwerk betrekken',
  'safety-step': 'Een stap voor veiligheid',
  'rule-exception': 'Een uitzondering op de regel',
  other: 'Anders',
};

const SESSION_TYPE_NL: Record<string, string> = {
  casuistiekbespreking: 'Casuïstiekbespreking',
  intervisie: 'Intervisie',
  'moreel-beraad': 'Moreel beraad',
  leerkring: 'Leerkring',
  'inhoudelijk-teamoverleg': 'Inhoudelijk teamoverleg',
};

const ACTION_STATUS_NL: Record<string, string> = {
  open: 'Open',
  'in-progress': 'Bezig',
  done: 'Afgerond',
  cancelled: 'Vervallen',
};

export interface LearningReportDocumentInput {
  report: LearningReport;
  organisation: string;
  generatedAt: Date;
  generatedOn: string;
  /** Decision model names by id; an id without a name is shown as it is. */
  modelNames: ReadonlyMap<string, string>;
}

/** An aggregate as a table, or the notice that it rests on too few authors to show. */
function aggregateBlock(
  aggregate: AuthoredAggregate,
  minAuthors: number,
  label: (key: string) => string,
  keyHeader: string,
): Content[] {
  if (!aggregate.isShown) {
    return [
      notice(
        `Niet getoond: minder dan ${minAuthors} auteurs. Zo blijft onherkenbaar wie wat schreef.`,
      ),
    ];
  }
  const hidden =
    aggregate.hiddenBuckets > 0
      ? [
          {
            text: `${aggregate.hiddenBuckets} categorie(ën) niet getoond: minder dan ${minAuthors} auteurs.`,
            style: 'muted',
          } as Content,
        ]
      : [];
  return [
    dataTable(
      [
        { header: keyHeader, width: '*' },
        { header: 'Aantal', width: 60, alignment: 'right' },
      ],
      aggregate.buckets.map((bucket) => [label(bucket.key), bucket.count]),
    ),
    ...hidden,
  ];
}

function reflectionsPart(
  report: LearningReport,
  modelNames: ReadonlyMap<string, string>,
): Content[] {
  const modelLabel = (key: string) =>
    key === NO_MODEL_KEY ? 'Zonder beslismodel' : (modelNames.get(key) ?? key);
  const { reflections, minAuthors } = report;
  return [
    heading('Besluitreflecties', 1),
    {
      text: `Alleen aantallen; geen tekst van een reflectie. Een aantal van minder dan ${minAuthors} auteurs wordt niet getoond.`,
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    heading('Per beslismodel', 2),
    ...aggregateBlock(reflections.byModel, minAuthors, modelLabel, 'Beslismodel'),
    heading('Per dilemma', 2),
    ...aggregateBlock(
      reflections.byDilemma,
      minAuthors,
      (key) => DILEMMA_NL[key] ?? key,
      'Dilemma',
    ),
    heading('Per soort besluit', 2),
    ...aggregateBlock(
      reflections.byDecisionKind,
      minAuthors,
      (key) => DECISION_KIND_NL[key] ?? key,
      'Soort besluit',
    ),
  ];
}

function teamLearningPart(report: LearningReport): Content[] {
  const { sessions, agreements, checkIns, actions, minAuthors } = report;
  return [
    heading('Teambijeenkomsten', 1),
    dataTable(
      [
        { header: 'Soort', width: '*' },
        { header: 'Aantal', width: 60, alignment: 'right' },
        { header: 'Aanwezigen', width: 80, alignment: 'right' },
      ],
      [
        ...sessions.byType.map((row) => [
          SESSION_TYPE_NL[row.sessionType] ?? row.sessionType,
          row.count,
          row.totalPresent,
        ]),
        ['Totaal', sessions.total, sessions.totalPresent],
      ],
    ),
    heading('Teamafspraken', 1),
    dataTable(
      [
        { header: 'Afspraken', width: '*' },
        { header: 'Aantal', width: 60, alignment: 'right' },
      ],
      [
        ['Gemaakt in de periode', agreements.made],
        ['Herzien in de periode', agreements.reviewed],
      ],
    ),
    heading('Prikkelende vragen (check-ins)', 1),
    ...aggregateBlock(checkIns.byPeriod, minAuthors, (key) => key, 'Periode'),
    heading('Verbeteracties uit het leren', 1),
    dataTable(
      [
        { header: 'Criterium', width: 60 },
        { header: 'Verbeteractie', width: '*' },
        { header: 'Status', width: 70 },
        { header: 'Streefdatum', width: 80 },
      ],
      actions.items.map((action) => [
        action.criterionCode,
        action.title,
        ACTION_STATUS_NL[action.status] ?? action.status,
        action.dueDate ? longDay(action.dueDate) : '–',
      ]),
      'Geen verbeteracties uit check-ins in deze periode.',
    ),
  ];
}

/** The learning report of a period in the audit dossier's house style. */
export function learningReportDocument(input: LearningReportDocumentInput): TDocumentDefinitions {
  const { report } = input;
  const title = learningReportTitle(report);
  const scope = report.scope.kind === 'team' ? `Team ${report.scope.teamName}` : 'Hele organisatie';
  return houseDocument(
    {
      title: 'Verslag professionele besluitvorming en leren',
      subject: report.period.label,
      organisation: input.organisation,
      draft: false,
      generatedAt: input.generatedAt,
    },
    [
      ...coverPage({
        kind: 'Vakmanschap',
        title,
        subtitle: input.organisation,
        facts: [
          { label: 'Voor', value: scope },
          {
            label: 'Periode',
            value: `${longDay(report.period.from)} t/m ${longDay(report.period.to)}`,
          },
          { label: 'Gemaakt op', value: longDay(input.generatedOn) },
        ],
        stamp: notice(
          'Dit verslag telt reflecties, bijeenkomsten, afspraken en check-ins. Het bevat geen tekst die iemand schreef en geen gegevens van cliënten.',
        ),
      }),
      ...reflectionsPart(report, input.modelNames),
      ...teamLearningPart(report),
    ],
  );
}
