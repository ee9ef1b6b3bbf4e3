import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type CalendarStatusResponse,
  type CalendarTokenResponse,
  calendarFeedQuery,
  calendarTokenRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, Public } from '../auth/auth.decorators';
import { CalendarService } from './calendar.service';

class CalendarTokenDto extends createZodDto(calendarTokenRequest) {}
class CalendarFeedQueryDto extends createZodDto(calendarFeedQuery) {}

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('token')
  @AllowClient()
  status(@Auth() auth: AuthContext): Promise<CalendarStatusResponse> {
    return this.calendar.status(auth);
  }

  @Post('token')
  @AllowClient()
  @ApiOperation({
    summary:
      'A new secret ICS feed URL of your deadlines with its alarm and scope (the whole organization: owners and admins; a client: their own case). The previous URL stops working',
  })
  createToken(@Auth() auth: AuthContext, @Body() body: CalendarTokenDto): Promise<CalendarTokenResponse> {
    return this.calendar.createToken(auth, body);
  }

  @Delete('token')
  @AllowClient()
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext): Promise<void> {
    return this.calendar.revoke(auth);
  }

  @Public()
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'The ICS feed (RFC 5545) behind a secret URL: /api/calendar/<token>.ics?alarm=…&scope=…' })
  feed(@Param('file') file: string, @Query() query: CalendarFeedQueryDto): Promise<string> {
    return this.calendar.feed(file, query);
  }
}
