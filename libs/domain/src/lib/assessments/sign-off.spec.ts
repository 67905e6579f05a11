import { DomainRuleViolation } from '../errors/domain-rule-violation';
import { isSignOffMissing, normaliseSignOff } from './sign-off';

const violation = (code: string) => expect.objectContaining({ code }) as DomainRuleViolation;

describe('normaliseSignOff', () => {
  const today = '2026-12-04';

  it('trims name and function and keeps a date up to today', () => {
    expect(
      normaliseSignOff(
        { name: '  mr.  A. de Vries ', function: ' directeur-bestuurder ', date: today },
        today,
      ),
    ).toEqual({ name: 'mr. A. de Vries', function: 'directeur-bestuurder', date: today });
    expect(normaliseSignOff({ name: 'A', function: 'B', date: '2026-01-31' }, today).date).toBe(
      '2026-01-31',
    );
  });

  it.each([
    [{ name: '   ', function: 'directeur', date: today }, 'sign-off-name-required'],
    [{ name: 'A. de Vries', function: ' ', date: today }, 'sign-off-function-required'],
    [{ name: 'A. de Vries', function: 'directeur', date: '2026-12-05' }, 'sign-off-date-in-future'],
    [{ name: 'A. de Vries', function: 'directeur', date: '4-12-2026' }, 'invalid-date'],
  ])('refuses %o with %s', (input, code) => {
    expect(() => normaliseSignOff(input, today)).toThrow(violation(code));
  });
});

describe('isSignOffMissing', () => {
  it('is missing only where the organisation requires it and none is recorded', () => {
    expect(isSignOffMissing(true, null)).toBe(true);
    expect(isSignOffMissing(true, { name: 'x' })).toBe(false);
    expect(isSignOffMissing(false, null)).toBe(false);
  });
});
