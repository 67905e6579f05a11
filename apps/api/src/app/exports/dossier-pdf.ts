import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import {
  CONCEPT_MARK,
  coverPage,
  houseDocument,
  notice,
  tableOfContents,
} from '../common/pdf/house-style';
import { longDay, ROUTE_NL } from './dossier-labels';
import { domainSection } from './dossier-pdf-criteria';
import { overview } from './dossier-pdf-overview';
import { internalAppendix } from './dossier-pdf-summary';
import { DossierData, DossierOptions, isDraft, WITH_INTERNAL } from './dossier.model';

/**
 * The audit dossier of a round, in the label's words: the self-evaluation (cover, contents, an
 * overview, then every domain and criterion with level, toelichting, evidence and actions), and
 * the internal appendix with the readiness figures unless the quality officer leaves it out.
 */
export function dossierDocument(
  data: DossierData,
  options: DossierOptions = WITH_INTERNAL,
): TDocumentDefinitions {
  return houseDocument(
    {
      title: 'Zelfevaluatie',
      subject: data.round.title,
      organisation: data.organisation.name,
      draft: isDraft(data),
      generatedAt: data.generatedAt,
    },
    [
      ...cover(data),
      ...tableOfContents(),
      ...overview(data),
      ...data.domains.flatMap((domain) => domainSection(data, domain)),
      ...(options.internal ? internalAppendix(data) : []),
    ],
  );
}

/** "Ingediend op … · inhoudshash …", or the concept notice. */
export function statusLine(data: DossierData): string {
  const { round } = data;
  if (round.status !== 'draft' && round.submittedAt && round.contentHash) {
    return `Ingediend op ${longDay(round.submittedAt.slice(0, 10))} · inhoudshash ${round.contentHash}`;
  }
  return `${CONCEPT_MARK} – niet ingediend; de inhoud kan nog veranderen`;
}

/** "Vastgesteld door A. de Vries, directeur-bestuurder, op 3 december 2026", or that it is not. */
export function signOffLine(data: DossierData): string {
  const signOff = data.round.signOff;
  return signOff
    ? `Vastgesteld door ${signOff.name}, ${signOff.function}, op ${longDay(signOff.date)}`
    : 'Nog niet vastgesteld door een manager';
}

function cover(data: DossierData): Content[] {
  const { round } = data;
  const submitted = round.status !== 'draft' && round.contentHash !== null;
  const stamp: Content = submitted
    ? notice(
        {
          stack: [
            {
              text: `Ingediend op ${longDay((round.submittedAt ?? '').slice(0, 10))}`,
              bold: true,
            },
            { text: 'inhoudshash (sha256)', style: ['muted', 'small'], margin: [0, 4, 0, 0] },
            { text: round.contentHash ?? '', style: 'hash' },
            {
              text: 'De hash is de sha256 van de vastgelegde inhoud van de ronde; zo is te controleren dat dit dossier bij de ingediende ronde hoort.',
              style: ['muted', 'small'],
              margin: [0, 4, 0, 0],
            },
          ],
        },
        'success',
      )
    : notice(
        {
          stack: [
            { text: `${CONCEPT_MARK} – niet ingediend`, style: 'concept', fontSize: 13 },
            {
              text: 'Deze ronde is nog niet ingediend. De inhoud kan nog veranderen en heeft geen inhoudshash.',
              margin: [0, 4, 0, 0],
            },
          ],
        },
        'danger',
      );
  return coverPage({
    kind: 'Auditdossier · zelfevaluatie',
    title: round.title,
    subtitle: data.organisation.name,
    facts: [
      { label: 'Organisatie', value: data.organisation.name },
      {
        label: 'Normenkader',
        value: `${data.rubricTitle} (${round.rubricId}, versie ${round.rubricVersion})`,
      },
      { label: 'Ronde', value: round.title },
      { label: 'Route', value: ROUTE_NL[round.route] },
      { label: 'Streefdatum', value: longDay(round.targetDate) },
      { label: 'Gegenereerd op', value: longDay(data.generatedOn) },
      { label: 'Vastgesteld', value: signOffLine(data) },
      { label: 'Status', value: statusLine(data) },
    ],
    stamp,
  });
}
