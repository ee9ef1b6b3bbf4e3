import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';

/** The audit log's read side; AuditService (the write side) is provided globally by AuthModule. */
@Module({ controllers: [AuditController], providers: [AuditLogService] })
export class AuditModule {}
