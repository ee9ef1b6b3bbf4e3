import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  caseSnoozeRequest,
  caseSnoozeResponse,
  type CaseSnoozeResponse,
  caseWatchersResponse,
  type CaseWatchersResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from './cases.controller';
import { FollowUpService } from './follow-up.service';

class WatchersDto extends createZodDto(caseWatchersResponse) {}
class SnoozeRequestDto extends createZodDto(caseSnoozeRequest) {}
class SnoozeDto extends createZodDto(caseSnoozeResponse) {}

/** Following a case and snoozing its chases. */
@ApiTags('cases')
@Controller('cases/:id')
export class FollowUpController {
  constructor(private readonly followUp: FollowUpService) {}

  @Get('watchers')
  @ApiOperation({ summary: 'Who follows the case (hears of it as of their own), and whether the caller does' })
  @ApiOkResponse({ type: WatchersDto })
  watchers(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseWatchersResponse> {
    return this.followUp.watchers(auth, caseId);
  }

  @Put('watchers/me')
  @ApiOperation({ summary: 'Follow the case (any member but a portal client)' })
  @ApiOkResponse({ type: WatchersDto })
  watch(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseWatchersResponse> {
    return this.followUp.setWatching(auth, caseId, true);
  }

  @Delete('watchers/me')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop following the case' })
  @ApiOkResponse({ type: WatchersDto })
  unwatch(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseWatchersResponse> {
    return this.followUp.setWatching(auth, caseId, false);
  }

  @Get('snooze')
  @ApiOperation({ summary: 'Until when the case’s chases are snoozed (null: not snoozed)' })
  @ApiOkResponse({ type: SnoozeDto })
  snoozeState(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseSnoozeResponse> {
    return this.followUp.snoozeState(auth, caseId);
  }

  @Put('snooze')
  @MinRole('HELPER')
  @ApiOperation({
    summary:
      'Snooze the case’s chases (deposit and review reminders, stuck-case notices) until a date; other deadlines still come',
  })
  @ApiOkResponse({ type: SnoozeDto })
  snooze(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: SnoozeRequestDto,
  ): Promise<CaseSnoozeResponse> {
    return this.followUp.snooze(auth, caseId, new Date(body.until));
  }

  @Delete('snooze')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the snooze now' })
  @ApiOkResponse({ type: SnoozeDto })
  wake(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseSnoozeResponse> {
    return this.followUp.snooze(auth, caseId, null);
  }
}
