import {
  DEFAULT_DELIVERY,
  deliveryFor,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_PAGE_SIZE,
  NOTIFICATION_RETENTION_DAYS,
} from '@labelklaar/domain';

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue';
import {
  NotificationListResponseDto,
  NotificationPreferencesResponseDto,
  NotificationUnreadCountResponseDto,
} from './dto/notification-response.dto';
import { MarkNotificationsReadDto, UpdateNotificationPreferencesDto } from './dto/notification.dto';
import { mapNotification } from './notification.mappers';
import { NotificationsRepository } from './notifications.repository';

export const NOTIFICATION_RETENTION_JOB = 'notifications-retention';

/** The notification centre of the logged-in person, and their preferences. */
@Injectable()
export class NotificationCenterService implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.register({
      name: NOTIFICATION_RETENTION_JOB,
      cron: '20 3 * * *',
      retryLimit: 5,
      retryDelaySeconds: 60,
      handler: async () => {
        const deleted = await this.deleteExpired();
        this.logger.log(`Deleted ${deleted} notifications older than the retention period`);
      },
    });
  }

  async list(userId: string, before?: string): Promise<NotificationListResponseDto> {
    const since = this.retentionStart();
    const manager = this.dataSource.manager;
    const rows = await this.repository.page(manager, userId, since, before, NOTIFICATION_PAGE_SIZE);
    const unreadCount = await this.repository.unreadCount(manager, userId, since);
    const isFull = rows.length === NOTIFICATION_PAGE_SIZE;
    return {
      items: rows.map(mapNotification),
      unreadCount,
      nextBefore: isFull ? rows[rows.length - 1].id : null,
    };
  }

  async markRead(
    userId: string,
    body: MarkNotificationsReadDto,
  ): Promise<NotificationUnreadCountResponseDto> {
    const manager = this.dataSource.manager;
    await this.repository.markRead(
      manager,
      userId,
      body.all ? null : (body.ids ?? []),
      this.clock.now(),
    );
    return {
      unreadCount: await this.repository.unreadCount(manager, userId, this.retentionStart()),
    };
  }

  async preferences(userId: string): Promise<NotificationPreferencesResponseDto> {
    const chosen = await this.repository.preferencesOf(this.dataSource.manager, userId);
    return {
      preferences: NOTIFICATION_CATEGORIES.map((category) => ({
        category,
        delivery: deliveryFor(category, chosen),
        defaultDelivery: DEFAULT_DELIVERY[category],
      })),
    };
  }

  async updatePreferences(
    userId: string,
    body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesResponseDto> {
    await this.dataSource.transaction(async (manager) => {
      for (const { category, delivery } of body.preferences) {
        await this.repository.setPreference(manager, userId, category, delivery);
      }
    });
    return this.preferences(userId);
  }

  /** What the daily job does; answers how many went. */
  deleteExpired(): Promise<number> {
    return this.repository.deleteCreatedBefore(this.dataSource.manager, this.retentionStart());
  }

  private retentionStart(): Date {
    return new Date(this.clock.now().getTime() - NOTIFICATION_RETENTION_DAYS * 86_400_000);
  }
}
