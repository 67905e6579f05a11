import fc from 'fast-check';

import { addDays, isoDayIn } from '../common/iso-day';
import { daysBetween } from '../dashboard/days';
import { startOfDayIn } from '../review-access/review-invitation-rules';
import { groupDigests } from './digest';
import { REMINDER_KINDS } from './reminder-texts';
import { isLateActionReminderDay, Reminder, ReminderRound, remindersFor } from './reminders';

const QO = 'qo-1';
const OWNER = 'owner-1';

function round(overrides: Partial<ReminderRound> = {}): ReminderRound {
  return {
    organisationId: 'org-1',
    roundId: 'round-1',
    roundTitle: 'Zelfevaluatie 2027',
    isDraft: true,
    selfEvaluationDeadline: '2027-03-20',
    targetDate: '2027-06-01',
    qualityOfficerIds: [QO],
    criteria: [
      { code: 'VM1', ownerUserId: OWNER, isReady: false },
      { code: 'VM2', ownerUserId: 'owner-2', isReady: true },
    ],
    actions: [],
    evidence: [],
    hearing: null,
    reviewInvitations: [],
    ...overrides,
  };
}

const who = (reminders: Reminder[]) =>
  reminders.map((r) => `${r.userId} ${r.category} ${r.kind}`).sort();

describe('remindersFor: the self-evaluation deadline', () => {
  it.each([
    ['2027-03-06', 'deadline-in-14-days'],
    ['2027-03-13', 'deadline-in-7-days'],
    ['2027-03-19', 'deadline-tomorrow'],
  ])('on %s reminds the owner with open criteria and the quality officer (%s)', (today, kind) => {
    expect(who(remindersFor([round()], today))).toEqual([
      `${OWNER} deadline-reminder ${kind}`,
      `${QO} deadline-reminder ${kind}`,
    ]);
  });

  it.each(['2027-03-05', '2027-03-12', '2027-03-18', '2027-03-20', '2027-03-21'])(
    'says nothing on %s',
    (today) => expect(remindersFor([round()], today)).toEqual([]),
  );

  it('leaves owners whose criteria are all ready, and rounds no longer in draft', () => {
    const ready = round({ criteria: [{ code: 'VM1', ownerUserId: OWNER, isReady: true }] });
    expect(who(remindersFor([ready], '2027-03-13'))).toEqual([
      `${QO} deadline-reminder deadline-in-7-days`,
    ]);
    expect(remindersFor([round({ isDraft: false })], '2027-03-13')).toEqual([]);
  });

  it('counts a deadline on a weekend in calendar days: Saturday 2027-03-20 is reminded on Friday the 19th', () => {
    expect(remindersFor([round()], '2027-03-19')[0].params['daysLeft']).toBe(1);
  });

  it('is not moved by the change to summer time (28 March 2027)', () => {
    const overDst = round({ selfEvaluationDeadline: '2027-04-04' });
    // 06:30 in Amsterdam on the morning the clocks went forward is still that calendar day.
    const today = isoDayIn(new Date('2027-03-28T04:30:00Z'));
    expect(today).toBe('2027-03-28');
    expect(who(remindersFor([overDst], today))).toContain(
      `${QO} deadline-reminder deadline-in-7-days`,
    );
  });

  it('gives a quality officer who also owns criteria one reminder, not two', () => {
    const both = round({ criteria: [{ code: 'VM1', ownerUserId: QO, isReady: false }] });
    expect(who(remindersFor([both], '2027-03-13'))).toEqual([
      `${QO} deadline-reminder deadline-in-7-days`,
    ]);
  });
});

describe('remindersFor: actions', () => {
  const action = (
    dueDate: string,
    status: 'open' | 'done' = 'open',
    ownerUserId: string | null = OWNER,
  ) =>
    round({
      actions: [{ actionId: 'a1', title: 'Klachtenregeling', dueDate, ownerUserId, status }],
    });

  it.each([
    ['2027-05-08', 'action-due-soon', [OWNER]],
    ['2027-05-16', 'action-late', [OWNER, QO]],
    ['2027-05-23', 'action-late', [OWNER, QO]],
    ['2027-05-30', 'action-late', [OWNER, QO]],
  ])('on %s: %s to %j (due 2027-05-15)', (today, kind, recipients) => {
    const reminders = remindersFor([action('2027-05-15')], today).filter(
      (r) => r.category === 'action-reminder',
    );
    expect(reminders.map((r) => r.userId).sort()).toEqual([...recipients].sort());
    expect(new Set(reminders.map((r) => r.kind))).toEqual(new Set([kind]));
  });

  it.each(['2027-05-09', '2027-05-15', '2027-05-17', '2027-05-22'])('is quiet on %s', (today) => {
    expect(remindersFor([action('2027-05-15')], today)).toEqual([]);
  });

  it('reminds the quality officer of an action without owner, and nobody of a done one', () => {
    expect(who(remindersFor([action('2027-05-15', 'open', null)], '2027-05-08'))).toEqual([
      `${QO} action-reminder action-due-soon`,
    ]);
    expect(remindersFor([action('2027-05-15', 'done')], '2027-05-16')).toEqual([]);
  });

  it('reminds a late action on day 1 and then once a week, never two days running', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (offset) => {
        const today = addDays('2027-05-15', offset);
        const tomorrow = addDays(today, 1);
        return !(
          isLateActionReminderDay('2027-05-15', today) &&
          isLateActionReminderDay('2027-05-15', tomorrow)
        );
      }),
    );
    expect(isLateActionReminderDay('2027-05-15', '2027-05-16')).toBe(true);
  });
});

describe('remindersFor: evidence, hearing and review invitations', () => {
  const withEvidence = (validUntil: string) =>
    round({ evidence: [{ evidenceId: 'e1', title: 'Jaarverslag', validUntil }] });

  it.each([
    ['2027-04-01', '2027-05-01', 'evidence-expires-soon'],
    ['2027-04-24', '2027-05-01', 'evidence-expires-soon'],
    ['2027-05-02', '2027-05-01', 'evidence-expired'],
  ])(
    'on %s tells the quality officer of evidence valid until %s (%s)',
    (today, validUntil, kind) => {
      expect(who(remindersFor([withEvidence(validUntil)], today))).toEqual([
        `${QO} evidence-expiry ${kind}`,
      ]);
    },
  );

  it('says nothing of evidence valid past the target date', () => {
    expect(remindersFor([withEvidence('2027-06-01')], '2027-05-25')).toEqual([]);
  });

  it('tells the quality officer and the lead reviewer 3 days before the hearing ends', () => {
    const hearing = round({
      isDraft: false,
      hearing: { endsOn: '2027-07-10', leadReviewerUserId: 'lead' },
    });
    expect(who(remindersFor([hearing], '2027-07-07'))).toEqual([
      'lead peer-review hearing-ends-soon',
      `${QO} peer-review hearing-ends-soon`,
    ]);
    expect(remindersFor([hearing], '2027-07-08')).toEqual([]);
  });

  it('tells a reviewer whose review is a draft 3 days before the invitation’s last day', () => {
    const lastDay = isoDayIn(new Date(startOfDayIn('2027-07-11').getTime() - 1));
    const invitation = (reviewStatus: 'draft' | 'submitted') =>
      round({
        isDraft: false,
        reviewInvitations: [
          { invitationId: 'i1', reviewId: 'r1', reviewerUserId: 'rev', lastDay, reviewStatus },
        ],
      });
    expect(remindersFor([invitation('draft')], '2027-07-07')).toMatchObject([
      { userId: 'rev', category: 'review-invitation-expiry', link: '/reviews/r1' },
    ]);
    expect(remindersFor([invitation('submitted')], '2027-07-07')).toEqual([]);
  });
});

const people = ['p1', 'p2', 'p3', 'p4'];
const arbitraryRound = fc.record({
  organisationId: fc.constantFrom('org-a', 'org-b'),
  roundId: fc.uuid(),
  roundTitle: fc.string({ maxLength: 10 }),
  isDraft: fc.boolean(),
  selfEvaluationDeadline: fc.integer({ min: 0, max: 30 }).map((n) => addDays('2027-03-01', n)),
  targetDate: fc.integer({ min: 0, max: 60 }).map((n) => addDays('2027-03-01', n)),
  qualityOfficerIds: fc.uniqueArray(fc.constantFrom(...people), { maxLength: 2 }),
  criteria: fc.array(
    fc.record({
      code: fc.string(),
      ownerUserId: fc.option(fc.constantFrom(...people)),
      isReady: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  actions: fc.array(
    fc.record({
      actionId: fc.uuid(),
      title: fc.string(),
      dueDate: fc.option(fc.integer({ min: -20, max: 20 }).map((n) => addDays('2027-03-10', n))),
      ownerUserId: fc.option(fc.constantFrom(...people)),
      status: fc.constantFrom('open' as const, 'in-progress' as const, 'done' as const),
    }),
    { maxLength: 4 },
  ),
  evidence: fc.array(
    fc.record({
      evidenceId: fc.uuid(),
      title: fc.string(),
      validUntil: fc.option(fc.integer({ min: 0, max: 60 }).map((n) => addDays('2027-03-01', n))),
    }),
    { maxLength: 4 },
  ),
  hearing: fc.constant(null),
  reviewInvitations: fc.constant([]),
});

describe('reminders and digests, as properties', () => {
  it('never give one person two reminders with one dedupe key, and keys name person and day', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRound, { maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        (rounds, n) => {
          const today = addDays('2027-03-01', n);
          const reminders = remindersFor(rounds, today);
          const keys = reminders.map((r) => r.dedupeKey);
          return (
            new Set(keys).size === keys.length &&
            reminders.every(
              (r) =>
                r.dedupeKey.startsWith(`${r.userId}:${r.category}:`) && r.dedupeKey.endsWith(today),
            )
          );
        },
      ),
    );
  });

  it('give each person one digest, whatever the number of organisations and rounds', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRound, { maxLength: 8 }),
        fc.integer({ min: 0, max: 40 }),
        (rounds, n) => {
          const today = addDays('2027-03-01', n);
          const reminders = remindersFor(rounds, today);
          const digests = groupDigests(
            reminders.map((r, i) => ({
              ...r,
              notificationId: String(i),
              organisationName: r.organisationId,
              roundTitle: r.roundId,
            })),
            today,
          );
          const users = digests.map((d) => d.userId);
          const carried = digests.flatMap((d) =>
            d.organisations.flatMap((o) => o.rounds.flatMap((r) => r.items)),
          );
          return (
            new Set(users).size === users.length &&
            new Set(users).size === new Set(reminders.map((r) => r.userId)).size &&
            carried.length === reminders.length
          );
        },
      ),
    );
  });
});

describe('reminder texts', () => {
  it('have words in both languages for every kind the rules make, under its category', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRound, { maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        (rounds, n) =>
          remindersFor(rounds, addDays('2027-03-01', n)).every((r) => {
            const kind = REMINDER_KINDS[r.kind as keyof typeof REMINDER_KINDS];
            return (
              kind?.category === r.category &&
              kind.nl(r.params).title !== '' &&
              kind.en(r.params).body !== ''
            );
          }),
      ),
    );
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetween('2027-03-29', '2027-03-27')).toBe(-2);
  });
});
