import fc from 'fast-check';

import { ACTION_STATUSES } from '../actions/action.types';
import { addDays } from '../common/iso-day';
import { isEvidenceValidOn } from '../readiness/evidence-validity';
import type { DomainCode, RubricVersion } from '../rubric/rubric.types';
import { compareRounds, type ComparisonSide } from './comparison';
import { criterion, round, rubric } from './dashboard.fixtures';
import { SECTOR_MINIMUM_GROUP, type CriterionChange } from './dashboard.types';
import { daysBetween } from './days';
import { buildRoundReadinessReport } from './round-report';
import type { ReportAction, ReportResponse } from './round-report.types';
import { aggregateSector } from './sector';

const DOMAIN_CODES: DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];
const DAY_MS = 86_400_000;
const dayArb = fc
  .integer({ min: -500, max: 500 })
  .map((offset) => new Date(Date.UTC(2026, 2, 1) + offset * DAY_MS).toISOString().slice(0, 10));

const criterionSpecArb = fc.record({
  domainCode: fc.constantFrom(...DOMAIN_CODES),
  weight: fc.integer({ min: 1, max: 3 }),
  required: fc.boolean(),
  allowNotApplicable: fc.boolean(),
  metLevel: fc.integer({ min: 1, max: 4 }),
});

const responseSpecArb = fc.record({
  level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  targetLevel: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  notApplicable: fc.boolean(),
  evidence: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.option(dayArb, { nil: null })), {
    maxLength: 3,
  }),
});

/** A rubric of up to 12 criteria and, for some of them, a response. */
const roundArb = fc.array(
  fc.tuple(criterionSpecArb, fc.option(responseSpecArb, { nil: undefined })),
  {
    maxLength: 12,
  },
);
type RoundSpec = typeof roundArb extends fc.Arbitrary<infer T> ? T : never;

function build(
  items: RoundSpec,
  codePrefix = '',
): { rubricVersion: RubricVersion; responses: ReportResponse[] } {
  const coded = items.map(([spec, answer], index) => ({
    code: `${spec.domainCode}-${codePrefix}${String(index).padStart(2, '0')}`,
    spec,
    answer,
  }));
  const rubricVersion = rubric(
    DOMAIN_CODES.map((code) => ({
      code,
      criteria: coded
        .filter(({ spec }) => spec.domainCode === code)
        .map(({ code: criterionCode, spec: { weight, required, allowNotApplicable, metLevel } }) =>
          criterion(criterionCode, { weight, required, allowNotApplicable, metLevel }),
        ),
    })),
  );
  const responses = coded.flatMap(({ code, answer }) =>
    answer === undefined
      ? []
      : [
          {
            criterionCode: code,
            level: answer.level,
            targetLevel: answer.targetLevel,
            notApplicable: answer.notApplicable,
            rationale: `Rationale ${code}`,
            // A small pool of ids, so that one evidence item supports several criteria.
            evidence: answer.evidence.map(([id, validUntil]) => ({
              id: `ev-${id}`,
              title: `Evidence ${id}`,
              kind: 'overig',
              validUntil: validUntilOf(id, validUntil),
            })),
          },
        ],
  );
  return { rubricVersion, responses };
}

/** The same evidence id always has the same validity, as in the database. */
const validities = new Map<number, string | null>();
function validUntilOf(id: number, candidate: string | null): string | null {
  if (!validities.has(id)) {
    validities.set(id, candidate);
  }
  return validities.get(id) ?? null;
}

const actionArb: fc.Arbitrary<ReportAction> = fc.record({
  status: fc.constantFrom(...ACTION_STATUSES),
  dueDate: fc.option(dayArb, { nil: null }),
  owner: fc.option(
    fc
      .constantFrom('a', 'b', 'c')
      .map((id) => ({ memberId: `m-${id}`, displayName: `Member ${id}` })),
    { nil: null },
  ),
});

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('round report properties', () => {
  beforeEach(() => validities.clear());

  it('counts every criterion exactly once, overall and across domains', () => {
    fc.assert(
      fc.property(roundArb, dayArb, dayArb, (items, today, target) => {
        validities.clear();
        const { rubricVersion, responses } = build(items);
        const report = buildRoundReadinessReport({
          rubric: rubricVersion,
          round: round({ targetDate: target }),
          responses,
          actions: [],
          referenceDate: today,
        });
        expect(sum(Object.values(report.statusCounts))).toBe(items.length);
        expect(report.criteria).toHaveLength(items.length);
        expect(sum(report.domains.map((domain) => sum(Object.values(domain.counts))))).toBe(
          items.length,
        );
      }),
    );
  });

  it('lists blockers only among required criteria, once each, heaviest first', () => {
    fc.assert(
      fc.property(roundArb, dayArb, dayArb, (items, today, target) => {
        validities.clear();
        const { rubricVersion, responses } = build(items);
        const report = buildRoundReadinessReport({
          rubric: rubricVersion,
          round: round({ targetDate: target }),
          responses,
          actions: [],
          referenceDate: today,
        });
        const required = new Set(
          report.criteria.filter((row) => row.required).map((row) => row.code),
        );
        const codes = report.blockers.map((blocker) => blocker.code);
        expect(codes.every((code) => required.has(code))).toBe(true);
        expect(new Set(codes).size).toBe(codes.length);
        report.blockers.slice(1).forEach((blocker, index) => {
          expect(blocker.weight).toBeLessThanOrEqual(report.blockers[index].weight);
        });
        expect(report.blockers.every((blocker) => blocker.status !== ('met' as string))).toBe(true);
      }),
    );
  });

  it('keeps targets within the scale and lists only evidence valid today and expired on the target date', () => {
    fc.assert(
      fc.property(roundArb, dayArb, dayArb, (items, today, target) => {
        validities.clear();
        const { rubricVersion, responses } = build(items);
        const report = buildRoundReadinessReport({
          rubric: rubricVersion,
          round: round({ targetDate: target }),
          responses,
          actions: [],
          referenceDate: today,
        });
        for (const row of report.criteria) {
          expect(row.targetLevel).toBeLessThanOrEqual(row.maxLevel);
          expect(row.metLevel).toBeLessThanOrEqual(row.maxLevel);
        }
        for (const item of report.expiringBeforeTarget) {
          expect(
            isEvidenceValidOn({ id: item.evidenceId, validUntil: item.validUntil }, today),
          ).toBe(true);
          expect(
            isEvidenceValidOn({ id: item.evidenceId, validUntil: item.validUntil }, target),
          ).toBe(false);
          expect(item.criterionCodes.length).toBeGreaterThan(0);
        }
        const days = report.expiringBeforeTarget.map((item) => item.validUntil);
        expect(days).toEqual([...days].sort());
      }),
    );
  });

  it('summarises actions consistently: overdue within open, owners adding up', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 20 }), dayArb, (actions, today) => {
        const report = buildRoundReadinessReport({
          rubric: rubric([]),
          round: round(),
          responses: [],
          actions,
          referenceDate: today,
        });
        const { open, overdue, done, byOwner } = report.actions;
        expect(overdue).toBeLessThanOrEqual(open);
        expect(open + done).toBeLessThanOrEqual(actions.length);
        expect(open).toBe(
          actions.filter((a) => a.status === 'open' || a.status === 'in-progress').length,
        );
        expect(sum(byOwner.map((entry) => entry.open))).toBe(open);
        expect(sum(byOwner.map((entry) => entry.overdue))).toBe(overdue);
        expect(byOwner.every((entry) => entry.open > 0 && entry.overdue <= entry.open)).toBe(true);
      }),
    );
  });
});

describe('days to target', () => {
  it('is positive before the target, 0 on it, negative after, and adds back up', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (today, target) => {
        const days = daysBetween(today, target);
        expect(Math.sign(days)).toBe(today < target ? 1 : today === target ? 0 : -1);
        // Summed rather than negated: -0 is not 0 to toBe.
        expect(daysBetween(target, today) + days).toBe(0);
        expect(addDays(today, days)).toBe(target);
      }),
      { examples: [['2026-03-01', '2026-03-01']] },
    );
  });
});

const INVERSE: Record<CriterionChange, CriterionChange> = {
  improved: 'declined',
  declined: 'improved',
  unchanged: 'unchanged',
  added: 'removed',
  removed: 'added',
};

describe('round comparison properties', () => {
  const sideArb = fc.tuple(roundArb, dayArb);

  function side(id: string, [items, day]: [RoundSpec, string]): ComparisonSide {
    validities.clear();
    const { rubricVersion, responses } = build(items);
    return { round: { id, title: id }, rubric: rubricVersion, responses, referenceDate: day };
  }

  it('is the inverse when the rounds are swapped', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (a, b) => {
        const from = side('a', a);
        const to = side('b', b);
        const forward = compareRounds(from, to);
        const backward = compareRounds(to, from);
        const backwardByCode = new Map(backward.criteria.map((row) => [row.code, row]));
        expect(backward.criteria).toHaveLength(forward.criteria.length);
        for (const row of forward.criteria) {
          const swapped = backwardByCode.get(row.code);
          expect(swapped?.change).toBe(INVERSE[row.change]);
          expect(swapped?.before).toEqual(row.after);
          expect(swapped?.after).toEqual(row.before);
        }
        expect(backward.counts.improved).toBe(forward.counts.declined);
        expect(backward.counts.added).toBe(forward.counts.removed);
      }),
    );
  });

  it('finds nothing changed when a round is compared with itself', () => {
    fc.assert(
      fc.property(sideArb, (a) => {
        const same = side('a', a);
        const comparison = compareRounds(same, same);
        expect(comparison.counts.unchanged).toBe(comparison.criteria.length);
        expect(sum(Object.values(comparison.counts))).toBe(comparison.criteria.length);
      }),
    );
  });
});

describe('sector properties', () => {
  const scoreArb = fc.option(
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    { nil: null },
  );
  const orgArb = fc.record({
    overall: scoreArb,
    domains: fc.tuple(scoreArb, scoreArb).map(([opd, vak]) => [
      { code: 'OPD' as DomainCode, score: opd },
      { code: 'VAK' as DomainCode, score: vak },
    ]),
  });
  const sectorRubric = rubric([
    { code: 'OPD', criteria: [criterion('OPD-01')] },
    { code: 'VAK', criteria: [criterion('VAK-01')] },
  ]);

  it('never reports a figure for a group under 5, and orders p25 ≤ median ≤ p75 within the range', () => {
    fc.assert(
      fc.property(fc.array(orgArb, { maxLength: 12 }), (organisations) => {
        const [result] = aggregateSector([{ rubric: sectorRubric, organisations }]);
        expect(result.organisations).toBe(organisations.length);
        expect(result.suppressed).toBe(organisations.length < SECTOR_MINIMUM_GROUP);
        if (result.suppressed) {
          expect(result.overall).toBeNull();
          expect(result.domains).toEqual([]);
          return;
        }
        const figures = [
          {
            ...result.overall,
            organisations: organisations.filter((o) => o.overall !== null).length,
          },
          ...result.domains,
        ];
        const values = [
          organisations.map((o) => o.overall),
          ...result.domains.map((d) =>
            organisations.map((o) => o.domains.find((x) => x.code === d.code)?.score ?? null),
          ),
        ].map((list) => list.filter((v): v is number => v !== null));
        figures.forEach((figure, index) => {
          if (figure.organisations < SECTOR_MINIMUM_GROUP) {
            expect([figure.median, figure.p25, figure.p75]).toEqual([null, null, null]);
            return;
          }
          const [p25, median, p75] = [figure.p25 ?? NaN, figure.median ?? NaN, figure.p75 ?? NaN];
          expect(p25).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(p75);
          expect(p25).toBeGreaterThanOrEqual(Math.min(...values[index]));
          expect(p75).toBeLessThanOrEqual(Math.max(...values[index]));
        });
      }),
    );
  });

  it('does not depend on the order of the organisations', () => {
    fc.assert(
      fc.property(fc.array(orgArb, { maxLength: 10 }), fc.integer(), (organisations, seed) => {
        const shuffled = [...organisations].sort(() => (seed % 2 === 0 ? 1 : -1));
        expect(aggregateSector([{ rubric: sectorRubric, organisations: shuffled }])).toEqual(
          aggregateSector([{ rubric: sectorRubric, organisations }]),
        );
      }),
    );
  });
});
