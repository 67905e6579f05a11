import fc from 'fast-check';

import { computeReadiness } from '../readiness/readiness';
import { criterion, rubric } from '../readiness/readiness.fixtures';
import { effectiveLeerrapportStatus, hearingEndsOn, isHearingOpen } from './hearing';
import { isAssessed, judgementRank, mergeJudgements } from './judgements';
import { mergeLeerrapport, ReviewForMerge } from './leerrapport';
import { computePeerGaps, peerGapOf } from './peer-gaps';
import { PEER_JUDGEMENTS, PeerJudgement } from './review.types';

const judgementArb = fc.constantFrom<PeerJudgement>(...PEER_JUDGEMENTS);
const judgementsArb = fc.array(fc.option(judgementArb, { nil: null }), { maxLength: 6 });
const DAY_MS = 86_400_000;
const dayArb = fc
  .integer({ min: -800, max: 800 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1) + offset * DAY_MS).toISOString().slice(0, 10));

describe('judgement aggregation (properties)', () => {
  it('never merges to something no reviewer said, and never to a milder judgement than any assessed one', () => {
    fc.assert(
      fc.property(judgementsArb, (judgements) => {
        const merged = mergeJudgements(judgements);
        const assessed = judgements.filter(isAssessed);
        if (assessed.length === 0) {
          return merged === 'not-assessed';
        }
        return (
          assessed.includes(merged as (typeof assessed)[number]) &&
          assessed.every((j) => isAssessed(merged) && judgementRank(merged) <= judgementRank(j))
        );
      }),
    );
  });

  it('does not depend on order, and not-assessed votes change nothing once someone judged', () => {
    fc.assert(
      fc.property(judgementsArb, fc.nat({ max: 4 }), (judgements, extra) => {
        const merged = mergeJudgements(judgements);
        const padded = [...Array<PeerJudgement>(extra).fill('not-assessed'), ...judgements];
        return (
          mergeJudgements([...judgements].reverse()) === merged &&
          mergeJudgements(padded) === merged
        );
      }),
    );
  });
});

describe('self vs peer gaps (properties)', () => {
  it('counts every criterion once, and a gap is symmetric to swapping self and peer', () => {
    const specArb = fc.array(
      fc.record({
        level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
        hasEvidence: fc.boolean(),
        peer: fc.option(judgementArb, { nil: undefined }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(specArb, (specs) => {
        const codes = specs.map((_, index) => `OPD-${String(index + 1).padStart(2, '0')}`);
        const readiness = computeReadiness(
          rubric([{ code: 'OPD', criteria: codes.map((code) => criterion(code)) }]),
          specs.map((spec, index) => ({
            criterionCode: codes[index],
            level: spec.level,
            notApplicable: false,
            evidence: spec.hasEvidence ? [{ id: `ev-${index}`, validUntil: null }] : [],
          })),
          '2026-03-01',
        );
        const peers = new Map<string, PeerJudgement>();
        specs.forEach((spec, index) => spec.peer && peers.set(codes[index], spec.peer));
        const { rows, counts } = computePeerGaps(readiness.criteria, peers);
        const total =
          counts.agrees + counts['peer-lower'] + counts['peer-higher'] + counts['not-assessed'];
        const mirrored = rows.every((row) => {
          const back = peerGapOf(row.peerJudgement, row.selfJudgement);
          const expected =
            row.gap === 'peer-lower'
              ? 'peer-higher'
              : row.gap === 'peer-higher'
                ? 'peer-lower'
                : row.gap;
          return back === expected;
        });
        return total === specs.length && rows.length === specs.length && mirrored;
      }),
    );
  });
});

describe('leerrapport merge (properties)', () => {
  it('gives every criterion the merge of exactly the findings listed under it', () => {
    const codes = ['OPD-01', 'OPD-02', 'VAK-01'];
    const reviewArb = fc.array(fc.tuple(judgementArb, judgementArb, judgementArb, fc.boolean()), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(reviewArb, (specs) => {
        const reviews: ReviewForMerge[] = specs.map((spec, index) => ({
          reviewId: `r${index}`,
          reviewer: { userId: `u${index}`, displayName: `R${index}` },
          reviewerOrganisationName: `Org ${index}`,
          lead: spec[3],
          overall: { judgement: spec[0], strengths: '', improvements: '' },
          findings: codes.map((criterionCode, c) => ({
            criterionCode,
            judgement: spec[c] as PeerJudgement,
            finding: '',
            questions: '',
            response: null,
            actionId: null,
          })),
        }));
        const merged = mergeLeerrapport(
          rubric([
            { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02')] },
            { code: 'VAK', criteria: [criterion('VAK-01')] },
          ]),
          reviews,
        );
        return merged.criteria.every(
          (c) =>
            c.findings.length === reviews.length &&
            c.mergedJudgement === mergeJudgements(c.findings.map((f) => f.judgement)) &&
            c.findings.every((f, i) => i === 0 || !f.lead || c.findings[i - 1].lead),
        );
      }),
    );
  });
});

describe('hearing period (properties)', () => {
  it('is open exactly through its last day, and final after', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: -5, max: 120 }),
        (issued, days, offset) => {
          const endsOn = hearingEndsOn(issued, days);
          const today = new Date(Date.parse(issued) + offset * DAY_MS).toISOString().slice(0, 10);
          const open = isHearingOpen('hearing', endsOn, today);
          const status = effectiveLeerrapportStatus('hearing', endsOn, today);
          return open === offset <= days && (status === 'final') === offset > days;
        },
      ),
    );
  });
});
