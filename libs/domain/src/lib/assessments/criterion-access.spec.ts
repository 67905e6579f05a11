import fc from 'fast-check';

import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { MemberRole } from '../organisations/organisation.types';
import { ACTOR_KINDS, isAllowed, type ActorKind } from '../permissions/permissions';
import { criterion, rubric } from '../readiness/readiness.fixtures';
import {
  assertOwner,
  assertRubricCriterion,
  canEditCriterion,
  canEditResponse,
  canOwnCriterion,
  findCriterion,
  possibleOwners,
  type CriterionEditor,
} from './criterion-access';
import { ROUND_STATUSES, type RoundStatus } from './round.types';

const editor = (role: ActorKind | null, membershipId: string | null = 'm-me'): CriterionEditor => ({
  role,
  membershipId,
});

describe('canOwnCriterion and possibleOwners', () => {
  it.each<[MemberRole, boolean]>([
    ['quality-officer', true],
    ['contributor', true],
    ['manager', false],
  ])('a %s can own a criterion: %s', (role, expected) => {
    expect(canOwnCriterion(role)).toBe(expected);
  });

  it('leaves out whoever only reads, keeping the order', () => {
    const members = [
      { id: 'a', role: 'manager' as const },
      { id: 'b', role: 'contributor' as const },
      { id: 'c', role: 'quality-officer' as const },
      { id: 'd', role: 'manager' as const },
    ];
    expect(possibleOwners(members).map((m) => m.id)).toEqual(['b', 'c']);
  });
});

describe('assertOwner', () => {
  it('clears the owner with null and accepts anyone who may edit', () => {
    expect(assertOwner(null)).toBeNull();
    const contributor = { id: 'b', role: 'contributor' as const };
    expect(assertOwner(contributor)).toBe(contributor);
  });

  it.each<[string, { role: MemberRole } | undefined, string]>([
    ['someone who is not a member', undefined, 'unknown-member'],
    ['a manager', { role: 'manager' }, 'owner-is-read-only'],
  ])('refuses %s as owner (422)', (_case, member, code) => {
    expect(() => assertOwner(member)).toThrow(
      expect.objectContaining({ code, kind: 'invalid' }) as DomainRuleViolation,
    );
  });
});

describe('canEditCriterion', () => {
  it.each<[string, CriterionEditor, (string | null)[], boolean]>([
    ['a quality officer, owner or not', editor('quality-officer'), [null], true],
    ['a contributor on a criterion they own', editor('contributor'), ['m-me'], true],
    [
      'a contributor who owns the action, not the criterion',
      editor('contributor'),
      [null, 'm-me'],
      true,
    ],
    ['a contributor on an unowned criterion', editor('contributor'), [null], false],
    ['a contributor on someone else’s criterion', editor('contributor'), ['m-other'], false],
    ['a contributor without a membership', editor('contributor', null), [null], false],
    ['a manager who owns it (never possible, still refused)', editor('manager'), ['m-me'], false],
    ['a reviewer', editor('reviewer', null), [null], false],
    ['a platform admin', editor('platform-admin', null), [null], false],
    ['nobody (no membership)', editor(null), ['m-me'], false],
  ])('%s: %s', (_case, who, owners, expected) => {
    expect(canEditCriterion(who, owners)).toBe(expected);
  });

  it('never lets anyone edit who may not edit responses at all', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ActorKind | null>(...ACTOR_KINDS, null),
        fc.option(fc.constantFrom('m-1', 'm-2'), { nil: null }),
        fc.array(fc.option(fc.constantFrom('m-1', 'm-2', 'm-3'), { nil: null }), {
          maxLength: 3,
        }),
        (role, membershipId, owners) => {
          const allowed = canEditCriterion({ role, membershipId }, owners);
          if (role === null || !isAllowed(role, 'response.edit')) {
            expect(allowed).toBe(false);
          }
          if (role !== null && isAllowed(role, 'response.assign')) {
            expect(allowed).toBe(true);
          }
          if (allowed && role !== null && !isAllowed(role, 'response.assign')) {
            expect(owners).toContain(membershipId);
          }
        },
      ),
    );
  });
});

describe('canEditResponse', () => {
  it.each<[RoundStatus, boolean]>([
    ['draft', true],
    ['submitted', false],
    ['reviewed', false],
  ])('in a %s round, for someone who may edit the criterion: %s', (status, expected) => {
    expect(canEditResponse(status, editor('quality-officer'), null)).toBe(expected);
    expect(canEditResponse(status, editor('contributor'), 'm-me')).toBe(expected);
  });

  it('is never true for someone who may not edit the criterion, whatever the status', () => {
    for (const status of ROUND_STATUSES) {
      expect(canEditResponse(status, editor('contributor'), 'm-other')).toBe(false);
      expect(canEditResponse(status, editor('manager'), 'm-me')).toBe(false);
    }
  });
});

describe('findCriterion and assertRubricCriterion', () => {
  const RUBRIC = rubric([
    { code: 'OPD', criteria: [criterion('OPD-01')] },
    { code: 'VAK', criteria: [criterion('VAK-01'), criterion('VAK-02')] },
  ]);

  it('finds a criterion in any domain', () => {
    expect(findCriterion(RUBRIC, 'VAK-02')?.code).toBe('VAK-02');
    expect(assertRubricCriterion(RUBRIC, 'OPD-01').code).toBe('OPD-01');
  });

  it('answers null for a code the rubric does not know, and refuses it when named in a request', () => {
    expect(findCriterion(RUBRIC, 'XYZ-99')).toBeNull();
    expect(() => assertRubricCriterion(RUBRIC, 'XYZ-99')).toThrow(
      expect.objectContaining({
        code: 'unknown-criterion',
        kind: 'invalid',
        details: { criterionCode: 'XYZ-99' },
      }) as DomainRuleViolation,
    );
  });
});
