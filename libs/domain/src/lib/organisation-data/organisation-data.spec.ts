import {
  assertErasureConfirmed,
  assertErasurePending,
  assertNoErasurePending,
  erasureDueAt,
  FORMER_MEMBER,
  isErasureDue,
  pseudonymised,
} from './organisation-data';

describe('assertErasureConfirmed', () => {
  it.each([
    ['Welzijn Oost', 'Welzijn Oost'],
    ['Welzijn Oost', '  Welzijn   Oost '],
    ['Cliënt & Co', 'Cli\u0065\u0308nt & Co'],
  ])('accepts %j typed as %j', (name, typed) => {
    expect(() => assertErasureConfirmed(name, typed)).not.toThrow();
  });

  it.each([
    ['Welzijn Oost', 'welzijn oost'],
    ['Welzijn Oost', 'Welzijn Oos'],
    ['Welzijn Oost', ''],
  ])('refuses %j typed as %j', (name, typed) => {
    expect(() => assertErasureConfirmed(name, typed)).toThrow(
      expect.objectContaining({ code: 'organisation-name-mismatch', kind: 'invalid' }),
    );
  });
});

describe('the grace period', () => {
  it('ends 30 days later at the same time of day', () => {
    expect(erasureDueAt(new Date('2026-03-10T09:15:00.000Z')).toISOString()).toBe(
      '2026-04-09T09:15:00.000Z',
    );
  });

  it.each([
    [null, '2026-01-01T00:00:00Z', false],
    ['2026-02-01T10:00:00Z', '2026-02-01T09:59:59Z', false],
    ['2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z', true],
  ])('due %s is due at %s: %s', (due, now, expected) => {
    expect(isErasureDue(due ? new Date(due) : null, new Date(now))).toBe(expected);
  });

  it('refuses a second request and an undo without one', () => {
    expect(() => assertNoErasurePending(new Date())).toThrow(
      expect.objectContaining({ code: 'organisation-deletion-pending', kind: 'conflict' }),
    );
    expect(() => assertErasurePending(null)).toThrow(
      expect.objectContaining({ code: 'organisation-deletion-not-pending', kind: 'conflict' }),
    );
  });
});

describe('pseudonymised', () => {
  it('replaces the name and the address wherever they are a whole value', () => {
    const snapshot = {
      ownerName: 'Anna de Vries',
      mentions: ['anna@example.nl', 'Bert'],
      nested: { by: 'ANNA DE VRIES', level: 3 },
      note: 'Anna de Vries schreef dit',
    };
    expect(pseudonymised(snapshot, ['Anna de Vries', 'anna@example.nl'])).toEqual({
      ownerName: FORMER_MEMBER,
      mentions: [FORMER_MEMBER, 'Bert'],
      nested: { by: FORMER_MEMBER, level: 3 },
      note: 'Anna de Vries schreef dit',
    });
  });

  it('leaves a snapshot without them alone and ignores empty names', () => {
    expect(pseudonymised({ a: '', b: null }, [''])).toEqual({ a: '', b: null });
  });
});
