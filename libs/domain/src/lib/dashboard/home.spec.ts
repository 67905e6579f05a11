import type { ImprovementAction } from '../actions/action.types';
import type { MyCriterion } from '../assessments/round.types';
import { homeActions, homeMyCriteria, homeRounds } from './home';

const action = (over: Partial<ImprovementAction>): ImprovementAction => ({
  id: 'a',
  roundId: 'r',
  criterionCode: 'VAK-01',
  title: 'Actie',
  description: '',
  owner: null,
  dueDate: null,
  status: 'open',
  reflection: null,
  isOverdue: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
  completedAt: null,
  ...over,
});

const criterion = (over: Partial<MyCriterion>): MyCriterion => ({
  roundId: 'r',
  roundTitle: 'Ronde',
  targetDate: '2027-01-01',
  selfEvaluationDeadline: '2026-11-20',
  isSelfEvaluationOverdue: false,
  criterionCode: 'VAK-01',
  criterionTitle: 'Vakmanschap',
  domainCode: 'VAK',
  level: null,
  notApplicable: false,
  state: 'draft',
  isCarriedOver: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  review: null,
  ...over,
});

describe('homeActions', () => {
  it('counts open actions that are late or due within two weeks, soonest first', () => {
    const result = homeActions(
      [
        action({ id: 'late', dueDate: '2026-11-30' }),
        action({ id: 'soon', dueDate: '2026-12-10', status: 'in-progress' }),
        action({ id: 'later', dueDate: '2027-02-01' }),
        action({ id: 'done', dueDate: '2026-11-01', status: 'done' }),
        action({ id: 'undated' }),
      ],
      '2026-12-04',
    );
    expect(result).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(result.items.map((item) => [item.id, item.isOverdue])).toEqual([
      ['late', true],
      ['soon', false],
    ]);
  });

  it('does not count an action due today as late', () => {
    expect(homeActions([action({ dueDate: '2026-12-04' })], '2026-12-04')).toMatchObject({
      overdue: 0,
      dueSoon: 1,
    });
  });
});

it('lists every open action of a person without a horizon, undated last', () => {
  const result = homeActions(
    [action({ id: 'undated' }), action({ id: 'later', dueDate: '2027-02-01' })],
    '2026-12-04',
    null,
  );
  expect(result.items.map((item) => item.id)).toEqual(['later', 'undated']);
  expect(result).toMatchObject({ overdue: 0, dueSoon: 2 });
});

describe('homeMyCriteria', () => {
  it('counts what is not yet marked ready and what is not yet answered', () => {
    const result = homeMyCriteria([
      criterion({ criterionCode: 'A', level: 2 }),
      criterion({ criterionCode: 'B' }),
      criterion({ criterionCode: 'C', level: 3, state: 'ready-for-review' }),
      criterion({ criterionCode: 'D', notApplicable: true }),
    ]);
    expect(result).toMatchObject({ total: 4, toDo: 3, unanswered: 1 });
    expect(result.items.map((item) => item.criterionCode)).toEqual(['A', 'B', 'D']);
  });
});

describe('homeRounds', () => {
  const rounds = [
    { id: 'later', status: 'draft', targetDate: '2027-06-01', submittedAt: null },
    { id: 'sooner', status: 'draft', targetDate: '2027-03-01', submittedAt: null },
    { id: 'old', status: 'submitted', targetDate: '2026-01-01', submittedAt: '2025-12-01' },
    { id: 'gone', status: 'withdrawn', targetDate: '2027-01-01', submittedAt: null },
  ] as const;

  it.each(['quality-officer', 'manager'] as const)(
    'lists open rounds soonest first (%s)',
    (role) => {
      expect(homeRounds(rounds, role).map((round) => round.id)).toEqual(['sooner', 'later']);
    },
  );

  it('shows a manager the latest submitted round when none is open', () => {
    expect(homeRounds(rounds.slice(2), 'manager').map((round) => round.id)).toEqual(['old']);
    expect(homeRounds(rounds.slice(2), 'quality-officer')).toEqual([]);
  });
});
