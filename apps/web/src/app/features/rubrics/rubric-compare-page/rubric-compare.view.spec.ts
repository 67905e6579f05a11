import { RubricComparison } from '../data-access/rubric-library-api.service';
import { fieldLabel, formatValue, toComparisonView, Translate } from './rubric-compare.view';

const LABELS: Record<string, string> = {
  'rubrics.compare.fields.title': 'Titel',
  'rubrics.compare.fields.scale.descriptor': 'Niveau {{ level }}: omschrijving',
  'rubrics.compare.fields.scale.whole': 'Niveau {{ level }}',
  'rubrics.compare.fields.english': 'Engels: {{ field }}',
  'rubrics.compare.fields.domain': 'Domein {{ code }}: {{ field }}',
  'common.yes': 'Ja',
  'common.no': 'Nee',
};
const t: Translate = (key, params = {}) =>
  Object.entries(params).reduce(
    (text, [name, value]) => text.replace(`{{ ${name} }}`, String(value)),
    LABELS[key] ?? key,
  );

describe('comparing two rubric versions', () => {
  it.each([
    ['title', 'Titel'],
    ['maturityScale[2].descriptor', 'Niveau 3: omschrijving'],
    ['maturityScale[4]', 'Niveau 5'],
    ['en.maturityScale[0].descriptor', 'Engels: Niveau 1: omschrijving'],
    ['en.title', 'Engels: Titel'],
    ['domains[VAK].title', 'Domein VAK: Titel'],
    ['somethingNew', 'somethingNew'],
  ])('labels the path %s as "%s"', (path, label) => {
    expect(fieldLabel(path, t)).toBe(label);
  });

  it.each<[unknown, string]>([
    [undefined, '–'],
    [true, 'Ja'],
    [['een', 'twee'], 'een\ntwee'],
    [[], '–'],
    [{ level: 2, name: 'Groeiend', descriptor: 'Soms' }, '2 · Groeiend · Soms'],
    [3, '3'],
  ])('shows %j as %j', (value, text) => {
    expect(formatValue(value, t)).toBe(text);
  });

  it('keeps criteria changed only in English apart, and names who continues what', () => {
    const comparison: RubricComparison = {
      from: '1.0.0',
      to: '1.1.0',
      added: [{ code: 'VAK-09', title: 'Teamafspraken', domain: 'VAK' }],
      removed: [{ code: 'VAK-07', title: 'Vernieuwen', domain: 'VAK' }],
      changed: [
        {
          code: 'OPD-03',
          title: 'Dialoog',
          domain: 'OPD',
          fields: [
            { path: 'title', from: 'Oud', to: 'Nieuw' },
            { path: 'en.title', from: undefined, to: 'New' },
          ],
        },
        {
          code: 'OPD-01',
          title: 'Opdracht',
          domain: 'OPD',
          fields: [{ path: 'en.title', from: undefined, to: 'Assignment' }],
        },
      ],
      unchanged: [],
      meta: [],
      mapping: {
        entries: [
          { code: 'OPD-03', previousCodes: ['OPD-03'], kind: 'reworded' },
          { code: 'VAK-09', previousCodes: ['VAK-03'], kind: 'split' },
          { code: 'IMP-05', previousCodes: ['IMP-05', 'VAK-07'], kind: 'merged' },
          { code: 'OPD-01', previousCodes: ['OPD-01'], kind: 'unchanged' },
        ],
        dropped: [],
      },
    };
    const view = toComparisonView(comparison, t);
    expect(view.changed.map((row) => [row.code, row.kind, row.fields.length])).toEqual([
      ['OPD-03', 'reworded', 1],
    ]);
    expect(view.changed[0].englishFields).toEqual([
      { label: 'Engels: Titel', from: '–', to: 'New' },
    ]);
    expect(view.englishOnly.map((row) => row.code)).toEqual(['OPD-01']);
    expect(view.added[0]).toEqual(expect.objectContaining({ kind: 'split', related: ['VAK-03'] }));
    expect(view.removed[0].related).toEqual(['IMP-05']);
    expect(view.mapping.map((entry) => entry.code)).toEqual(['OPD-03', 'VAK-09', 'IMP-05']);
  });
});
