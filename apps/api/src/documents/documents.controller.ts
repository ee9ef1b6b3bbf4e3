import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  addDocumentRequestRequest,
  type ApplyMrzResponse,
  type CaseDocumentsResponse,
  type ChecklistResponse,
  type DocumentResponse,
  reviewDocumentRequest,
  type ReviewDocumentResponse,
  type UploadDocumentResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from '../cases/cases.controller';
import { ChecklistService } from '../cases/checklist.service';
import { CONFIG, type Config } from '../config/config';
import { DocumentsService } from './documents.service';
import { readDocumentUpload } from './upload-body';

class ReviewDocumentDto extends createZodDto(reviewDocumentRequest) {}
class AddDocumentRequestDto extends createZodDto(addDocumentRequestRequest) {}

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly checklist: ChecklistService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get('cases/:id/documents')
  @AllowClient()
  @ApiOperation({ summary: 'A case’s document requests (its checklist) and files, newest first; audited' })
  list(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseDocumentsResponse> {
    return this.documents.list(auth, caseId);
  }

  @Post('cases/:id/documents')
  @MinRole('HELPER')
  @AllowClient()
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Upload a file (multipart: `kind`, optional `requestId`, then `file`; JPEG, PNG, HEIC or PDF up to 15 MB): checked, stripped of metadata, encrypted; a passport page’s MRZ is read afterwards',
  })
  async upload(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Req() request: FastifyRequest,
  ): Promise<UploadDocumentResponse> {
    // The case first: a stranger's upload is a 404 whatever it carries.
    await this.documents.assertCase(auth, caseId);
    const upload = await readDocumentUpload(request, this.config.documents.maxBytes);
    return this.documents.upload(auth, caseId, upload);
  }

  @Post('cases/:id/checklist')
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Ask the client for a document the case type does not list (a new document request)' })
  addRequest(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: AddDocumentRequestDto,
  ): Promise<ChecklistResponse> {
    return this.checklist.add(auth, caseId, body);
  }

  @Get('documents/:id')
  @AllowClient()
  @ApiOperation({ summary: 'A file’s metadata, checks’ findings and MRZ reading; audited' })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam) documentId: string): Promise<DocumentResponse> {
    return this.documents.get(auth, documentId);
  }

  @Get('documents/:id/content')
  @AllowClient()
  @ApiOperation({ summary: 'The decrypted file (never cached: no-store); audited' })
  async content(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.documents.content(auth, documentId);
    // Set only on success, so an error answers as JSON.
    void reply.header('cache-control', 'no-store, private');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('content-security-policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.bytes, {
      type: file.mime,
      length: file.bytes.length,
      disposition: `inline; filename="${file.filename}"`,
    });
  }

  @Post('documents/:id/review')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Accept a file, or reject it with a reason the client sees; the client is notified' })
  review(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) documentId: string,
    @Body() body: ReviewDocumentDto,
  ): Promise<ReviewDocumentResponse> {
    return this.documents.review(auth, documentId, body);
  }

  @Delete('documents/:id')
  @HttpCode(204)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Delete a file (its encrypted bytes and metadata); audited' })
  async remove(@Auth() auth: AuthContext, @Param('id', uuidParam) documentId: string): Promise<void> {
    await this.documents.remove(auth, documentId);
  }

  @Post('documents/:id/apply-mrz')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({
    summary: 'Update the client’s record from the passport’s MRZ read from this file (the helper confirms)',
  })
  applyMrz(@Auth() auth: AuthContext, @Param('id', uuidParam) documentId: string): Promise<ApplyMrzResponse> {
    return this.documents.applyMrz(auth, documentId);
  }
}
