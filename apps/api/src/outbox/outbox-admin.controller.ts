import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { type OutboxItem, outboxItem, type OutboxList, outboxList, outboxListQuery } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { OutboxAdminService } from './outbox-admin.service';

class OutboxQueryDto extends createZodDto(outboxListQuery) {}
class OutboxListDto extends createZodDto(outboxList) {}
class OutboxItemDto extends createZodDto(outboxItem) {}

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('admin')
@MinRole('ADMIN')
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @ApiOperation({ summary: "The organization's outbound email (status=FAILED for what gave up), newest first" })
  @ApiOkResponse({ type: OutboxListDto })
  list(@Auth() auth: AuthContext, @Query() query: OutboxQueryDto): Promise<OutboxList> {
    return this.outbox.list(auth, query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed email again (fresh attempts, now)' })
  @ApiOkResponse({ type: OutboxItemDto })
  retry(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<OutboxItem> {
    return this.outbox.retry(auth, id);
  }
}
