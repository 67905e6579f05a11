import fc from 'fast-check';

import {
  ACTION_TRANSITIONS,
  assertActionChange,
  assertDueDateNotPast,
  canChangeActionStatus,
  isActionOverdue,
} from './action-rules';
import { ACTION_STATUSES, type ActionStatus } from './action.types';

describe('canChangeActionStatus', () => {
  it.each<[ActionStatus, ActionStatus, boolean]>([
    ['open', 'in-progress', true],
    ['open', 'done', true],
    ['open', 'cancelled', true],
    ['in-progress', 'open', true],
    ['in-progress', 'done', true],
    ['in-progress', 'cancelled', true],
    ['done', 'in-progress', true],
    ['done', 'open', false],
    ['done', 'cancelled', false],
    ['cancelled', 'open', true],
    ['cancelled', 'in-progress', false],
    ['cancelled', 'done', false],
  ])('%s → %s: %p', (from, to, expected) => {
    expect(canChangeActionStatus(from, to)).toBe(expected);
  });

  const statusArb = fc.constantFrom(...ACTION_STATUSES);

  it('always allows staying put', () => {
    fc.assert(
      fc.property(statusArb, (status) => expect(canChangeActionStatus(status, status)).toBe(true)),
    );
  });

  it('reaches every status from every status in a few steps', () => {
    fc.assert(
      fc.property(statusArb, statusArb, (from, to) => {
        const reachable = new Set<ActionStatus>([from]);
        for (let step = 0; step < ACTION_STATUSES.length; step += 1) {
          [...reachable].forEach((status) =>
            ACTION_TRANSITIONS[status].forEach((next) => reachable.add(next)),
          );
        }
        expect(reachable.has(to)).toBe(true);
      }),
    );
  });

  it('never lets a walk of allowed steps reach done without passing through a reflection check', () => {
    fc.assert(
      fc.property(
        fc.array(statusArb, { maxLength: 12 }),
        fc.array(fc.option(fc.string(), { nil: null }), { minLength: 12, maxLength: 12 }),
        (walk, reflections) => {
          let current = { status: 'open' as ActionStatus, reflection: null as string | null };
          walk.forEach((status, index) => {
            const next = { status, reflection: reflections[index] ?? null };
            try {
              assertActionChange(current, next);
              current = next;
            } catch {
              // A refused step leaves the action as it was.
            }
          });
          expect(current.status !== 'done' || (current.reflection ?? '').trim() !== '').toBe(true);
        },
      ),
    );
  });
});

describe('assertActionChange', () => {
  it('refuses a transition that is not allowed', () => {
    expect(() =>
      assertActionChange(
        { status: 'cancelled', reflection: null },
        { status: 'done', reflection: 'x' },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-action-transition',
        details: { from: 'cancelled', to: 'done' },
      }),
    );
  });

  it.each([null, '', '  '])('refuses done with the reflection %p', (reflection) => {
    expect(() =>
      assertActionChange(
        { status: 'in-progress', reflection: null },
        { status: 'done', reflection },
      ),
    ).toThrow(expect.objectContaining({ code: 'reflection-required' }));
  });

  it('accepts done with a reflection', () => {
    expect(() =>
      assertActionChange(
        { status: 'in-progress', reflection: null },
        { status: 'done', reflection: 'Intervisie staat nu maandelijks gepland.' },
      ),
    ).not.toThrow();
  });
});

describe('isActionOverdue', () => {
  it.each<[ActionStatus, string | null, boolean]>([
    ['open', '2026-06-29', true],
    ['in-progress', '2026-06-29', true],
    ['open', '2026-06-30', false],
    ['open', null, false],
    ['done', '2026-01-01', false],
    ['cancelled', '2026-01-01', false],
  ])('%s due %p on 2026-06-30 → %p', (status, dueDate, expected) => {
    expect(isActionOverdue({ status, dueDate }, '2026-06-30')).toBe(expected);
  });
});

describe('assertDueDateNotPast', () => {
  it.each([
    [null, '2026-12-04'],
    [undefined, '2026-12-04'],
    ['2026-12-04', '2026-12-04'],
    ['2027-01-15', '2026-12-04'],
  ])('accepts due date %s on %s', (dueDate, today) => {
    expect(() => assertDueDateNotPast(dueDate, today)).not.toThrow();
  });

  it('refuses a due date before today (422)', () => {
    expect(() => assertDueDateNotPast('2026-12-03', '2026-12-04')).toThrow(
      expect.objectContaining({
        code: 'due-date-in-past',
        kind: 'invalid',
        details: { dueDate: '2026-12-03', today: '2026-12-04' },
      }),
    );
  });
});
