import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentSession } from '../common/auth/auth.decorators';
import { SessionContext } from '../common/auth/request-context';
import {
  NotificationListResponseDto,
  NotificationPreferencesResponseDto,
  NotificationUnreadCountResponseDto,
} from './dto/notification-response.dto';
import {
  ListNotificationsQueryDto,
  MarkNotificationsReadDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { NotificationCenterService } from './notification-center.service';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller({ path: 'me', version: '1' })
export class NotificationsController {
  constructor(private readonly center: NotificationCenterService) {}

  @Get('notifications')
  @ApiOperation({
    summary: 'Your notifications, newest first, of the last 90 days, with the unread count',
    description:
      'Any logged-in user, their own notifications only. 30 a page; pass `nextBefore` as `?before=` for the next.',
  })
  list(
    @CurrentSession() session: SessionContext,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationListResponseDto> {
    return this.center.list(session.userId, query.before);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark notifications read: the given ids, or all',
    description:
      'Any logged-in user. `{ids}` marks those of your own notifications read (ids of others change nothing); `{all: true}` marks every one read. Answers the unread count after.',
  })
  @ApiOkResponse({ type: NotificationUnreadCountResponseDto })
  @ApiBadRequestResponse({ description: 'problem+json /problems/validation-failed' })
  markRead(
    @CurrentSession() session: SessionContext,
    @Body() body: MarkNotificationsReadDto,
  ): Promise<NotificationUnreadCountResponseDto> {
    return this.center.markRead(session.userId, body);
  }

  @Get('notification-preferences')
  @ApiOperation({
    summary: 'How each category of notification reaches you, with its default',
    description: 'Any logged-in user. Every category: immediate (its own mail), digest or off.',
  })
  preferences(
    @CurrentSession() session: SessionContext,
  ): Promise<NotificationPreferencesResponseDto> {
    return this.center.preferences(session.userId);
  }

  @Put('notification-preferences')
  @ApiOperation({
    summary: 'Choose how categories of notification reach you',
    description:
      'Any logged-in user. The categories named change; the others stay. Off still keeps them in the notification centre. Essential mail (invitations, password) is no category and always sent.',
  })
  @ApiOkResponse({ type: NotificationPreferencesResponseDto })
  @ApiBadRequestResponse({ description: 'problem+json /problems/validation-failed' })
  updatePreferences(
    @CurrentSession() session: SessionContext,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesResponseDto> {
    return this.center.updatePreferences(session.userId, body);
  }
}
