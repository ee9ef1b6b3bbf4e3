import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type ApiToken,
  apiToken,
  type ApiTokenList,
  apiTokenList,
  createApiTokenRequest,
  type CreatedApiToken,
  createdApiToken,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorators';
import { ApiTokensService } from './api-tokens.service';

class CreateApiTokenDto extends createZodDto(createApiTokenRequest) {}
class CreatedApiTokenDto extends createZodDto(createdApiToken) {}
class ApiTokenDto extends createZodDto(apiToken) {}
class ApiTokenListDto extends createZodDto(apiTokenList) {}

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

/** API tokens: every staff member for their own (up to their role), admins for the organization's. Session only. */
@ApiTags('integrations')
@Controller('integrations/tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Get()
  @ApiOperation({ summary: "Your API tokens (admins: all of the organization's), live ones first" })
  @ApiOkResponse({ type: ApiTokenListDto })
  list(@Auth() auth: AuthContext): Promise<ApiTokenList> {
    return this.tokens.list(auth);
  }

  @Post()
  @ApiOperation({ summary: 'Make an API token; its secret is in this answer only' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  create(@Auth() auth: AuthContext, @Body() body: CreateApiTokenDto): Promise<CreatedApiToken> {
    return this.tokens.create(auth, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API token (yours, or as an admin any of the organization)' })
  @ApiOkResponse({ type: ApiTokenDto })
  revoke(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<ApiToken> {
    return this.tokens.revoke(auth, id);
  }
}
