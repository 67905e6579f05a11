import {
  DomainCode,
  Leerrapport,
  LeerrapportCriterion,
  LeerrapportFinding,
  LeerrapportStatus,
  PeerJudgement,
  RubricVersion,
} from '@labelklaar/domain';

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import {
  CONCEPT_MARK,
  coverPage,
  dataTable,
  factList,
  heading,
  houseDocument,
  notice,
  tableOfContents,
} from '../common/pdf/house-style';
import { longDay, shortDay } from '../exports/dossier-labels';

/** The label's judgement scale in Dutch, as the web app shows it. */
export const JUDGEMENT_NL: Record<PeerJudgement, string> = {
  meets: 'Voldoet',
  'partly-meets': 'Voldoet deels',
  'does-not-meet': 'Voldoet niet',
  'not-assessed': 'Niet beoordeeld',
};

export const LEERRAPPORT_STATUS_NL: Record<LeerrapportStatus, string> = {
  draft: 'Concept (nog niet uitgebracht)',
  hearing: 'Hoor en wederhoor',
  final: 'Definitief',
};

export interface LeerrapportDocumentInput {
  leerrapport: Leerrapport;
  rubric: Pick<RubricVersion, 'domains'>;
  generatedAt: Date;
  generatedOn: string;
}

const dayOf = (instant: string | null) => (instant ? longDay(instant.slice(0, 10)) : '–');

/** The leerrapport in the audit dossier's house style; anything not final is marked CONCEPT. */
export function leerrapportDocument(input: LeerrapportDocumentInput): TDocumentDefinitions {
  const { leerrapport } = input;
  return houseDocument(
    {
      title: 'Leerrapport',
      subject: leerrapport.roundTitle,
      organisation: leerrapport.organisationName,
      draft: leerrapport.status !== 'final',
      draftNote: 'nog niet definitief',
      generatedAt: input.generatedAt,
    },
    [
      ...cover(input),
      ...tableOfContents(),
      ...summary(leerrapport),
      ...input.rubric.domains.flatMap((domain) =>
        domainSection(
          domain.code,
          domain.title,
          leerrapport.criteria.filter((criterion) => criterion.domainCode === domain.code),
        ),
      ),
    ],
  );
}

function statusText(leerrapport: Leerrapport): string {
  if (leerrapport.status === 'hearing' && leerrapport.hearingEndsOn) {
    return `${LEERRAPPORT_STATUS_NL.hearing} tot en met ${longDay(leerrapport.hearingEndsOn)}`;
  }
  return LEERRAPPORT_STATUS_NL[leerrapport.status];
}

function stamp(leerrapport: Leerrapport): Content {
  if (leerrapport.status === 'final' && leerrapport.contentHash) {
    return notice(
      {
        stack: [
          { text: `Definitief sinds ${dayOf(leerrapport.finalisedAt)}`, bold: true },
          { text: 'inhoudshash (sha256)', style: ['muted', 'small'], margin: [0, 4, 0, 0] },
          { text: leerrapport.contentHash, style: 'hash' },
          {
            text: 'De hash is de sha256 van de vastgelegde bevindingen en reacties (hoor en wederhoor).',
            style: ['muted', 'small'],
            margin: [0, 4, 0, 0],
          },
        ],
      },
      'success',
    );
  }
  const why =
    leerrapport.status === 'hearing'
      ? 'De organisatie kan nog reageren op de bevindingen; daarna wordt het leerrapport definitief.'
      : 'Het leerrapport is nog niet uitgebracht door de leidende toetser; de inhoud kan nog veranderen.';
  return notice(
    {
      stack: [
        { text: `${CONCEPT_MARK} – nog niet definitief`, style: 'concept', fontSize: 13 },
        { text: why, margin: [0, 4, 0, 0] },
      ],
    },
    'danger',
  );
}

function cover(input: LeerrapportDocumentInput): Content[] {
  const { leerrapport } = input;
  const reviewers = leerrapport.overall.reviews
    .map(
      (r) =>
        `${r.reviewer.displayName} (${r.reviewerOrganisationName})${r.lead ? ', leidend' : ''}`,
    )
    .join('\n');
  return coverPage({
    kind: 'Leerrapport',
    title: leerrapport.roundTitle,
    subtitle: leerrapport.organisationName,
    facts: [
      { label: 'Organisatie', value: leerrapport.organisationName },
      { label: 'Ronde', value: leerrapport.roundTitle },
      { label: 'Toetsers', value: reviewers || '–' },
      { label: 'Status', value: statusText(leerrapport) },
      { label: 'Uitgebracht op', value: dayOf(leerrapport.issuedAt) },
      { label: 'Eindoordeel', value: JUDGEMENT_NL[leerrapport.overall.mergedJudgement] },
      { label: 'Gegenereerd op', value: longDay(input.generatedOn) },
    ],
    stamp: stamp(leerrapport),
  });
}

function summary(leerrapport: Leerrapport): Content[] {
  const counts = new Map<PeerJudgement, number>();
  leerrapport.criteria.forEach((c) =>
    counts.set(c.mergedJudgement, (counts.get(c.mergedJudgement) ?? 0) + 1),
  );
  return [
    heading('Samenvatting', 1),
    {
      text: `Eindoordeel: ${JUDGEMENT_NL[leerrapport.overall.mergedJudgement]}. Per criterium geldt het kritischste oordeel van de toetsers; "niet beoordeeld" telt alleen als niemand het criterium beoordeelde.`,
      margin: [0, 0, 0, 8],
    },
    dataTable(
      [
        { header: 'Oordeel', width: '*' },
        { header: 'Criteria', width: 60, alignment: 'right' },
      ],
      (Object.keys(JUDGEMENT_NL) as PeerJudgement[]).map((j) => [
        JUDGEMENT_NL[j],
        counts.get(j) ?? 0,
      ]),
    ),
    heading('Oordeel per toetser', 2),
    ...leerrapport.overall.reviews.flatMap((review): Content[] => [
      heading(`${review.reviewer.displayName} · ${review.reviewerOrganisationName}`, 3),
      factList([
        { label: 'Oordeel', value: JUDGEMENT_NL[review.judgement] },
        { label: 'Sterke punten', value: review.strengths || '–' },
        { label: 'Verbeterpunten', value: review.improvements || '–' },
      ]),
    ]),
    heading('Oordeel per criterium', 2),
    dataTable(
      [
        { header: 'Criterium', width: 55 },
        { header: 'Titel', width: '*' },
        { header: 'Oordeel', width: 90 },
        { header: 'Reacties', width: 50, alignment: 'right' },
      ],
      leerrapport.criteria.map((c) => [
        c.criterionCode,
        c.criterionTitle,
        JUDGEMENT_NL[c.mergedJudgement],
        c.findings.filter((f) => f.response !== null).length,
      ]),
    ),
  ];
}

function domainSection(
  code: DomainCode,
  title: string,
  criteria: LeerrapportCriterion[],
): Content[] {
  return [
    heading(`${code} · ${title}`, 1, { newPage: true }),
    ...criteria.flatMap((criterion): Content[] => [
      heading(`${criterion.criterionCode} – ${criterion.criterionTitle}`, 2),
      factList([{ label: 'Samengevoegd', value: JUDGEMENT_NL[criterion.mergedJudgement] }]),
      ...(criterion.findings.length === 0
        ? [{ text: 'Geen bevindingen.', style: 'muted' } as Content]
        : criterion.findings.flatMap(findingBlock)),
    ]),
  ];
}

function findingBlock(finding: LeerrapportFinding): Content[] {
  const response = finding.response;
  return [
    heading(`${finding.reviewer.displayName} · ${finding.reviewerOrganisationName}`, 3),
    factList([
      { label: 'Oordeel', value: JUDGEMENT_NL[finding.judgement] },
      { label: 'Bevinding', value: finding.finding || '–' },
      ...(finding.questions ? [{ label: 'Vragen', value: finding.questions }] : []),
      {
        label: 'Reactie organisatie',
        value: response
          ? `${response.text}\n(${response.respondedBy.displayName}, ${shortDay(response.respondedAt.slice(0, 10))})`
          : 'Geen reactie.',
      },
    ]),
  ];
}
