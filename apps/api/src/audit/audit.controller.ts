import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { type AuditPage, auditPage, auditQuery } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { AuditLogService } from './audit-log.service';

class AuditQueryDto extends createZodDto(auditQuery) {}
class AuditPageDto extends createZodDto(auditPage) {}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLogService) {}

  @MinRole('ADMIN')
  @Get()
  @ApiOperation({
    summary: 'The organization’s audit log, newest first (OWNER, ADMIN); pass nextCursor back as cursor',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Auth() auth: AuthContext, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.auditLog.list(auth, query);
  }
}
