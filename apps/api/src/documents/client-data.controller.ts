import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EraseClientResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from '../cases/cases.controller';
import { ClientDataService } from './client-data.service';

@ApiTags('clients')
@Controller('clients')
export class ClientDataController {
  constructor(private readonly data: ClientDataService) {}

  @Post(':id/erase')
  @HttpCode(200)
  @MinRole('ADMIN')
  @ApiOperation({
    summary:
      'Erase a client (GDPR/PIPL): personal data, files, notes and conversation removed; cases kept anonymised for the statistics; audited',
  })
  erase(@Auth() auth: AuthContext, @Param('id', uuidParam) clientId: string): Promise<EraseClientResponse> {
    return this.data.erase(auth, clientId);
  }

  @Get(':id/export')
  @MinRole('ADMIN')
  @ApiOperation({
    summary: 'Everything held about a client as a ZIP (client.json, cases.json, the decrypted files); audited',
  })
  async export(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) clientId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { stream, filename } = await this.data.export(auth, clientId);
    void reply.header('cache-control', 'no-store, private');
    void reply.header('x-content-type-options', 'nosniff');
    return new StreamableFile(stream, { type: 'application/zip', disposition: `attachment; filename="${filename}"` });
  }
}
