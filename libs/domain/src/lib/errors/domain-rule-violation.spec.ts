import { DomainRuleViolation } from './domain-rule-violation';

describe('DomainRuleViolation', () => {
  it('carries its code, details and message', () => {
    const violation = new DomainRuleViolation('last-quality-officer', { memberId: 'm1' });

    expect(violation).toBeInstanceOf(Error);
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    expect(violation.name).toBe('DomainRuleViolation');
    expect(violation.code).toBe('last-quality-officer');
    expect(violation.details).toEqual({ memberId: 'm1' });
    expect(violation.message).toBe('last-quality-officer');
  });

  it('accepts an explicit message and no details', () => {
    const violation = new DomainRuleViolation('invalid-date', undefined, 'Not a date');

    expect(violation.message).toBe('Not a date');
    expect(violation.details).toBeUndefined();
  });

  it.each(['LastQualityOfficer', 'last_quality_officer', '-last', 'last-', 'last--officer', ''])(
    'refuses the non-kebab-case code %p',
    (code) => {
      expect(() => new DomainRuleViolation(code)).toThrow(TypeError);
    },
  );
});
