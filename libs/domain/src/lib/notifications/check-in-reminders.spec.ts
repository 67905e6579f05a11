import { checkInRemindersFor, ReminderCheckInTeam } from './check-in-reminders';

const team = (overrides: Partial<ReminderCheckInTeam> = {}): ReminderCheckInTeam => ({
  organisationId: 'org',
  teamId: 'team-1',
  teamName: 'Wijkteam Noord',
  cadence: 'monthly',
  memberUserIds: ['anna', 'bram', 'cem'],
  answeredUserIds: ['bram'],
  ...overrides,
});

describe('checkInRemindersFor', () => {
  it('reminds the members who have not answered, a week before a month ends', () => {
    const reminders = checkInRemindersFor([team()], '2026-12-24');
    expect(reminders.map((r) => r.userId)).toEqual(['anna', 'cem']);
    expect(reminders[0]).toMatchObject({
      organisationId: 'org',
      category: 'check-in-reminder',
      kind: 'check-in-due',
      params: { teamName: 'Wijkteam Noord', periodKey: '2026-12', periodEnd: '2026-12-31' },
      link: '/teams/team-1',
      dedupeKey: 'anna:check-in-reminder:team:team-1:2026-12:2026-12-24',
    });
  });

  it('reminds on that one day only', () => {
    expect(checkInRemindersFor([team()], '2026-12-23')).toEqual([]);
    expect(checkInRemindersFor([team()], '2026-12-25')).toEqual([]);
  });

  it('reminds a quarterly team two weeks before the quarter ends', () => {
    const quarterly = team({ cadence: 'quarterly', answeredUserIds: [] });
    expect(checkInRemindersFor([quarterly], '2026-12-17')).toHaveLength(3);
    expect(checkInRemindersFor([quarterly], '2026-12-24')).toEqual([]);
  });

  it('reminds nobody when everyone answered, and a member in two lists once', () => {
    expect(
      checkInRemindersFor([team({ answeredUserIds: ['anna', 'bram', 'cem'] })], '2026-12-24'),
    ).toEqual([]);
    expect(
      checkInRemindersFor([team({ memberUserIds: ['anna', 'anna'] })], '2026-12-24'),
    ).toHaveLength(1);
  });
});
