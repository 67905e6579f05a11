import fc from 'fast-check';

import {
  DECISION_SITUATIONS,
  type DecisionModelSummary,
  type DecisionSituation,
} from './decision-model.types';
import {
  chooserComplete,
  NO_CHOOSER_ANSWERS,
  situationsFor,
  suggestModels,
  type ModelChooserAnswers,
} from './model-chooser';

const model = (id: string, situations: DecisionSituation[]): DecisionModelSummary => ({
  id,
  version: '1.0.0',
  name: id,
  summary: id,
  situations,
  timing: 'both',
  owner: 'label',
  source: { title: 'Bron', publisher: 'Uitgever' },
});

const LIBRARY = [
  model('beslissende-professional', ['reflecting-afterwards']),
  model('evidence-based-practice', ['choosing-intervention']),
  model('omgekeerde-toets', ['rules-block-need']),
];
const ids = (answers: Partial<ModelChooserAnswers>, library = LIBRARY) =>
  suggestModels({ ...NO_CHOOSER_ANSWERS, ...answers }, library).map((s) => s.model.id);

describe('the model chooser', () => {
  it('suggests evidence-based practice when choosing an intervention', () => {
    expect(ids({ moment: 'before', choosingIntervention: true, rulesInTheWay: false })).toEqual([
      'evidence-based-practice',
    ]);
  });

  it('suggests the reverse test when rules seem to block what a resident needs', () => {
    expect(ids({ moment: 'before', choosingIntervention: false, rulesInTheWay: true })).toEqual([
      'omgekeerde-toets',
    ]);
  });

  it('suggests the deciding professional when reflecting afterwards, before anything else', () => {
    expect(
      ids({ moment: 'afterwards', choosingIntervention: false, rulesInTheWay: false }),
    ).toEqual(['beslissende-professional']);
    expect(ids({ moment: 'afterwards', choosingIntervention: true, rulesInTheWay: true })).toEqual([
      'beslissende-professional',
      'omgekeerde-toets',
      'evidence-based-practice',
    ]);
  });

  it('suggests nothing when no situation applies, or when no available model suits it', () => {
    expect(ids({ moment: 'before', choosingIntervention: false, rulesInTheWay: false })).toEqual(
      [],
    );
    expect(ids({})).toEqual([]);
    expect(ids({ rulesInTheWay: true }, LIBRARY.slice(0, 2))).toEqual([]);
  });

  it('knows when every question is answered', () => {
    expect(chooserComplete(NO_CHOOSER_ANSWERS)).toBe(false);
    expect(
      chooserComplete({ moment: 'before', choosingIntervention: false, rulesInTheWay: false }),
    ).toBe(true);
  });

  it('only ever suggests models it was given, each once, each suiting a situation of the answers', () => {
    const answers = fc.record({
      moment: fc.constantFrom('before' as const, 'afterwards' as const, null),
      choosingIntervention: fc.constantFrom(true, false, null),
      rulesInTheWay: fc.constantFrom(true, false, null),
    });
    const library = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,8}$/),
        situations: fc.subarray([...DECISION_SITUATIONS]),
      }),
      { selector: (entry) => entry.id, maxLength: 6 },
    );
    fc.assert(
      fc.property(answers, library, (given, entries) => {
        const available = entries.map((entry) => model(entry.id, entry.situations));
        const suggested = suggestModels(given, available);
        const asked = situationsFor(given);
        expect(suggested.every((s) => available.includes(s.model))).toBe(true);
        expect(new Set(suggested.map((s) => s.model.id)).size).toBe(suggested.length);
        expect(suggested.every((s) => asked.includes(s.situation))).toBe(true);
        expect(suggested.every((s) => s.model.situations.includes(s.situation))).toBe(true);
      }),
    );
  });
});
