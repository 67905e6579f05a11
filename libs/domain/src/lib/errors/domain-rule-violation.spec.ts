import { DomainRuleViolation, stateConflict } from './domain-rule-violation';

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

  it('is an invalid request without extensions unless told otherwise', () => {
    const violation = new DomainRuleViolation('level-outside-scale');

    expect(violation.kind).toBe('invalid');
    expect(violation.extensions).toEqual({});
  });

  it.each(['invalid', 'conflict', 'not-permitted'] as const)('carries the kind %s', (kind) => {
    const violation = new DomainRuleViolation('some-rule', undefined, { kind });

    expect(violation.kind).toBe(kind);
    expect(violation.message).toBe('some-rule');
  });

  it('makes a state conflict with details for the message and extensions for the body', () => {
    const violation = stateConflict(
      'finding-has-action',
      { criterionCode: 'OPD-01' },
      {
        actionId: 'a1',
      },
    );

    expect(violation).toBeInstanceOf(DomainRuleViolation);
    expect(violation.kind).toBe('conflict');
    expect(violation.details).toEqual({ criterionCode: 'OPD-01' });
    expect(violation.extensions).toEqual({ actionId: 'a1' });
  });

  it.each(['LastQualityOfficer', 'last_quality_officer', '-last', 'last-', 'last--officer', ''])(
    'refuses the non-kebab-case code %p',
    (code) => {
      expect(() => new DomainRuleViolation(code)).toThrow(TypeError);
    },
  );
});
