import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ClientsModule } from '../clients/clients.module';
import { ClientDataController } from './client-data.controller';
import { ClientDataService } from './client-data.service';
import { DocumentRetention } from './document-retention';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { MrzQueue } from './mrz-queue';
import { DOCUMENT_STORE, PgDocumentStore } from './storage/document-store';

/** Case documents (issue 17): requests, encrypted files, checks, review, retention; erasing and exporting a client. */
@Module({
  imports: [CasesModule, ClientsModule],
  controllers: [DocumentsController, ClientDataController],
  providers: [
    DocumentsService,
    MrzQueue,
    DocumentRetention,
    ClientDataService,
    PgDocumentStore,
    { provide: DOCUMENT_STORE, useExisting: PgDocumentStore },
  ],
  exports: [DocumentsService, MrzQueue, DocumentRetention, DOCUMENT_STORE],
})
export class DocumentsModule {}
