import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type MarkAllReadResponse,
  markAllReadResponse,
  type NotificationItem,
  notificationItem,
  type NotificationList,
  notificationList,
  notificationListQuery,
  type NotificationPreferences,
  notificationPreferences,
  type UnreadCount,
  unreadCount,
  updateNotificationPreferences,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth } from '../auth/auth.decorators';
import { NotificationsService } from './notifications.service';

class ListQueryDto extends createZodDto(notificationListQuery) {}
class ListDto extends createZodDto(notificationList) {}
class ItemDto extends createZodDto(notificationItem) {}
class UnreadCountDto extends createZodDto(unreadCount) {}
class MarkAllReadDto extends createZodDto(markAllReadResponse) {}
class PreferencesDto extends createZodDto(notificationPreferences) {}
class UpdatePreferencesDto extends createZodDto(updateNotificationPreferences) {}

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

/**
 * In-app notifications. Live delivery is by polling `unread-count` (see NOTIFICATION_POLL_INTERVAL_MS in the
 * contract): it works across any number of instances with no fan-out channel, behind any proxy.
 */
@ApiTags('notifications')
@AllowClient()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (cursor pagination; unread=true for unread only)' })
  @ApiOkResponse({ type: ListDto })
  list(@Auth() auth: AuthContext, @Query() query: ListQueryDto): Promise<NotificationList> {
    return this.notifications.list(auth, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many are unread, and when the newest arrived (poll this)' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@Auth() auth: AuthContext): Promise<UnreadCount> {
    return this.notifications.unreadCount(auth);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkAllReadDto })
  markAllRead(@Auth() auth: AuthContext): Promise<MarkAllReadResponse> {
    return this.notifications.markAllRead(auth);
  }

  @Get('preferences')
  @ApiOperation({
    summary:
      'Per channel (inApp, email at once, digest at 08:00), which cases: ALL, MINE_AND_UNASSIGNED, MINE (assigned or followed) or OFF',
  })
  @ApiOkResponse({ type: PreferencesDto })
  preferences(@Auth() auth: AuthContext): Promise<NotificationPreferences> {
    return this.notifications.preferences(auth);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Change any of the channels; the others stay as they are' })
  @ApiOkResponse({ type: PreferencesDto })
  setPreferences(@Auth() auth: AuthContext, @Body() body: UpdatePreferencesDto): Promise<NotificationPreferences> {
    return this.notifications.setPreferences(auth, body);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: ItemDto })
  markRead(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<NotificationItem> {
    return this.notifications.markRead(auth, id);
  }
}
