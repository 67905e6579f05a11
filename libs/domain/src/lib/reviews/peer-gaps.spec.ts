import { computeReadiness } from '../readiness/readiness';
import {
  criterion,
  EXPIRED_EVIDENCE,
  REFERENCE_DATE,
  rubric,
  VALID_EVIDENCE,
} from '../readiness/readiness.fixtures';
import type { CriterionStatus } from '../readiness/readiness.types';
import { computePeerGaps, peerGapOf, selfJudgementOf } from './peer-gaps';
import type { PeerGap, PeerJudgement } from './review.types';

describe('selfJudgementOf', () => {
  it.each<[CriterionStatus, number | null, PeerJudgement]>([
    ['met', 3, 'meets'],
    ['met', 4, 'meets'],
    ['evidence-missing', 3, 'partly-meets'],
    ['evidence-expired', 4, 'partly-meets'],
    ['gap', 2, 'partly-meets'],
    ['gap', 1, 'does-not-meet'],
    ['gap', 0, 'does-not-meet'],
    ['not-scored', null, 'not-assessed'],
    ['not-applicable', null, 'not-assessed'],
  ])('%s at level %s reads as %s', (status, level, expected) => {
    expect(selfJudgementOf({ status, level, metLevel: 3 })).toBe(expected);
  });
});

describe('peerGapOf', () => {
  it.each<[PeerJudgement, PeerJudgement, PeerGap]>([
    ['meets', 'meets', 'agrees'],
    ['meets', 'partly-meets', 'peer-lower'],
    ['partly-meets', 'does-not-meet', 'peer-lower'],
    ['does-not-meet', 'meets', 'peer-higher'],
    ['not-assessed', 'meets', 'not-assessed'],
    ['meets', 'not-assessed', 'not-assessed'],
  ])('self %s, peers %s: %s', (self, peer, expected) => {
    expect(peerGapOf(self, peer)).toBe(expected);
  });
});

describe('computePeerGaps', () => {
  it('compares each criterion of the readiness with the merged peer judgement, and counts', () => {
    const readiness = computeReadiness(
      rubric([
        {
          code: 'OPD',
          criteria: [criterion('OPD-01'), criterion('OPD-02'), criterion('OPD-03')],
        },
        { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
      ]),
      [
        { criterionCode: 'OPD-01', level: 3, notApplicable: false, evidence: [VALID_EVIDENCE] },
        { criterionCode: 'OPD-02', level: 3, notApplicable: false, evidence: [EXPIRED_EVIDENCE] },
        { criterionCode: 'OPD-03', level: 1, notApplicable: false, evidence: [] },
        { criterionCode: 'VAK-01', level: 4, notApplicable: false, evidence: [VALID_EVIDENCE] },
      ],
      REFERENCE_DATE,
    );
    const peers = new Map<string, PeerJudgement>([
      ['OPD-01', 'partly-meets'],
      ['OPD-02', 'partly-meets'],
      ['OPD-03', 'meets'],
      ['VAK-02', 'meets'],
    ]);
    const { rows, counts } = computePeerGaps(readiness.criteria, peers);
    expect(
      rows.map((row) => [row.criterionCode, row.selfJudgement, row.peerJudgement, row.gap]),
    ).toEqual([
      ['OPD-01', 'meets', 'partly-meets', 'peer-lower'],
      ['OPD-02', 'partly-meets', 'partly-meets', 'agrees'],
      ['OPD-03', 'does-not-meet', 'meets', 'peer-higher'],
      ['VAK-01', 'meets', 'not-assessed', 'not-assessed'],
      ['VAK-02', 'not-assessed', 'meets', 'not-assessed'],
    ]);
    expect(rows[0]).toEqual({
      criterionCode: 'OPD-01',
      criterionTitle: 'Title OPD-01',
      domainCode: 'OPD',
      selfStatus: 'met',
      selfLevel: 3,
      metLevel: 3,
      selfJudgement: 'meets',
      peerJudgement: 'partly-meets',
      gap: 'peer-lower',
    });
    expect(counts).toEqual({ agrees: 1, 'peer-lower': 1, 'peer-higher': 1, 'not-assessed': 2 });
  });
});
