import { computeReadiness } from '../readiness/readiness';
import { evidence, response, smallRubric, TODAY } from './dashboard.fixtures';
import { toAssessments } from './round-report';
import { buildTrend, roundReferenceDate, type TrendRoundInput } from './trend';

function trendRound(
  id: string,
  overrides: Partial<TrendRoundInput['round']>,
  levels: [number, number, number],
  referenceDate = TODAY,
): TrendRoundInput {
  const responses = [
    response('OPD-01', { level: levels[0] }),
    response('OPD-02', { level: levels[1] }),
    response('VAK-01', { level: levels[2] }),
  ];
  return {
    round: {
      id,
      title: `Ronde ${id}`,
      status: 'submitted',
      targetDate: '2025-06-30',
      submittedAt: '2025-06-01T10:00:00.000Z',
      createdAt: '2025-01-01T10:00:00.000Z',
      ...overrides,
    },
    rubric: smallRubric(),
    assessments: toAssessments(responses),
    referenceDate,
  };
}

describe('buildTrend', () => {
  it('orders rounds oldest first by target date, then by creation', () => {
    const trend = buildTrend([
      trendRound('c', { targetDate: '2027-06-30', status: 'draft', submittedAt: null }, [3, 3, 3]),
      trendRound(
        'b',
        { targetDate: '2026-06-30', createdAt: '2026-01-02T00:00:00.000Z' },
        [3, 1, 1],
      ),
      trendRound(
        'a',
        { targetDate: '2026-06-30', createdAt: '2026-01-01T00:00:00.000Z' },
        [1, 1, 1],
      ),
    ]);
    expect(trend.rounds.map((point) => point.roundId)).toEqual(['a', 'b', 'c']);
  });

  it('gives overall and per-domain readiness of each round, as the readiness rules compute it', () => {
    const input = trendRound('a', {}, [3, 1, 1]);
    const [point] = buildTrend([input]).rounds;
    const readiness = computeReadiness(input.rubric, input.assessments, TODAY);
    expect(point).toEqual({
      roundId: 'a',
      title: 'Ronde a',
      status: 'submitted',
      targetDate: '2025-06-30',
      submittedAt: '2025-06-01T10:00:00.000Z',
      overall: readiness.overall.score,
      domains: [
        { code: 'OPD', title: 'Domain OPD', score: 75 },
        { code: 'VAK', title: 'Domain VAK', score: 0 },
      ],
    });
    expect(point.overall).toBe(50);
  });

  it('measures each round on its own reference day', () => {
    const expiring = trendRound('a', {}, [3, 3, 3], '2025-06-01');
    expiring.assessments = toAssessments([
      response('OPD-01', { evidence: [evidence('ev', '2025-12-31')] }),
      response('OPD-02'),
      response('VAK-01'),
    ]);
    expect(buildTrend([expiring]).rounds[0].overall).toBe(100);
    expect(buildTrend([{ ...expiring, referenceDate: '2026-01-01' }]).rounds[0].overall).toBe(50);
  });

  it('is empty for an organisation without rounds', () => {
    expect(buildTrend([])).toEqual({ rounds: [] });
  });
});

describe('roundReferenceDate', () => {
  it('is today for a draft', () => {
    expect(roundReferenceDate({ submittedAt: null }, TODAY)).toBe(TODAY);
  });

  it('is the day of submission in Amsterdam for a submitted round', () => {
    // 23:30 UTC on 31 May is already 1 June in Amsterdam (summer time, UTC+2).
    expect(roundReferenceDate({ submittedAt: '2025-05-31T23:30:00.000Z' }, TODAY)).toBe(
      '2025-06-01',
    );
    expect(roundReferenceDate({ submittedAt: new Date('2025-05-31T21:30:00.000Z') }, TODAY)).toBe(
      '2025-05-31',
    );
  });
});
