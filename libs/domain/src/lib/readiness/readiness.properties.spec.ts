import fc from 'fast-check';

import type { DomainCode, RubricVersion } from '../rubric/rubric.types';
import { computeAuditBlockers } from './audit-blockers';
import { isEvidenceValidOn } from './evidence-validity';
import { computeReadiness } from './readiness';
import { criterion, rubric } from './readiness.fixtures';
import type { CriterionAssessment, Readiness } from './readiness.types';

const DOMAIN_CODES: DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];
const DAY_MS = 86_400_000;

const dayArb = fc
  .integer({ min: -400, max: 400 })
  .map((offset) => new Date(Date.UTC(2025, 5, 30) + offset * DAY_MS).toISOString().slice(0, 10));

const specArb = fc.record({
  domainCode: fc.constantFrom(...DOMAIN_CODES),
  weight: fc.integer({ min: 1, max: 3 }),
  required: fc.boolean(),
  allowNotApplicable: fc.boolean(),
  metLevel: fc.integer({ min: 1, max: 4 }),
});

const answerArb = fc.record({
  level: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  notApplicable: fc.boolean(),
  evidence: fc.array(fc.option(dayArb, { nil: null }), { maxLength: 3 }),
});

const itemArb = fc.tuple(specArb, fc.option(answerArb, { nil: undefined }));
type Item = typeof itemArb extends fc.Arbitrary<infer T> ? T : never;
type Answer = typeof answerArb extends fc.Arbitrary<infer T> ? T : never;

const scenarioArb = fc.record({
  items: fc.array(itemArb, { maxLength: 16 }),
  referenceDate: dayArb,
});

/** Codes follow the position, so appending an item keeps every earlier code. */
function build(items: readonly Item[]): {
  rubricVersion: RubricVersion;
  assessments: CriterionAssessment[];
} {
  const coded = items.map(([spec, answer], index) => ({
    code: `${spec.domainCode}-${String(index).padStart(2, '0')}`,
    spec,
    answer,
  }));
  const rubricVersion = rubric(
    DOMAIN_CODES.map((domainCode) => ({
      code: domainCode,
      criteria: coded
        .filter(({ spec }) => spec.domainCode === domainCode)
        .map(({ code, spec: { weight, required, allowNotApplicable, metLevel } }) =>
          criterion(code, { weight, required, allowNotApplicable, metLevel }),
        ),
    })),
  );
  const assessments = coded.flatMap(({ code, answer }) =>
    answer === undefined ? [] : [toAssessment(code, answer)],
  );
  return { rubricVersion, assessments };
}

function toAssessment(criterionCode: string, answer: Answer): CriterionAssessment {
  const evidence = answer.evidence.map((validUntil, index) => ({ id: `ev-${index}`, validUntil }));
  return { criterionCode, level: answer.level, notApplicable: answer.notApplicable, evidence };
}

function readinessOf(items: readonly Item[], referenceDate: string): Readiness {
  const { rubricVersion, assessments } = build(items);
  return computeReadiness(rubricVersion, assessments, referenceDate);
}

const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

describe('readiness properties', () => {
  it('keeps every score within 0..100, and null only without applicable weight', () => {
    fc.assert(
      fc.property(scenarioArb, ({ items, referenceDate }) => {
        const { overall, domains } = readinessOf(items, referenceDate);
        for (const summary of [overall, ...domains]) {
          expect(summary.metWeight).toBeLessThanOrEqual(summary.applicableWeight);
          if (summary.score === null) {
            expect(summary.applicableWeight).toBe(0);
          } else {
            expect(summary.score).toBeGreaterThanOrEqual(0);
            expect(summary.score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never lowers the overall or domain score when a met criterion is added', () => {
    fc.assert(
      fc.property(scenarioArb, specArb, ({ items, referenceDate }, spec) => {
        const met: Answer = { level: spec.metLevel, notApplicable: false, evidence: [null] };
        const before = readinessOf(items, referenceDate);
        const after = readinessOf([...items, [spec, met]], referenceDate);
        const domainScore = (readiness: Readiness): number =>
          readiness.domains.find((domain) => domain.code === spec.domainCode)?.score ?? 0;

        expect(after.overall.score).toBeGreaterThanOrEqual(before.overall.score ?? 0);
        expect(domainScore(after)).toBeGreaterThanOrEqual(domainScore(before));
        expect(after.overall.counts.met).toBe(before.overall.counts.met + 1);
      }),
    );
  });

  it('counts every criterion exactly once, overall and per domain', () => {
    fc.assert(
      fc.property(scenarioArb, ({ items, referenceDate }) => {
        const { overall, domains, criteria } = readinessOf(items, referenceDate);

        expect(criteria).toHaveLength(items.length);
        expect(sum(Object.values(overall.counts))).toBe(items.length);
        for (const domain of domains) {
          const inDomain = items.filter(([spec]) => spec.domainCode === domain.code).length;
          expect(sum(Object.values(domain.counts))).toBe(inDomain);
        }
      }),
    );
  });

  it('lists as blockers exactly the required non-met applicable criteria, heaviest first', () => {
    fc.assert(
      fc.property(scenarioArb, ({ items, referenceDate }) => {
        const { rubricVersion, assessments } = build(items);
        const { criteria } = computeReadiness(rubricVersion, assessments, referenceDate);
        const blockers = computeAuditBlockers(rubricVersion, assessments, referenceDate);
        const expected = criteria.filter(
          (item) => item.required && item.status !== 'met' && item.status !== 'not-applicable',
        );

        expect(blockers.map((blocker) => blocker.code).sort()).toEqual(
          expected.map((item) => item.code).sort(),
        );
        blockers.slice(1).forEach((blocker, index) => {
          const previous = blockers[index];
          const isOrdered =
            previous.weight > blocker.weight ||
            (previous.weight === blocker.weight && previous.code < blocker.code);
          expect(isOrdered).toBe(true);
        });
      }),
    );
  });

  it('takes the weight of a criterion marked not applicable out of the denominator', () => {
    fc.assert(
      fc.property(scenarioArb, specArb, answerArb, fc.nat(), (scenario, spec, answer, at) => {
        const waivable = { ...spec, allowNotApplicable: true };
        const index = at % (scenario.items.length + 1);
        const withAnswer = (given: Answer): Item[] => {
          const items = [...scenario.items];
          items.splice(index, 0, [waivable, given]);
          return items;
        };
        const answered = readinessOf(
          withAnswer({ ...answer, notApplicable: false }),
          scenario.referenceDate,
        );
        const waived = readinessOf(
          withAnswer({ ...answer, notApplicable: true }),
          scenario.referenceDate,
        );

        expect(waived.overall.applicableWeight).toBe(
          answered.overall.applicableWeight - spec.weight,
        );
        expect(waived.overall.counts['not-applicable']).toBe(
          answered.overall.counts['not-applicable'] + 1,
        );
      }),
    );
  });

  it('compares evidence dates as calendar dates', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (validUntil, referenceDate) => {
        expect(isEvidenceValidOn({ id: 'e', validUntil }, referenceDate)).toBe(
          Date.parse(validUntil) >= Date.parse(referenceDate),
        );
      }),
    );
  });
});
