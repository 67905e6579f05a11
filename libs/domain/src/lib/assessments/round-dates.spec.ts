import fc from 'fast-check';

import { addDays } from '../common/iso-day';
import {
  assertTargetDateNotPast,
  defaultSelfEvaluationDeadline,
  isSelfEvaluationOverdue,
  resolveSelfEvaluationDeadline,
} from './round-dates';
import type { RoundStatus } from './round.types';

describe('defaultSelfEvaluationDeadline', () => {
  it.each([
    ['2026-10-01', '2026-08-20'],
    ['2027-03-15', '2027-02-01'],
    ['2026-04-05', '2026-02-22'],
  ])('six weeks before %s is %s', (target, expected) => {
    expect(defaultSelfEvaluationDeadline(target)).toBe(expected);
  });

  it('is always 42 days before the target date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), (offset) => {
        const target = addDays('2025-01-01', offset);
        expect(addDays(defaultSelfEvaluationDeadline(target), 42)).toBe(target);
      }),
    );
  });
});

describe('resolveSelfEvaluationDeadline', () => {
  it('takes the default when none is given', () => {
    expect(resolveSelfEvaluationDeadline('2026-10-01', undefined)).toBe('2026-08-20');
    expect(resolveSelfEvaluationDeadline('2026-10-01', null)).toBe('2026-08-20');
  });

  it.each(['2026-09-01', '2026-10-01'])('accepts the given deadline %s', (deadline) => {
    expect(resolveSelfEvaluationDeadline('2026-10-01', deadline)).toBe(deadline);
  });

  it('refuses a deadline after the target date', () => {
    expect(() => resolveSelfEvaluationDeadline('2026-10-01', '2026-10-02')).toThrow(
      expect.objectContaining({ code: 'deadline-after-target-date' }),
    );
  });
});

describe('isSelfEvaluationOverdue', () => {
  it.each<[RoundStatus, string, boolean]>([
    ['draft', '2026-08-21', true],
    ['draft', '2026-08-20', false],
    ['draft', '2026-08-01', false],
    ['submitted', '2026-09-30', false],
    ['reviewed', '2026-09-30', false],
  ])('a %s round on %s → %p', (status, today, expected) => {
    expect(isSelfEvaluationOverdue({ status, selfEvaluationDeadline: '2026-08-20' }, today)).toBe(
      expected,
    );
  });
});

describe('assertTargetDateNotPast', () => {
  it.each([
    ['2026-12-04', '2026-12-04'],
    ['2027-01-01', '2026-12-04'],
  ])('accepts %s on %s', (targetDate, today) => {
    expect(() => assertTargetDateNotPast(targetDate, today)).not.toThrow();
  });

  it('refuses a date before today (422)', () => {
    expect(() => assertTargetDateNotPast('2026-12-03', '2026-12-04')).toThrow(
      expect.objectContaining({
        code: 'target-date-in-past',
        kind: 'invalid',
        details: { targetDate: '2026-12-03', today: '2026-12-04' },
      }),
    );
  });
});
