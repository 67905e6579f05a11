import {
  DAILY_DIGEST,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_DELIVERIES,
  NotificationCategory,
  NotificationDelivery,
  NotificationItem,
  NotificationList,
  NotificationPreference,
  NotificationPreferences,
  NotificationUnreadCount,
  UnsubscribeResult,
  UnsubscribeTopic,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class NotificationResponseDto implements NotificationItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: NotificationCategory;
  @ApiProperty({ description: 'Names the text, in libs/domain notification-texts.ts' })
  kind: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
  })
  params: Record<string, string | number | null>;
  @ApiProperty({ description: 'Path in the web app' }) link: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export class NotificationListResponseDto implements NotificationList {
  @ApiProperty({ type: [NotificationResponseDto] }) items: NotificationResponseDto[];
  @ApiProperty() unreadCount: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) nextBefore: string | null;
}

export class NotificationUnreadCountResponseDto implements NotificationUnreadCount {
  @ApiProperty() unreadCount: number;
}

export class NotificationPreferenceResponseDto implements NotificationPreference {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: NotificationCategory;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) delivery: NotificationDelivery;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) defaultDelivery: NotificationDelivery;
}

export class NotificationPreferencesResponseDto implements NotificationPreferences {
  @ApiProperty({ type: [NotificationPreferenceResponseDto] })
  preferences: NotificationPreferenceResponseDto[];
}

export class UnsubscribeResponseDto implements UnsubscribeResult {
  @ApiProperty({
    enum: [...NOTIFICATION_CATEGORIES, DAILY_DIGEST],
    description:
      'The category switched off, or `daily-digest`: every category mailed in the daily overview',
  })
  category: UnsubscribeTopic;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) delivery: NotificationDelivery;
}
