import {
  MarkNotificationsRead,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_DELIVERIES,
  NotificationCategory,
  NotificationDelivery,
  UpdateNotificationPreferences,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  Equals,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class ListNotificationsQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The id of the last notification of the previous page',
  })
  @IsOptional()
  @IsUUID()
  before?: string;
}

/**
 * Either `ids` (your own; others are ignored) or `all: true`. A field that is sent is always
 * checked; one of the two is required.
 */
export class MarkNotificationsReadDto implements MarkNotificationsRead {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 200 })
  @ValidateIf((body: MarkNotificationsReadDto) => body.ids !== undefined || body.all === undefined)
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: [true] })
  @ValidateIf((body: MarkNotificationsReadDto) => body.all !== undefined || body.ids === undefined)
  @Equals(true)
  all?: boolean;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES)
  category: NotificationCategory;

  @ApiProperty({ enum: NOTIFICATION_DELIVERIES })
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery: NotificationDelivery;
}

export class UpdateNotificationPreferencesDto implements UpdateNotificationPreferences {
  @ApiProperty({ type: [NotificationPreferenceDto], maxItems: NOTIFICATION_CATEGORIES.length })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences: NotificationPreferenceDto[];
}

export class UnsubscribeQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'The token of the List-Unsubscribe URL' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

/** JSON `{token}` from the web page, or the RFC 8058 form body `List-Unsubscribe=One-Click`. */
export class UnsubscribeDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;

  @ApiPropertyOptional({ enum: ['One-Click'], name: 'List-Unsubscribe' })
  @IsOptional()
  @Equals('One-Click')
  'List-Unsubscribe'?: string;
}
