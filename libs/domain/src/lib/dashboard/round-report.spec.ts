import { computeAuditBlockers } from '../readiness/audit-blockers';
import { computeReadiness } from '../readiness/readiness';
import {
  criterion,
  evidence,
  reportInput,
  response,
  round,
  rubric,
  TARGET,
  TODAY,
} from './dashboard.fixtures';
import { buildRoundReadinessReport, summariseActions, toAssessments } from './round-report';
import type { ReportAction } from './round-report.types';

const ANNE = { memberId: 'm-anne', displayName: 'Anne' };
const BOB = { memberId: 'm-bob', displayName: 'Bob' };

function action(overrides: Partial<ReportAction> = {}): ReportAction {
  return { status: 'open', dueDate: null, owner: null, ...overrides };
}

describe('buildRoundReadinessReport', () => {
  const input = reportInput({
    responses: [
      response('OPD-01', { targetLevel: 4, evidence: [evidence('ev-plan', '2026-05-01', 'Plan')] }),
      response('OPD-02', { notApplicable: true, level: null, evidence: [] }),
      response('VAK-01', { level: 1 }),
    ],
  });
  const report = buildRoundReadinessReport(input);

  it('carries the round and the day the figures are for', () => {
    expect(report.round).toEqual(round());
    expect(report.referenceDate).toBe(TODAY);
    expect(report.targetScore).toBe(100);
  });

  it('counts the calendar days to the target date', () => {
    expect(report.daysToTarget).toBe(121);
  });

  it('computes overall and domain readiness as of today, with the readiness rules', () => {
    const readiness = computeReadiness(input.rubric, toAssessments(input.responses), TODAY);
    expect(report.overall).toEqual(readiness.overall);
    expect(report.domains).toEqual(readiness.domains);
    expect(report.overall.score).toBe(60);
    expect(report.domains.map((domain) => [domain.code, domain.score])).toEqual([
      ['OPD', 100],
      ['VAK', 0],
    ]);
  });

  it('counts every status, including the ones that do not occur', () => {
    expect(report.statusCounts).toEqual({
      met: 1,
      gap: 1,
      'not-scored': 0,
      'not-applicable': 1,
      'evidence-missing': 0,
      'evidence-expired': 0,
    });
  });

  it('gives one heatmap row per criterion with current, met, target and top level', () => {
    expect(report.criteria).toEqual([
      {
        code: 'OPD-01',
        title: 'Title OPD-01',
        domainCode: 'OPD',
        weight: 3,
        required: true,
        status: 'met',
        level: 3,
        metLevel: 3,
        targetLevel: 4,
        maxLevel: 4,
      },
      expect.objectContaining({
        code: 'OPD-02',
        status: 'not-applicable',
        level: null,
        targetLevel: 3,
      }),
      expect.objectContaining({
        code: 'VAK-01',
        status: 'gap',
        level: 1,
        metLevel: 2,
        targetLevel: 2,
      }),
    ]);
  });

  it('lists the blockers on the target date: evidence valid today but expired by then blocks', () => {
    expect(report.blockersOn).toBe(TARGET);
    expect(report.blockers).toEqual([
      {
        code: 'OPD-01',
        title: 'Title OPD-01',
        domainCode: 'OPD',
        weight: 3,
        status: 'evidence-expired',
      },
      { code: 'VAK-01', title: 'Title VAK-01', domainCode: 'VAK', weight: 2, status: 'gap' },
    ]);
    expect(report.blockers).toEqual(
      computeAuditBlockers(input.rubric, toAssessments(input.responses), TARGET),
    );
  });

  it('lists the evidence that is valid today but expires before the target date', () => {
    expect(report.expiringBeforeTarget).toEqual([
      {
        evidenceId: 'ev-plan',
        title: 'Plan',
        kind: 'beleidsplan',
        validUntil: '2026-05-01',
        criterionCodes: ['OPD-01'],
      },
    ]);
  });

  it('evaluates blockers today once the target date has passed', () => {
    const late = buildRoundReadinessReport(
      reportInput({
        round: round({ targetDate: '2026-02-01' }),
        responses: [
          response('OPD-01', { evidence: [evidence('ev-1', '2026-02-15')] }),
          response('OPD-02'),
          response('VAK-01'),
        ],
      }),
    );
    expect(late.daysToTarget).toBe(-28);
    expect(late.blockersOn).toBe(TODAY);
    expect(late.blockers.map((blocker) => [blocker.code, blocker.status])).toEqual([
      ['OPD-01', 'evidence-expired'],
    ]);
    expect(late.expiringBeforeTarget).toEqual([]);
  });

  it('counts an unanswered criterion as not scored, aiming at its met level', () => {
    const partial = buildRoundReadinessReport(reportInput({ responses: [response('OPD-01')] }));
    expect(partial.statusCounts['not-scored']).toBe(2);
    expect(partial.criteria.find((row) => row.code === 'VAK-01')).toMatchObject({
      status: 'not-scored',
      level: null,
      targetLevel: 2,
    });
    expect(partial.blockers.map((blocker) => blocker.code)).toEqual(['VAK-01']);
  });

  it('ignores responses to criteria outside the rubric version', () => {
    const withStray = buildRoundReadinessReport(
      reportInput({
        responses: [
          ...reportInput().responses,
          response('IMP-09', { evidence: [evidence('ev-stray', '2026-04-01')] }),
        ],
      }),
    );
    expect(withStray.criteria.map((row) => row.code)).toEqual(['OPD-01', 'OPD-02', 'VAK-01']);
    expect(withStray.expiringBeforeTarget).toEqual([]);
  });

  describe('expiring evidence', () => {
    const expiring = (validUntil: string | null) =>
      buildRoundReadinessReport(
        reportInput({
          responses: [response('OPD-01', { evidence: [evidence('ev', validUntil)] })],
        }),
      ).expiringBeforeTarget.map((item) => item.evidenceId);

    it('includes evidence whose last valid day is today or any day before the target date', () => {
      expect(expiring(TODAY)).toEqual(['ev']);
      expect(expiring('2026-06-29')).toEqual(['ev']);
    });

    it('leaves out evidence already expired, valid on the target date, or never expiring', () => {
      expect(expiring('2026-02-28')).toEqual([]);
      expect(expiring(TARGET)).toEqual([]);
      expect(expiring(null)).toEqual([]);
    });

    it('lists shared evidence once with its criteria in rubric order, soonest first', () => {
      const shared = evidence('ev-shared', '2026-04-01', 'Gedeeld');
      const report = buildRoundReadinessReport(
        reportInput({
          responses: [
            response('VAK-01', { evidence: [shared] }),
            response('OPD-01', { evidence: [evidence('ev-late', '2026-06-01', 'Later'), shared] }),
            response('OPD-02', { evidence: [evidence('ev-early', '2026-03-15', 'Eerder')] }),
          ],
        }),
      );
      expect(report.expiringBeforeTarget).toEqual([
        expect.objectContaining({ evidenceId: 'ev-early', criterionCodes: ['OPD-02'] }),
        expect.objectContaining({ evidenceId: 'ev-shared', criterionCodes: ['OPD-01', 'VAK-01'] }),
        expect.objectContaining({ evidenceId: 'ev-late', criterionCodes: ['OPD-01'] }),
      ]);
    });
  });

  it('uses the top of each criterion scale as its maximum level', () => {
    const scale = [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}`, descriptor: '' }));
    const wide = buildRoundReadinessReport(
      reportInput({
        rubric: rubric([
          { code: 'IMP', criteria: [criterion('IMP-01', { maturityScale: scale })] },
        ]),
        responses: [response('IMP-01', { targetLevel: 5 })],
      }),
    );
    expect(wide.criteria[0]).toMatchObject({ maxLevel: 5, targetLevel: 5 });
  });

  it('refuses a reference or target date that is not an ISO day', () => {
    expect(() => buildRoundReadinessReport(reportInput({ referenceDate: '1 maart' }))).toThrow();
    expect(() =>
      buildRoundReadinessReport(reportInput({ round: round({ targetDate: '2026-13-01' }) })),
    ).toThrow();
  });
});

describe('summariseActions', () => {
  it('counts open (with in progress), overdue and done actions; cancelled count nowhere', () => {
    const summary = summariseActions(
      [
        action({ owner: ANNE, dueDate: '2026-02-01' }),
        action({ owner: ANNE, status: 'in-progress', dueDate: '2026-04-01' }),
        action({ owner: ANNE, status: 'done', dueDate: '2026-01-01' }),
        action({ owner: BOB }),
        action({ owner: null, status: 'in-progress', dueDate: '2026-02-28' }),
        action({ owner: BOB, status: 'cancelled', dueDate: '2026-01-01' }),
      ],
      TODAY,
    );
    expect(summary).toEqual({
      open: 4,
      overdue: 2,
      done: 1,
      byOwner: [
        { owner: ANNE, open: 2, overdue: 1 },
        { owner: BOB, open: 1, overdue: 0 },
        { owner: null, open: 1, overdue: 1 },
      ],
    });
  });

  it('does not count an action due today as overdue', () => {
    expect(summariseActions([action({ dueDate: TODAY })], TODAY).overdue).toBe(0);
  });

  it('orders owners by overdue, then open, then name', () => {
    const carol = { memberId: 'm-carol', displayName: 'Carol' };
    const summary = summariseActions(
      [action({ owner: carol }), action({ owner: BOB }), action({ owner: ANNE })],
      TODAY,
    );
    expect(summary.byOwner.map((entry) => entry.owner?.displayName)).toEqual([
      'Anne',
      'Bob',
      'Carol',
    ]);
    expect(summariseActions([], TODAY)).toEqual({ open: 0, overdue: 0, done: 0, byOwner: [] });
  });
});
