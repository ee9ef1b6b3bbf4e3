import { Readable } from 'node:stream';
import { Body, Controller, createParamDecorator, type ExecutionContext, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { importCommitRequest, type ImportJobResponse, importQuery } from '@waiji/contract';
import type { AuthContext } from '../../auth/auth-context';
import { Auth, MinRole } from '../../auth/auth.decorators';
import { ApiError } from '../../common/api-error';
import { uuidParam } from '../cases.controller';
import { ImportsService } from './imports.service';

class ImportQueryDto extends createZodDto(importQuery) {}
class ImportCommitDto extends createZodDto(importCommitRequest) {}

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
  @ApiOperation({ summary: 'Upload a CSV of clients (and their cases): a dry run with row-by-row errors; commit it next' })
  upload(@Auth() auth: AuthContext, @Query() query: ImportQueryDto, @CsvBody() body: Readable): Promise<ImportJobResponse> {
    return this.imports.upload(auth, query.fileName, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import job: validation result, then commit progress' })
  get(@Auth() auth: AuthContext, @Param('id', uuidParam) jobId: string): Promise<ImportJobResponse> {
    return this.imports.get(auth, jobId);
  }

  @Post(':id/commit')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create the validated clients and cases; a re-import of the same rows creates nothing twice' })
  commit(@Auth() auth: AuthContext, @Param('id', uuidParam) jobId: string, @Body() body: ImportCommitDto): Promise<ImportJobResponse> {
    return this.imports.commit(auth, jobId, body);
  }
}
