import { CheckInReminder, checkInRemindersFor, isoDayIn, remindersFor } from '@labelklaar/domain';

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService, NotifyInput } from '../notifications/notifications.service';
import { ReminderDigestsService } from './reminder-digests.service';
import { RemindersRepository } from './reminders.repository';

export const DAILY_REMINDERS_JOB = 'daily-reminders';
/** Before the working day starts, Amsterdam time (summer and winter alike: pg-boss uses the zone). */
export const DAILY_REMINDERS_CRON = '30 6 * * *';
/** Notifications written per transaction: large enough to be quick, small enough to retry. */
const BATCH = 500;

export interface DailyRemindersResult {
  day: string;
  reminders: number;
  created: number;
  digests: number;
  durationMs: number;
}

/**
 * The daily reminder job: the day's reminders (libs/domain `remindersFor`) become notifications,
 * each with its dedupe key, then every person with something waiting gets one digest mail.
 * Running it twice on a day, on one instance or two, creates and sends nothing twice.
 */
@Injectable()
export class DailyRemindersService implements OnModuleInit {
  private readonly logger = new Logger('DailyReminders');

  constructor(
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly digests: ReminderDigestsService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): Promise<void> {
    return this.jobs.register<{ day?: string }>({
      name: DAILY_REMINDERS_JOB,
      cron: DAILY_REMINDERS_CRON,
      retryLimit: 3,
      retryDelaySeconds: 300,
      handler: async (data) => {
        await this.run(data.day);
      },
    });
  }

  async run(day = isoDayIn(this.clock.now())): Promise<DailyRemindersResult> {
    const started = performance.now();
    const reminders: CheckInReminder[] = [
      ...remindersFor(await this.repository.roundsFor(day), day),
      // A team's check-in is due: its members who have not answered yet (issue 16).
      ...checkInRemindersFor(await this.repository.checkInTeamsFor(day), day),
    ];
    let created = 0;
    for (let start = 0; start < reminders.length; start += BATCH) {
      const batch = reminders.slice(start, start + BATCH).map(toNotifyInput);
      created += (await this.notifications.notifyMany(batch)).filter(Boolean).length;
    }
    const digests = await this.digests.send(day);
    const durationMs = Math.round(performance.now() - started);
    this.logger.log(
      `Daily reminders for ${day}: ${reminders.length} due, ${created} new notifications, ${digests} digests, ${durationMs} ms`,
    );
    return { day, reminders: reminders.length, created, digests, durationMs };
  }
}

function toNotifyInput(reminder: CheckInReminder): NotifyInput {
  return {
    userId: reminder.userId,
    organisationId: reminder.organisationId,
    category: reminder.category,
    kind: reminder.kind,
    params: reminder.params,
    link: reminder.link,
    dedupeKey: reminder.dedupeKey,
  };
}
