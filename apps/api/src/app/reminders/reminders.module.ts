import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { DailyRemindersService } from './daily-reminders.service';
import { ReminderDigestsRepository } from './reminder-digests.repository';
import { ReminderDigestsService } from './reminder-digests.service';
import { RemindersRepository } from './reminders.repository';

@Module({
  imports: [NotificationsModule],
  providers: [
    DailyRemindersService,
    ReminderDigestsRepository,
    ReminderDigestsService,
    RemindersRepository,
  ],
  exports: [DailyRemindersService],
})
export class RemindersModule {}
