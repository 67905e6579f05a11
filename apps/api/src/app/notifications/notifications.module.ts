import { Module } from '@nestjs/common';

import { NotificationCenterService } from './notification-center.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { UnsubscribeTokens } from './unsubscribe-tokens.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

@Module({
  controllers: [NotificationsController, UnsubscribeController],
  providers: [
    NotificationCenterService,
    NotificationsRepository,
    NotificationsService,
    UnsubscribeService,
    UnsubscribeTokens,
  ],
  exports: [NotificationsService, UnsubscribeTokens],
})
export class NotificationsModule {}
