import { PeerGap, PeerJudgement } from '@labelklaar/domain';

/**
 * A symbol per judgement and per gap, so each reads without its colour (WCAG 1.4.1) and in
 * black-and-white print; the word always goes with it.
 */
export const JUDGEMENT_ICONS: Record<PeerJudgement | 'none', string> = {
  meets: '✓',
  'partly-meets': '◐',
  'does-not-meet': '✗',
  'not-assessed': '–',
  none: '○',
};

export const GAP_ICONS: Record<PeerGap, string> = {
  agrees: '=',
  'peer-lower': '↓',
  'peer-higher': '↑',
  'not-assessed': '–',
};

/** Gaps where the peers judged differently from the self-assessment. */
export function isDifferent(gap: PeerGap): boolean {
  return gap === 'peer-lower' || gap === 'peer-higher';
}
