import { DigestItem, groupDigests } from './digest';

const item = (
  id: string,
  userId: string,
  organisationName: string | null,
  roundTitle: string | null,
): DigestItem => ({
  notificationId: id,
  userId,
  organisationId: organisationName && `org-${organisationName}`,
  organisationName,
  roundId: roundTitle && `round-${roundTitle}`,
  roundTitle,
  category: 'deadline-reminder',
  kind: 'deadline-in-7-days',
  params: {},
  link: '/rounds',
});

describe('groupDigests', () => {
  it('gives a person in two organisations one digest, by organisation then round', () => {
    const digests = groupDigests(
      [
        item('1', 'anna', 'Zuidwest', 'Ronde 2027'),
        item('2', 'anna', 'Amstel', 'Ronde B'),
        item('3', 'anna', 'Amstel', 'Ronde A'),
        item('4', 'anna', 'Zuidwest', 'Ronde 2027'),
        item('5', 'bram', 'Amstel', 'Ronde A'),
        item('6', 'anna', null, null),
      ],
      '2027-03-13',
    );
    expect(digests.map((d) => [d.userId, d.itemCount])).toEqual([
      ['anna', 5],
      ['bram', 1],
    ]);
    expect(
      digests[0].organisations.map((o) => [
        o.organisationName,
        o.rounds.map((r) => [r.roundTitle, r.items.map((i) => i.notificationId)]),
      ]),
    ).toEqual([
      [
        'Amstel',
        [
          ['Ronde A', ['3']],
          ['Ronde B', ['2']],
        ],
      ],
      ['Zuidwest', [['Ronde 2027', ['1', '4']]]],
      [null, [[null, ['6']]]],
    ]);
  });

  it('makes no digest for nobody', () => {
    expect(groupDigests([], '2027-03-13')).toEqual([]);
  });
});
