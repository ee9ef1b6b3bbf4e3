import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  applyMessageRequest,
  type ApplyMessageResponse,
  bulkAssignRequest,
  type BulkResponse,
  bulkTagRequest,
  caseExportQuery,
  caseListQuery,
  type CaseListResponse,
  type CaseResponse,
  caseTagsQuery,
  type CaseTagsResponse,
  type ChecklistResponse,
  createCaseRequest,
  createNoteRequest,
  type TimelineEntry,
  type TimelineResponse,
  transitionRequest,
  type TransitionResponse,
  undoRequest,
  type UndoResponse,
  updateCaseRequest,
  updateChecklistItemRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { BulkEditsService } from './bulk-edits.service';
import { CaseExportService } from './case-export.service';
import { CasesService } from './cases.service';
import { ChecklistService } from './checklist.service';
import { TimelineService } from './timeline.service';
import { TransitionsService } from './transitions.service';
import { UndoService } from './undo.service';

class CaseListQueryDto extends createZodDto(caseListQuery) {}
class CaseExportQueryDto extends createZodDto(caseExportQuery) {}
class CaseTagsQueryDto extends createZodDto(caseTagsQuery) {}
class CreateCaseDto extends createZodDto(createCaseRequest) {}
class UpdateCaseDto extends createZodDto(updateCaseRequest) {}
class BulkAssignDto extends createZodDto(bulkAssignRequest) {}
class BulkTagDto extends createZodDto(bulkTagRequest) {}
class TransitionDto extends createZodDto(transitionRequest) {}
class ApplyMessageDto extends createZodDto(applyMessageRequest) {}
class UndoDto extends createZodDto(undoRequest) {}
class CreateNoteDto extends createZodDto(createNoteRequest) {}
class UpdateChecklistItemDto extends createZodDto(updateChecklistItemRequest) {}

export const uuidParam = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly bulkEdits: BulkEditsService,
    private readonly caseExport: CaseExportService,
    private readonly transitions: TransitionsService,
    private readonly timeline: TimelineService,
    private readonly checklist: ChecklistService,
    private readonly undos: UndoService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Filtered, sorted case list with an opaque keyset cursor (page size ≤ 200)' })
  list(@Auth() auth: AuthContext, @Query() query: CaseListQueryDto): Promise<CaseListResponse> {
    return this.cases.list(auth, query);
  }

  @Get('export.csv')
  @ApiOperation({
    summary:
      'The filtered case list as CSV in the import’s columns (streamed; same filters as the list; UTF-8 with BOM; headers and labels in `lang`). Imported again it creates nothing',
  })
  async exportCsv(@Auth() auth: AuthContext, @Query() query: CaseExportQueryDto): Promise<StreamableFile> {
    // The file's headers go with the stream, never on an error answered before it (as @Header would put them).
    return new StreamableFile(await this.caseExport.exportCsv(auth, query), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="cases.csv"',
    });
  }

  @Get('tags')
  @ApiOperation({
    summary:
      'Tags of the organization’s live cases containing `q` (case-insensitive; those starting with it first), each with its number of live cases, the most used first',
  })
  tags(@Auth() auth: AuthContext, @Query() query: CaseTagsQueryDto): Promise<CaseTagsResponse> {
    return this.cases.tags(auth, query);
  }

  @Post()
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Open a case for a client (card: last 4 digits only)' })
  create(@Auth() auth: AuthContext, @Body() body: CreateCaseDto): Promise<CaseResponse> {
    return this.cases.create(auth, body);
  }

  @Post('bulk/assign')
  @MinRole('HELPER')
  @HttpCode(200)
  bulkAssign(@Auth() auth: AuthContext, @Body() body: BulkAssignDto): Promise<BulkResponse> {
    return this.bulkEdits.bulkAssign(auth, body);
  }

  @Post('bulk/tags')
  @MinRole('HELPER')
  @HttpCode(200)
  bulkTags(@Auth() auth: AuthContext, @Body() body: BulkTagDto): Promise<BulkResponse> {
    return this.bulkEdits.bulkTags(auth, body);
  }

  @Get(':id')
  get(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseResponse> {
    return this.cases.get(auth, caseId);
  }

  @Patch(':id')
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Assignee, tags, priority; the card only while preparing' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseResponse> {
    return this.cases.update(auth, caseId, body);
  }

  @Post(':id/archive')
  @MinRole('HELPER')
  @HttpCode(200)
  archive(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseResponse> {
    return this.cases.setArchived(auth, caseId, true);
  }

  @Post(':id/restore')
  @MinRole('HELPER')
  @HttpCode(200)
  restore(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseResponse> {
    return this.cases.setArchived(auth, caseId, false);
  }

  @Post(':id/transitions')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a machine action at a version: 409 when stale, illegal or cooling down; 422 for a bad payload',
  })
  transition(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: TransitionDto,
  ): Promise<TransitionResponse> {
    return this.transitions.transition(auth, caseId, body);
  }

  @Post(':id/apply-message')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a pasted Alipay message and perform the transition it implies (with its retry-after reminder)',
  })
  applyMessage(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: ApplyMessageDto,
  ): Promise<ApplyMessageResponse> {
    return this.transitions.applyMessage(auth, caseId, body);
  }

  @Post(':id/undo')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Undo the last transition within 10 minutes (its maker, or an admin/owner), at a version: 409 NOTHING_TO_UNDO, UNDO_WINDOW_PASSED, NOT_YOUR_TRANSITION or CONFLICT',
  })
  undo(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: UndoDto,
  ): Promise<UndoResponse> {
    return this.undos.undo(auth, caseId, body);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'The timeline: transitions, messages with their interpretation, notes, checklist changes' })
  events(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<TimelineResponse> {
    return this.timeline.events(auth, caseId);
  }

  @Post(':id/notes')
  @MinRole('HELPER')
  notes(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: CreateNoteDto,
  ): Promise<TimelineEntry> {
    return this.timeline.addNote(auth, caseId, body);
  }

  @Get(':id/checklist')
  getChecklist(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<ChecklistResponse> {
    return this.checklist.get(auth, caseId);
  }

  @Put(':id/checklist/:document')
  @MinRole('HELPER')
  updateChecklist(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Param('document') document: string,
    @Body() body: UpdateChecklistItemDto,
  ): Promise<ChecklistResponse> {
    return this.checklist.update(auth, caseId, document, body);
  }
}
