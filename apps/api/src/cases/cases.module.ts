import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ClientsModule } from '../clients/clients.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AssignmentNotices } from './assignment-notices';
import { BulkEditsService } from './bulk-edits.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CaseExportService } from './case-export.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ChecklistService } from './checklist.service';
import { ClientNotices } from './client-notices';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';
import { ChecksController } from './checks.controller';
import { ChecksService } from './checks.service';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { PortalProposalsController, ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { SavedViewsController } from './saved-views.controller';
import { SavedViewsService } from './saved-views.service';
import { TimelineService } from './timeline.service';
import { TransitionsService } from './transitions.service';
import { UndoService } from './undo.service';

@Module({
  imports: [ClientsModule, OrganizationsModule],
  controllers: [
    CasesController,
    SavedViewsController,
    ChecksController,
    ImportsController,
    CalendarController,
    PortalController,
    PortalProposalsController,
    ProposalsController,
    FollowUpController,
  ],
  providers: [
    CasesService,
    BulkEditsService,
    CaseExportService,
    TransitionsService,
    ClientNotices,
    UndoService,
    TimelineService,
    ChecklistService,
    SavedViewsService,
    ChecksService,
    ImportsService,
    CalendarService,
    PortalService,
    ProposalsService,
    AssignmentNotices,
    FollowUpService,
  ],
  exports: [CasesService, TransitionsService, ImportsService, ClientNotices, ChecklistService],
})
export class CasesModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** CSV uploads reach the import as an unread stream, so a large file is never held in memory whole. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (!fastify.hasContentTypeParser('text/csv')) {
      fastify.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
    }
  }
}
