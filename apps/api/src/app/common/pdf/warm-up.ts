import type { TDocumentDefinitions } from 'pdfmake/interfaces';

import {
  dataTable,
  factList,
  flexiblePage,
  heading,
  houseDocument,
  notice,
  tableOfContents,
} from './house-style';

const META = {
  title: 'Proefdocument',
  subject: 'Opwarmen',
  organisation: 'Labelklaar',
  draft: true,
};

/** A word wider than the column: only hyphenation sets it. */
const LONG_WORD =
  'samenwerkingsovereenkomstenonderhandelingsresultatenregistratiesysteemontwikkelingsprogramma';

const PARAGRAPH =
  'De kwaliteitsmedewerker beschrijft hoe de organisatie de samenwerkingsovereenkomst met de gemeente uitvoert, en welke verbeteracties daaruit volgen.';

/**
 * Small documents in the house style that touch what a first dossier would open: the fonts in
 * every style, the Dutch hyphenation patterns, tables, the table of contents, a flexible page
 * break, and text in the other scripts with their fonts. One step each.
 */
export function warmUpDocuments(generatedAt = new Date()): TDocumentDefinitions[] {
  return [
    houseDocument({ ...META, generatedAt }, [
      ...tableOfContents(),
      heading('Opwarmen', 1),
      {
        text: [PARAGRAPH, ' ', { text: 'vet', bold: true }, ' ', { text: 'schuin', italics: true }],
      },
      { text: `Zie de ${LONG_WORD}.`, margin: [0, 4, 0, 0] },
      factList([{ label: 'Niveau', value: '3 van 4' }]),
      notice({ text: 'Toelichting', bold: true, italics: true }, 'success'),
      ...flexiblePage('opwarmen', [
        heading('Verbeteracties', 2),
        dataTable(
          [
            { header: 'Actie', width: '*' },
            { header: 'Uiterlijk', width: 70, alignment: 'right' },
          ],
          [[PARAGRAPH, '1 maart 2027']],
        ),
      ]),
      { text: 'a3f1c2', style: 'hash' },
    ]),
    houseDocument({ ...META, draft: false, generatedAt }, [
      { text: 'Ayşe Yılmaz, Łukasz Nowak, שרה כהן, فاطمة الزهراء 🙂' },
    ]),
  ];
}
