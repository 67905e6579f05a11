import {
  canAnswerCheckIn,
  canReadTeamWork,
  canRecordOrganisationLearning,
  canRecordTeamWork,
} from './team-work-rules';

describe('team work rules', () => {
  it.each([
    ['professional', null, false, false],
    ['professional', 'member', true, false],
    ['professional', 'lead', true, true],
    ['contributor', null, true, false],
    ['contributor', 'lead', true, true],
    ['manager', null, true, false],
    ['quality-officer', null, true, true],
  ] as const)('%s (%s in the team): reads %s, records %s', (role, teamRole, reads, records) => {
    expect(canReadTeamWork(role, teamRole)).toBe(reads);
    expect(canRecordTeamWork(role, teamRole)).toBe(records);
  });

  it('lets only the team’s own members answer a check-in', () => {
    expect(canAnswerCheckIn('member')).toBe(true);
    expect(canAnswerCheckIn('lead')).toBe(true);
    expect(canAnswerCheckIn(null)).toBe(false);
  });
});

describe('canRecordOrganisationLearning', () => {
  it('is the quality officer’s alone', () => {
    expect(canRecordOrganisationLearning('quality-officer')).toBe(true);
    for (const role of ['manager', 'contributor', 'professional'] as const) {
      expect(canRecordOrganisationLearning(role)).toBe(false);
    }
  });
});
