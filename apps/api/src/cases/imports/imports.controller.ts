import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { importCommitRequest, type ImportJobResponse, importQuery, importTemplateQuery } from '@waiji/contract';
import type { AuthContext } from '../../auth/auth-context';
import { Auth, MinRole } from '../../auth/auth.decorators';
import { ApiError } from '../../common/api-error';
import { discardRest } from '../../common/request-body';
import { uuidParam } from '../cases.controller';
import { importTemplate } from './import-template';
import { ImportsService, MAX_IMPORT_BYTES } from './imports.service';

class ImportQueryDto extends createZodDto(importQuery) {}
class ImportCommitDto extends createZodDto(importCommitRequest) {}
class ImportTemplateQueryDto extends createZodDto(importTemplateQuery) {}

/** The raw request body of a `text/csv` upload, as a stream (see CasesModule: the parser hands it over unread). */
export const CsvBody = createParamDecorator((_data: unknown, context: ExecutionContext): Readable => {
  const body = context.switchToHttp().getRequest<FastifyRequest>().body;
  if (body instanceof Readable) return body;
  throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with content-type text/csv');
});

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @MinRole('HELPER')
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary:
      'Upload a CSV of clients (and their cases): a dry run with row-by-row errors; commit it next. A file that cannot be read answers 422 with the line',
  })
  async upload(
    @Auth() auth: AuthContext,
    @Query() query: ImportQueryDto,
    @CsvBody() body: Readable,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJobResponse> {
    let readable = MAX_IMPORT_BYTES;
    try {
      return await this.imports.upload(auth, query, body);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE') readable = 0;
      throw error;
    } finally {
      // An upload refused part-way leaves the rest of the file on the connection; it is read off before the answer,
      // so the next request on a keep-alive connection is not stuck behind it. Past the limit the connection closes.
      if (!(await discardRest(body, readable))) void reply.header('connection', 'close');
    }
  }

  @Get('template.csv')
  @ApiOperation({
    summary:
      'The import template (CSV, UTF-8 with BOM): headers in `lang`, an example row, and each column with its allowed values as # rows the import skips',
  })
  template(@Query() query: ImportTemplateQueryDto): StreamableFile {
    return new StreamableFile(Buffer.from(importTemplate(query.lang)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${query.lang === 'zh' ? 'waiji-import-template-zh.csv' : 'waiji-import-template.csv'}"`,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import job: validation result, then commit progress' })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam) jobId: string): Promise<ImportJobResponse> {
    return this.imports.get(auth, jobId);
  }

  @Post(':id/commit')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Create the validated clients and cases; a re-import of the same rows creates nothing twice',
  })
  commit(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) jobId: string,
    @Body() body: ImportCommitDto,
  ): Promise<ImportJobResponse> {
    return this.imports.commit(auth, jobId, body);
  }
}
