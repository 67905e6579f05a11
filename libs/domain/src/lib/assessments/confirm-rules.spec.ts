import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { RubricVersion } from '../rubric/rubric.types';
import { carriedOverInDomain, needsConfirmation } from './confirm-rules';

const criterion = (code: string) => ({
  code,
  title: code,
  description: '',
  guidanceQuestions: [],
  evidenceKinds: [],
  weight: 1,
  required: true,
  allowNotApplicable: false,
  maturityScale: [],
  metLevel: 3,
});

const rubric: RubricVersion = {
  id: 'r',
  version: '1.0.0',
  status: 'published',
  title: 'R',
  effectiveDate: '2026-01-01',
  domains: [
    { code: 'OPD', title: 'Opdracht', description: '', criteria: [criterion('OPD-01')] },
    {
      code: 'VAK',
      title: 'Vakmanschap',
      description: '',
      criteria: [criterion('VAK-01'), criterion('VAK-02'), criterion('VAK-03')],
    },
  ],
};

describe('confirming carried-over answers', () => {
  it('needs confirmation only while an answer is carried over', () => {
    expect(needsConfirmation({ criterionCode: 'VAK-01', isCarriedOver: true })).toBe(true);
    expect(needsConfirmation({ criterionCode: 'VAK-01', isCarriedOver: false })).toBe(false);
  });

  it.each([
    ['VAK', [true, false, true], ['VAK-01', 'VAK-03']],
    ['VAK', [false, false, false], []],
    ['OPD', [true, true, true], []],
  ])(
    'confirms in %s the carried-over answers %j of that domain only: %j',
    (domain, flags, expected) => {
      const responses = [
        { criterionCode: 'VAK-03', isCarriedOver: flags[2] },
        { criterionCode: 'VAK-01', isCarriedOver: flags[0] },
        { criterionCode: 'VAK-02', isCarriedOver: flags[1] },
        { criterionCode: 'OPD-01', isCarriedOver: false },
      ];
      expect(carriedOverInDomain(rubric, domain, responses)).toEqual(expected);
    },
  );

  it('refuses a domain the rubric does not have', () => {
    expect(() => carriedOverInDomain(rubric, 'IMP', [])).toThrow(DomainRuleViolation);
    try {
      carriedOverInDomain(rubric, 'IMP', []);
    } catch (error) {
      expect(error).toMatchObject({ code: 'unknown-domain', kind: 'invalid' });
    }
  });
});
