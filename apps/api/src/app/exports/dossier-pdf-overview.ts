import type { Content } from 'pdfmake/interfaces';

import { dataTable, heading } from '../common/pdf/house-style';
import { DossierCriterion, DossierData } from './dossier.model';

/** "3 van 5", "n.v.t." or "–": the level the organisation gives itself, on the criterion's scale. */
function levelCell({ figures, response }: DossierCriterion): string {
  if (response?.notApplicable) {
    return 'n.v.t.';
  }
  return figures.level === null ? '–' : `${figures.level} van ${figures.maxLevel}`;
}

/**
 * The self-evaluation at a glance, in the label's terms: per criterion the level the
 * organisation gives itself and how much evidence and how many actions support it. No
 * readiness figures: those are the organisation's own, in the internal appendix.
 */
export function overview(data: DossierData): Content[] {
  const criteria = data.domains.flatMap((domain) => domain.criteria);
  return [
    heading('Zelfevaluatie in het kort', 1),
    {
      text: `${data.organisation.name} beoordeelt zichzelf op de ${criteria.length} criteria van ${data.rubricTitle}. Per criterium volgen het niveau waarop de organisatie zich plaatst, de toelichting, het bewijs en de verbeteracties.`,
      margin: [0, 0, 0, 10],
    },
    dataTable(
      [
        { header: 'Code', width: 45 },
        { header: 'Criterium', width: '*' },
        { header: 'Niveau', width: 50, alignment: 'right' },
        { header: 'Bewijsstukken', width: 65, alignment: 'right' },
        { header: 'Verbeteracties', width: 65, alignment: 'right' },
      ],
      criteria.map((criterion) => [
        criterion.figures.code,
        criterion.figures.title,
        levelCell(criterion),
        criterion.response?.evidence.length ?? 0,
        criterion.actions.length,
      ]),
    ),
  ];
}
