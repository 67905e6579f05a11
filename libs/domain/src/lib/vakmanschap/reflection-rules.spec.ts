import { canChangeReflection, canReadReflection } from './reflection-rules';

const reflection = (isShared: boolean) => ({ authorUserId: 'author', teamId: 'team-a', isShared });
const reader = (userId: string, ...teams: string[]) => ({ userId, teamIds: new Set(teams) });

describe('canReadReflection', () => {
  it.each([
    ['the author, not shared', reflection(false), reader('author'), true],
    ['the author, after leaving the team', reflection(true), reader('author'), true],
    ['a team member, not shared', reflection(false), reader('colleague', 'team-a'), false],
    ['a team member, shared', reflection(true), reader('colleague', 'team-a'), true],
    ['a member of another team, shared', reflection(true), reader('other', 'team-b'), false],
    ['someone in no team, shared', reflection(true), reader('manager'), false],
  ])('%s: %s', (_label, subject, who, expected) => {
    expect(canReadReflection(subject, who)).toBe(expected);
  });
});

describe('canChangeReflection', () => {
  it('leaves changing to the author, also once shared', () => {
    expect(canChangeReflection(reflection(true), 'author')).toBe(true);
    expect(canChangeReflection(reflection(true), 'colleague')).toBe(false);
  });
});
