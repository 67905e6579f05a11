import { isAssessed, isPeerJudgement, judgementRank, mergeJudgements } from './judgements';
import type { PeerJudgement } from './review.types';

describe('mergeJudgements', () => {
  it.each<[string, (PeerJudgement | null)[], PeerJudgement]>([
    ['nobody judged', [], 'not-assessed'],
    ['only not-assessed', ['not-assessed', 'not-assessed'], 'not-assessed'],
    ['only missing judgements', [null, null], 'not-assessed'],
    ['one reviewer', ['partly-meets'], 'partly-meets'],
    ['agreement', ['meets', 'meets'], 'meets'],
    ['the most critical wins', ['meets', 'partly-meets'], 'partly-meets'],
    [
      'the most critical wins, in any order',
      ['does-not-meet', 'meets', 'partly-meets'],
      'does-not-meet',
    ],
    ['not-assessed is ignored when others judged', ['not-assessed', 'meets'], 'meets'],
    ['a missing judgement is ignored', [null, 'partly-meets'], 'partly-meets'],
  ])('%s', (_name, judgements, expected) => {
    expect(mergeJudgements(judgements)).toBe(expected);
  });
});

describe('judgement scale', () => {
  it('ranks does-not-meet below partly-meets below meets', () => {
    expect(judgementRank('does-not-meet')).toBeLessThan(judgementRank('partly-meets'));
    expect(judgementRank('partly-meets')).toBeLessThan(judgementRank('meets'));
  });

  it('knows which values are judgements and which say something', () => {
    expect(isPeerJudgement('meets')).toBe(true);
    expect(isPeerJudgement('voldoet')).toBe(false);
    expect(isAssessed('not-assessed')).toBe(false);
    expect(isAssessed(null)).toBe(false);
    expect(isAssessed('does-not-meet')).toBe(true);
  });
});
