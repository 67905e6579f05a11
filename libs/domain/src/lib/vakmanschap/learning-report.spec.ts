import { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  assembleLearningReport,
  assertLearningReportPeriod,
  assertVakmanschapCriteria,
  checkInPeriodKeysOf,
  LearningReportFacts,
  learningReportPeriodLabel,
  learningReportRefusal,
} from './learning-report';

const empty: LearningReportFacts = {
  scope: { kind: 'organisation' },
  from: '2026-01-01',
  to: '2026-03-31',
  reflections: [],
  sessions: [],
  agreementVersions: [],
  checkIns: [],
  actions: [],
};

const reflection = (authorId: string, modelId: string | null = 'omgekeerde-toets') => ({
  authorId,
  modelId,
  dilemmas: ['who-steers'],
  decisionKind: 'close-trajectory',
});

describe('assembleLearningReport', () => {
  it('hides the reflections of fewer than three authors, whatever their number', () => {
    const report = assembleLearningReport({
      ...empty,
      reflections: [reflection('a'), reflection('a'), reflection('b'), reflection('b')],
    });
    expect(report.reflections.byModel).toEqual({
      isShown: false,
      total: null,
      buckets: [],
      hiddenBuckets: 0,
    });
    expect(report.reflections.byDilemma.isShown).toBe(false);
    expect(report.reflections.byDecisionKind.isShown).toBe(false);
  });

  it('counts reflections by model, dilemma and kind once three authors wrote them', () => {
    const report = assembleLearningReport({
      ...empty,
      reflections: [reflection('a'), reflection('b'), reflection('c'), reflection('c', null)],
    });
    expect(report.reflections.byModel).toEqual({
      isShown: true,
      total: 4,
      buckets: [{ key: 'omgekeerde-toets', count: 3 }],
      hiddenBuckets: 1,
    });
    expect(report.reflections.byDilemma.buckets).toEqual([{ key: 'who-steers', count: 4 }]);
    expect(report.reflections.byDecisionKind.buckets).toEqual([
      { key: 'close-trajectory', count: 4 },
    ]);
  });

  it('sums sessions by type and attendance, every type listed', () => {
    const report = assembleLearningReport({
      ...empty,
      sessions: [
        { sessionType: 'intervisie', presentCount: 6 },
        { sessionType: 'intervisie', presentCount: 4 },
        { sessionType: 'moreel-beraad', presentCount: 9 },
      ],
    });
    expect(report.sessions.total).toBe(3);
    expect(report.sessions.totalPresent).toBe(19);
    expect(report.sessions.byType).toHaveLength(5);
    expect(report.sessions.byType).toContainEqual({
      sessionType: 'intervisie',
      count: 2,
      totalPresent: 10,
    });
    expect(report.sessions.byType).toContainEqual({
      sessionType: 'leerkring',
      count: 0,
      totalPresent: 0,
    });
  });

  it('tells agreements made from agreements reviewed', () => {
    const report = assembleLearningReport({
      ...empty,
      agreementVersions: [
        { agreementId: 'x', version: 1 },
        { agreementId: 'x', version: 2 },
        { agreementId: 'y', version: 1 },
        { agreementId: 'z', version: 3 },
      ],
    });
    expect(report.agreements).toEqual({ made: 2, reviewed: 2 });
  });

  it('counts check-ins per period of the report only, and only with three authors', () => {
    const report = assembleLearningReport({
      ...empty,
      checkIns: [
        { authorId: 'a', periodKey: '2026-Q1' },
        { authorId: 'b', periodKey: '2026-Q1' },
        { authorId: 'c', periodKey: '2026-Q1' },
        { authorId: 'a', periodKey: '2026-02' },
        { authorId: 'd', periodKey: '2026-Q2' },
      ],
    });
    expect(report.checkIns.byPeriod).toEqual({
      isShown: true,
      total: 4,
      buckets: [{ key: '2026-Q1', count: 3 }],
      hiddenBuckets: 1,
    });
  });

  it('lists the actions from learning with a count per status', () => {
    const report = assembleLearningReport({
      ...empty,
      actions: [
        {
          id: '1',
          roundId: 'r',
          criterionCode: 'VAK-02',
          title: 'Casusoverleg elke maand',
          status: 'done',
          dueDate: null,
          question: 'not-yet-well',
        },
      ],
    });
    expect(report.actions.total).toBe(1);
    expect(report.actions.byStatus).toEqual([
      { status: 'open', count: 0 },
      { status: 'in-progress', count: 0 },
      { status: 'done', count: 1 },
      { status: 'cancelled', count: 0 },
    ]);
  });

  it('names a quarter or a year as such', () => {
    const report = assembleLearningReport(empty);
    expect(report.period).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      key: '2026-Q1',
      label: '1e kwartaal 2026',
    });
    expect(learningReportPeriodLabel('2026-01-01', '2026-12-31')).toBe('2026');
    expect(learningReportPeriodLabel('2026-01-15', '2026-02-15')).toBe('2026-01-15 t/m 2026-02-15');
  });
});

describe('checkInPeriodKeysOf', () => {
  it('gives the quarters and months that touch the period', () => {
    expect(checkInPeriodKeysOf('2026-01-01', '2026-03-31')).toEqual([
      '2026-Q1',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });
});

describe('assertLearningReportPeriod', () => {
  it('refuses a period that runs backwards or is longer than two years', () => {
    expect(() => assertLearningReportPeriod('2026-04-01', '2026-03-31')).toThrow(
      DomainRuleViolation,
    );
    expect(() => assertLearningReportPeriod('2020-01-01', '2026-03-31')).toThrow(
      expect.objectContaining({ code: 'learning-report-period-too-long' }),
    );
    expect(() => assertLearningReportPeriod('2026-01-01', '2026-12-31')).not.toThrow();
    expect(() => assertLearningReportPeriod('2026-03-31', '2026-03-31')).not.toThrow();
  });
});

describe('learningReportRefusal', () => {
  it('lets the officer and manager read everything, a contributor only a team they lead', () => {
    expect(learningReportRefusal('quality-officer', null, false)).toBeNull();
    expect(learningReportRefusal('manager', null, true)).toBeNull();
    expect(learningReportRefusal('contributor', 'lead', true)).toBeNull();
    expect(learningReportRefusal('contributor', 'member', true)).toBe('learning-report-lead-only');
    expect(learningReportRefusal('contributor', null, false)).toBe('learning-report-lead-only');
    expect(learningReportRefusal('professional', 'lead', true)).toBe(
      'learning-report-not-permitted',
    );
  });
});

describe('assertVakmanschapCriteria', () => {
  const domains = [
    { code: 'VAK', criteria: [{ code: 'VAK-01' }, { code: 'VAK-09' }] },
    { code: 'OPD', criteria: [{ code: 'OPD-01' }] },
  ];

  it('takes vakmanschap criteria and refuses others and unknown codes', () => {
    expect(() => assertVakmanschapCriteria(domains, ['VAK-01', 'VAK-09'])).not.toThrow();
    expect(() => assertVakmanschapCriteria(domains, ['VAK-01', 'OPD-01', 'XYZ-01'])).toThrow(
      expect.objectContaining({
        code: 'learning-evidence-not-vakmanschap',
        extensions: { criterionCodes: ['OPD-01', 'XYZ-01'] },
      }),
    );
  });
});
