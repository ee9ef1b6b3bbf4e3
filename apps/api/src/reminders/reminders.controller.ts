import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  createReminderRequest,
  type ReminderItem,
  reminderItem,
  type ReminderList,
  reminderList,
  snoozeReminderRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { RemindersService } from './reminders.service';

class CreateReminderDto extends createZodDto(createReminderRequest) {}
class SnoozeReminderDto extends createZodDto(snoozeReminderRequest) {}
class ReminderDto extends createZodDto(reminderItem) {}
class ReminderListDto extends createZodDto(reminderList) {}

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('reminders')
@Controller('cases/:id/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @ApiOperation({ summary: "The case's reminders with their status (pending, sent, cancelled, failed, dismissed)" })
  @ApiOkResponse({ type: ReminderListDto })
  list(@Auth() auth: AuthContext, @Param('id', uuid) caseId: string): Promise<ReminderList> {
    return this.reminders.list(auth, caseId);
  }

  @Post()
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Add a manual reminder ("call the bank on Tuesday")' })
  @ApiCreatedResponse({ type: ReminderDto })
  create(
    @Auth() auth: AuthContext,
    @Param('id', uuid) caseId: string,
    @Body() body: CreateReminderDto,
  ): Promise<ReminderItem> {
    return this.reminders.create(auth, caseId, body);
  }

  @Post(':rid/snooze')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Snooze a pending reminder until a later time' })
  @ApiOkResponse({ type: ReminderDto })
  snooze(
    @Auth() auth: AuthContext,
    @Param('id', uuid) caseId: string,
    @Param('rid', uuid) reminderId: string,
    @Body() body: SnoozeReminderDto,
  ): Promise<ReminderItem> {
    return this.reminders.snooze(auth, caseId, reminderId, body);
  }

  @Post(':rid/dismiss')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Dismiss a pending or sent reminder' })
  @ApiOkResponse({ type: ReminderDto })
  dismiss(
    @Auth() auth: AuthContext,
    @Param('id', uuid) caseId: string,
    @Param('rid', uuid) reminderId: string,
  ): Promise<ReminderItem> {
    return this.reminders.dismiss(auth, caseId, reminderId);
  }
}
