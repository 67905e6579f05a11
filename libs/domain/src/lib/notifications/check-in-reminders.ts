import {
  dueCheckInPeriod,
  isCheckInReminderDue,
  type CheckInCadence,
} from '../vakmanschap/check-in-calendar';
import { reminderDedupeKey, type IsoDay, type Reminder } from './reminders';

/** A team's check-in facts on one day: its cadence, its members, who answered the running period. */
export interface ReminderCheckInTeam {
  organisationId: string;
  teamId: string;
  teamName: string;
  cadence: CheckInCadence;
  memberUserIds: readonly string[];
  /** Members who answered the running period already. */
  answeredUserIds: readonly string[];
}

/** A check-in reminder is about a team, not a round. */
export type CheckInReminder = Omit<Reminder, 'roundId'>;

/**
 * The check-in reminders of a day: every member of a team who has not answered the running period,
 * on the one day the calendar says the check-in is due (`isCheckInReminderDue`). Once per member,
 * team and period: the dedupe key names the period, so a job that runs twice creates nothing twice.
 */
export function checkInRemindersFor(
  teams: readonly ReminderCheckInTeam[],
  today: IsoDay,
): CheckInReminder[] {
  return teams.flatMap((team) => {
    const period = dueCheckInPeriod(today, team.cadence);
    const answered = new Set(team.answeredUserIds);
    return [...new Set(team.memberUserIds)]
      .filter((userId) =>
        isCheckInReminderDue({ today, cadence: team.cadence, hasAnswered: answered.has(userId) }),
      )
      .map((userId) => ({
        userId,
        organisationId: team.organisationId,
        category: 'check-in-reminder' as const,
        kind: 'check-in-due',
        params: {
          teamName: team.teamName,
          teamId: team.teamId,
          periodKey: period.key,
          periodEnd: period.to,
        },
        link: `/teams/${team.teamId}`,
        dedupeKey: reminderDedupeKey(
          userId,
          'check-in-reminder',
          `team:${team.teamId}:${period.key}`,
          today,
        ),
      }));
  });
}
