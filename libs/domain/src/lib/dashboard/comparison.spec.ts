import { compareRounds, criterionChange, type ComparisonSide } from './comparison';
import { criterion, evidence, response, rubric, smallRubric, TODAY } from './dashboard.fixtures';
import type { ReportResponse } from './round-report.types';

function side(
  id: string,
  responses: ReportResponse[],
  rubricVersion = smallRubric(),
): ComparisonSide {
  return {
    round: { id, title: `Ronde ${id}` },
    rubric: rubricVersion,
    responses,
    referenceDate: TODAY,
  };
}

describe('criterionChange', () => {
  it('calls a higher level improved and a lower one declined', () => {
    expect(criterionChange({ level: 2, status: 'gap' }, { level: 3, status: 'met' })).toBe(
      'improved',
    );
    expect(criterionChange({ level: 4, status: 'met' }, { level: 3, status: 'met' })).toBe(
      'declined',
    );
    expect(criterionChange({ level: 1, status: 'gap' }, { level: 1, status: 'gap' })).toBe(
      'unchanged',
    );
  });

  it('at the same level, looks at whether the criterion counts as met', () => {
    expect(
      criterionChange({ level: 3, status: 'evidence-missing' }, { level: 3, status: 'met' }),
    ).toBe('improved');
    expect(
      criterionChange({ level: 3, status: 'met' }, { level: 3, status: 'evidence-expired' }),
    ).toBe('declined');
  });

  it('treats not scored and not applicable as no level', () => {
    expect(
      criterionChange({ level: null, status: 'not-scored' }, { level: 1, status: 'gap' }),
    ).toBe('improved');
    expect(
      criterionChange(
        { level: null, status: 'not-applicable' },
        { level: null, status: 'not-scored' },
      ),
    ).toBe('unchanged');
  });

  it('calls a criterion only in the later round added and only in the earlier one removed', () => {
    expect(criterionChange(null, { level: 1, status: 'gap' })).toBe('added');
    expect(criterionChange({ level: 1, status: 'gap' }, null)).toBe('removed');
  });
});

describe('compareRounds', () => {
  it('compares criterion by criterion with the rationale of each round', () => {
    const comparison = compareRounds(
      side('2025', [
        response('OPD-01', { level: 2, rationale: 'Nog niet vastgelegd.' }),
        response('OPD-02', { level: 3 }),
        response('VAK-01', { level: 3 }),
      ]),
      side('2026', [
        response('OPD-01', { level: 3, rationale: 'Nu vastgelegd in het beleidsplan.' }),
        response('OPD-02', {
          notApplicable: true,
          level: null,
          rationale: '',
          notApplicableReason: 'Geen aanbod.',
        }),
        response('VAK-01', { level: 3 }),
      ]),
    );
    expect(comparison.from).toEqual({ id: '2025', title: 'Ronde 2025' });
    expect(comparison.to).toEqual({ id: '2026', title: 'Ronde 2026' });
    expect(comparison.criteria).toEqual([
      {
        code: 'OPD-01',
        title: 'Title OPD-01',
        domainCode: 'OPD',
        change: 'improved',
        before: { level: 2, status: 'gap', rationale: 'Nog niet vastgelegd.' },
        after: { level: 3, status: 'met', rationale: 'Nu vastgelegd in het beleidsplan.' },
      },
      expect.objectContaining({
        code: 'OPD-02',
        change: 'declined',
        after: { level: null, status: 'not-applicable', rationale: 'Geen aanbod.' },
      }),
      expect.objectContaining({ code: 'VAK-01', change: 'unchanged' }),
    ]);
    expect(comparison.counts).toEqual({
      improved: 1,
      declined: 1,
      unchanged: 1,
      added: 0,
      removed: 0,
    });
  });

  it('matches rounds on different rubric versions by criterion code', () => {
    const newer = rubric([
      { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-03')] },
      { code: 'VAK', criteria: [criterion('VAK-01')] },
    ]);
    const comparison = compareRounds(
      side('old', [response('OPD-01'), response('OPD-02'), response('VAK-01')]),
      side('new', [response('OPD-01'), response('OPD-03')], newer),
    );
    expect(comparison.criteria.map((row) => [row.code, row.change])).toEqual([
      ['OPD-01', 'unchanged'],
      ['OPD-03', 'added'],
      ['VAK-01', 'declined'],
      ['OPD-02', 'removed'],
    ]);
    expect(comparison.criteria.find((row) => row.code === 'OPD-03')?.before).toBeNull();
    expect(comparison.criteria.find((row) => row.code === 'OPD-02')?.after).toBeNull();
    expect(comparison.counts).toEqual({
      improved: 0,
      declined: 1,
      unchanged: 1,
      added: 1,
      removed: 1,
    });
  });

  it('judges evidence on each round’s own reference day', () => {
    const responses = [response('OPD-01', { evidence: [evidence('ev', '2026-04-01')] })];
    const comparison = compareRounds(side('a', responses), {
      ...side('b', responses),
      referenceDate: '2026-05-01',
    });
    expect(comparison.criteria[0]).toMatchObject({
      change: 'declined',
      before: { status: 'met' },
      after: { status: 'evidence-expired' },
    });
  });
});
