import { Global, Module } from '@nestjs/common';
import { SchedulerIdentity } from './scheduler-identity';

/** One claimant identity per app, shared by reminders, outbox, digests and imports. */
@Global()
@Module({ providers: [SchedulerIdentity], exports: [SchedulerIdentity] })
export class SchedulerCoreModule {}
