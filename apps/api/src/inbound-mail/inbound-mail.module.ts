import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ClientsModule } from '../clients/clients.module';
import { DocumentsModule } from '../documents/documents.module';
import { OcrModule } from '../ocr/ocr.module';
import { SchedulerCoreModule } from '../scheduler/scheduler-core.module';
import { CaseInboundMailController, InboundMailController } from './inbound-mail.controller';
import { InboundMailService } from './inbound-mail.service';
import { InboundImapService } from './inbound-imap.service';
import { InboundIngestService } from './inbound-ingest.service';
import { InboundSmtpService } from './inbound-smtp.service';

/** Mail in (issue 19): the SMTP listener, the IMAP poller, the one ingest path, and the inbox screens' API. */
@Module({
  imports: [CasesModule, ClientsModule, SchedulerCoreModule, OcrModule, DocumentsModule],
  controllers: [InboundMailController, CaseInboundMailController],
  providers: [InboundIngestService, InboundSmtpService, InboundImapService, InboundMailService],
  exports: [InboundIngestService, InboundImapService],
})
export class InboundMailModule {}
