import { RoundEvent } from '@labelklaar/domain';

import { changesOf } from './criterion-history.component';

const event = (before: RoundEvent['before'], after: RoundEvent['after']): RoundEvent =>
  ({
    id: 'e1',
    sequence: 1,
    roundId: 'r1',
    criterionCode: 'VAK-04',
    subject: 'action',
    subjectId: 'a1',
    type: 'action.updated',
    actor: null,
    occurredAt: '2026-11-01T09:00:00.000Z',
    before,
    after,
  }) as RoundEvent;

describe('changesOf', () => {
  const translate = (key: string) => key.split('.').pop() ?? key;

  it('writes calendar days in words in the interface language, never as an ISO date', () => {
    const changes = changesOf(event({ dueDate: null }, { dueDate: '2026-11-26' }), translate, 'nl');

    expect(changes).toEqual([{ field: 'dueDate', before: '—', after: '26 november 2026' }]);
    expect(changesOf(event({}, { validUntil: '2027-03-01' }), translate, 'en')[0]?.after).toBe(
      '1 March 2027',
    );
  });

  it('leaves out fields a reader does not understand and unchanged ones', () => {
    const changes = changesOf(
      event({ ownerId: 'x', title: 'Moreel beraad' }, { ownerId: 'y', title: 'Moreel beraad' }),
      translate,
    );

    expect(changes).toEqual([]);
  });
});
