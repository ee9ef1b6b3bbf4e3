import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  clientListQuery,
  type ClientListResponse,
  type ClientResponse,
  createClientRequest,
  type RevealPassportResponse,
  updateClientRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { ClientsService } from './clients.service';

class CreateClientDto extends createZodDto(createClientRequest) {}
class UpdateClientDto extends createZodDto(updateClientRequest) {}
class ClientListQueryDto extends createZodDto(clientListQuery) {}

const id = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @ApiOperation({ summary: 'Clients of the organization (passport numbers shown as their last 4 only)' })
  list(@Auth() auth: AuthContext, @Query() query: ClientListQueryDto): Promise<ClientListResponse> {
    return this.clients.list(auth, query);
  }

  @Post()
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Create a client; the passport number is encrypted at rest' })
  create(@Auth() auth: AuthContext, @Body() body: CreateClientDto): Promise<ClientResponse> {
    return this.clients.create(auth, body);
  }

  @Get(':id')
  get(@Auth() auth: AuthContext, @Param('id', id) clientId: string): Promise<ClientResponse> {
    return this.clients.get(auth, clientId);
  }

  @Patch(':id')
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Update a client; a new passport or visa expiry re-plans the reminders of its cases' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', id) clientId: string,
    @Body() body: UpdateClientDto,
  ): Promise<ClientResponse> {
    return this.clients.update(auth, clientId, body);
  }

  @Post(':id/archive')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a client and its live cases' })
  archive(@Auth() auth: AuthContext, @Param('id', id) clientId: string): Promise<ClientResponse> {
    return this.clients.setArchived(auth, clientId, true);
  }

  @Post(':id/restore')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived client and the cases archived with it' })
  restore(@Auth() auth: AuthContext, @Param('id', id) clientId: string): Promise<ClientResponse> {
    return this.clients.setArchived(auth, clientId, false);
  }

  @Post(':id/reveal-passport')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'The full passport number; every reveal writes an audit row' })
  revealPassport(@Auth() auth: AuthContext, @Param('id', id) clientId: string): Promise<RevealPassportResponse> {
    return this.clients.revealPassport(auth, clientId);
  }
}
