import { DomainRuleViolation } from '../errors/domain-rule-violation';
import {
  canManageTeamMembers,
  normaliseTeamDescription,
  normaliseTeamName,
  seesAllTeams,
  TEAM_NAME_MAX_LENGTH,
  teamNameKey,
} from './team-rules';

describe('team names', () => {
  it('keeps single spaces and refuses an empty or overlong name', () => {
    expect(normaliseTeamName('  Wijkteam   Noord ')).toBe('Wijkteam Noord');
    expect(() => normaliseTeamName('   ')).toThrow(DomainRuleViolation);
    expect(() => normaliseTeamName('x'.repeat(TEAM_NAME_MAX_LENGTH + 1))).toThrow(
      expect.objectContaining({ code: 'team-name-too-long' }),
    );
  });

  it('compares names regardless of case and spacing', () => {
    expect(teamNameKey('Wijkteam  noord')).toBe(teamNameKey('wijkteam Noord'));
    expect(teamNameKey('Jongerenwerk')).not.toBe(teamNameKey('Wijkteam Noord'));
  });

  it('trims the description and limits it', () => {
    expect(normaliseTeamDescription(undefined)).toBe('');
    expect(normaliseTeamDescription('  Noord en Oost ')).toBe('Noord en Oost');
    expect(() => normaliseTeamDescription('x'.repeat(501))).toThrow(
      expect.objectContaining({ code: 'team-description-too-long' }),
    );
  });
});

describe('who manages a team and who sees which teams', () => {
  it.each([
    ['quality-officer', null, true],
    ['quality-officer', 'member', true],
    ['contributor', 'lead', true],
    ['professional', 'lead', true],
    ['manager', 'lead', true],
    ['contributor', 'member', false],
    ['professional', 'member', false],
    ['manager', null, false],
  ] as const)('a %s with team role %s manages members: %s', (role, teamRole, expected) => {
    expect(canManageTeamMembers(role, teamRole)).toBe(expected);
  });

  it('shows a professional only their own teams', () => {
    expect(seesAllTeams('professional')).toBe(false);
    expect(seesAllTeams('contributor')).toBe(true);
    expect(seesAllTeams('manager')).toBe(true);
    expect(seesAllTeams('quality-officer')).toBe(true);
  });
});
