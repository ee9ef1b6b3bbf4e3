import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { InboundMailModule } from '../inbound-mail/inbound-mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RemindersModule } from '../reminders/reminders.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { SchedulerCoreModule } from './scheduler-core.module';
import { SchedulerService } from './scheduler.service';

/** Reminders, notifications, outbound email, import recovery and the tick that drives them. */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    SchedulerCoreModule,
    RemindersModule,
    OutboxModule,
    NotificationsModule,
    CasesModule,
    InboundMailModule,
    WebhooksModule,
    DocumentsModule,
  ],
  providers: [SchedulerService],
  exports: [SchedulerService],
})
export class SchedulerModule {}
