import { criterion, rubric } from '../readiness/readiness.fixtures';
import { whoDoesWhat, type WhoDoesWhatInput } from './who-does-what';

const sample = rubric([
  { code: 'OPD', criteria: [criterion('OPD-01'), criterion('OPD-02'), criterion('OPD-03')] },
]);

const response = (code: string, extra: Partial<WhoDoesWhatInput['responses'][number]> = {}) => ({
  criterionCode: code,
  level: null,
  notApplicable: false,
  isCarriedOver: false,
  state: 'draft' as const,
  reviewStatus: null,
  ownerMemberId: null,
  ...extra,
});

describe('whoDoesWhat', () => {
  it('counts per member what they own and how far it is, and their open and late actions', () => {
    const result = whoDoesWhat({
      roundId: 'r1',
      rubric: sample,
      members: [
        { memberId: 'anna', displayName: 'Anna', role: 'contributor' },
        { memberId: 'bert', displayName: 'Bert', role: 'quality-officer' },
      ],
      responses: [
        response('OPD-01', {
          level: 2,
          ownerMemberId: 'anna',
          state: 'ready-for-review',
          reviewStatus: 'accepted',
        }),
        response('OPD-02', { level: 2, isCarriedOver: true, ownerMemberId: 'anna' }),
        response('OPD-03'),
      ],
      actions: [
        {
          id: 'a1',
          title: 'Laat',
          criterionCode: 'OPD-01',
          dueDate: '2026-12-01',
          status: 'open',
          ownerMemberId: 'anna',
        },
        {
          id: 'a2',
          title: 'Op tijd',
          criterionCode: 'OPD-01',
          dueDate: '2026-12-31',
          status: 'in-progress',
          ownerMemberId: 'anna',
        },
        {
          id: 'a3',
          title: 'Klaar',
          criterionCode: 'OPD-01',
          dueDate: '2026-12-01',
          status: 'done',
          ownerMemberId: 'anna',
        },
      ],
      today: '2026-12-04',
    });
    const [anna, bert] = result.members;
    expect(anna.counts).toEqual({ criteria: 2, scored: 2, confirmed: 1, ready: 1, accepted: 1 });
    expect(anna.actionCounts).toEqual({ open: 2, late: 1 });
    expect(anna.actions.find((a) => a.id === 'a1')?.late).toBe(true);
    expect(bert.counts.criteria).toBe(0);
    expect(bert.actions).toEqual([]);
    expect(result.unassigned.map((c) => c.code)).toEqual(['OPD-03']);
  });
});
