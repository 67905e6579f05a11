import fc from 'fast-check';

import { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  applyMemberChange,
  assertKeepsQualityOfficer,
  assertNotMember,
  isMemberRole,
  type MemberRoleChange,
  type MemberWithRole,
} from './membership-rules';
import { MEMBER_ROLES, type MemberRole } from './organisation.types';

const team: MemberWithRole[] = [
  { id: 'anna', role: 'quality-officer' },
  { id: 'bram', role: 'contributor' },
  { id: 'cor', role: 'manager' },
];
const twoOfficers: MemberWithRole[] = [...team, { id: 'dina', role: 'quality-officer' }];

describe('assertKeepsQualityOfficer', () => {
  it.each<[string, MemberWithRole[], MemberRoleChange]>([
    ['removing the only quality officer', team, { memberId: 'anna', newRole: null }],
    ['demoting the only quality officer', team, { memberId: 'anna', newRole: 'manager' }],
    ['removing the last member', [team[0]], { memberId: 'anna', newRole: null }],
    ['changing anyone while none is left', [team[1]], { memberId: 'bram', newRole: 'manager' }],
  ])('refuses %s', (_case, members, change) => {
    expect(() => assertKeepsQualityOfficer(members, change)).toThrow(
      new DomainRuleViolation('last-quality-officer'),
    );
    expect(() => assertKeepsQualityOfficer(members, change)).toThrow(
      expect.objectContaining({
        code: 'last-quality-officer',
        details: { memberId: change.memberId },
      }),
    );
  });

  it.each<[string, MemberWithRole[], MemberRoleChange]>([
    ['removing one of two quality officers', twoOfficers, { memberId: 'anna', newRole: null }],
    [
      'demoting one of two quality officers',
      twoOfficers,
      { memberId: 'dina', newRole: 'contributor' },
    ],
    ['keeping the quality officer role', team, { memberId: 'anna', newRole: 'quality-officer' }],
    ['removing a contributor', team, { memberId: 'bram', newRole: null }],
    ['promoting a manager', team, { memberId: 'cor', newRole: 'quality-officer' }],
    [
      'promoting the only member of a leaderless team',
      [team[1]],
      { memberId: 'bram', newRole: 'quality-officer' },
    ],
    ['changing a member that does not exist', team, { memberId: 'zoe', newRole: null }],
  ])('allows %s', (_case, members, change) => {
    expect(() => assertKeepsQualityOfficer(members, change)).not.toThrow();
  });

  it('never leaves an organisation without a quality officer', () => {
    const roleArb = fc.constantFrom(...MEMBER_ROLES);
    const membersArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), role: roleArb }),
      {
        selector: (member) => member.id,
        maxLength: 5,
      },
    );
    const changeArb = fc.record({
      memberId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x'),
      newRole: fc.option(roleArb, { nil: null }),
    });

    fc.assert(
      fc.property(membersArb, changeArb, (members, change) => {
        const after = applyMemberChange(members, change);
        const keepsOfficer = after.some((member) => member.role === 'quality-officer');
        let allowed = true;
        try {
          assertKeepsQualityOfficer(members, change);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainRuleViolation);
          allowed = false;
        }
        expect(allowed).toBe(keepsOfficer);
      }),
    );
  });
});

describe('applyMemberChange', () => {
  it('changes the role of one member and removes a member on null', () => {
    expect(applyMemberChange(team, { memberId: 'bram', newRole: 'manager' })).toEqual([
      { id: 'anna', role: 'quality-officer' },
      { id: 'bram', role: 'manager' },
      { id: 'cor', role: 'manager' },
    ]);
    expect(applyMemberChange(team, { memberId: 'bram', newRole: null })).toEqual([
      team[0],
      team[2],
    ]);
  });

  it('leaves the input untouched', () => {
    const members = team.map((member) => ({ ...member }));
    applyMemberChange(members, { memberId: 'anna', newRole: 'manager' });
    expect(members).toEqual(team);
  });
});

describe('isMemberRole', () => {
  it.each<[string, boolean]>([
    ['quality-officer', true],
    ['contributor', true],
    ['manager', true],
    ['peer-reviewer', false],
    ['Quality-Officer', false],
    ['', false],
    ['toString', false],
  ])('recognises %p as a member role: %p', (value, expected) => {
    expect(isMemberRole(value)).toBe(expected);
    if (isMemberRole(value)) {
      const role: MemberRole = value;
      expect(MEMBER_ROLES).toContain(role);
    }
  });
});

describe('assertNotMember', () => {
  const members = [{ email: 'anna@voorbeeld.nl' }, { email: 'bram@voorbeeld.nl' }];

  it('invites someone new and refuses a member (409)', () => {
    expect(() => assertNotMember(members, 'cor@voorbeeld.nl')).not.toThrow();
    expect(() => assertNotMember(members, 'bram@voorbeeld.nl')).toThrow(
      expect.objectContaining({
        code: 'already-member',
        kind: 'conflict',
        details: { email: 'bram@voorbeeld.nl' },
      }) as DomainRuleViolation,
    );
  });
});
