import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarStatusResponse, CalendarTokenResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, Public } from '../auth/auth.decorators';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('token')
  status(@Auth() auth: AuthContext): Promise<CalendarStatusResponse> {
    return this.calendar.status(auth);
  }

  @Post('token')
  @ApiOperation({ summary: 'A new secret ICS feed URL of your cases’ deadlines (the previous one stops working)' })
  createToken(@Auth() auth: AuthContext): Promise<CalendarTokenResponse> {
    return this.calendar.createToken(auth);
  }

  @Delete('token')
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext): Promise<void> {
    return this.calendar.revoke(auth);
  }

  @Public()
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'The ICS feed (RFC 5545) behind a secret URL: /api/calendar/<token>.ics' })
  feed(@Param('file') file: string): Promise<string> {
    return this.calendar.feed(file);
  }
}
