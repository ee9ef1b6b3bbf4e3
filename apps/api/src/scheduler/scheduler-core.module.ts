import { Global, Module } from '@nestjs/common';
import { SchedulerIdentity } from './scheduler-identity';
import { SystemSql } from './system-sql';

/** One claimant identity per app and the waiji_system SQL helper, shared by reminders, outbox and digests. */
@Global()
@Module({ providers: [SchedulerIdentity, SystemSql], exports: [SchedulerIdentity, SystemSql] })
export class SchedulerCoreModule {}
