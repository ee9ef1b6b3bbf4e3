import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type CreatedWebhookEndpoint,
  createdWebhookEndpoint,
  createWebhookEndpointRequest,
  updateWebhookEndpointRequest,
  type WebhookDelivery,
  webhookDelivery,
  type WebhookDeliveryList,
  webhookDeliveryList,
  webhookDeliveryListQuery,
  type WebhookEndpoint,
  webhookEndpoint,
  type WebhookEndpointList,
  webhookEndpointList,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { WebhooksService } from './webhooks.service';

class CreateEndpointDto extends createZodDto(createWebhookEndpointRequest) {}
class UpdateEndpointDto extends createZodDto(updateWebhookEndpointRequest) {}
class CreatedEndpointDto extends createZodDto(createdWebhookEndpoint) {}
class EndpointDto extends createZodDto(webhookEndpoint) {}
class EndpointListDto extends createZodDto(webhookEndpointList) {}
class DeliveryDto extends createZodDto(webhookDelivery) {}
class DeliveryListDto extends createZodDto(webhookDeliveryList) {}
class DeliveryQueryDto extends createZodDto(webhookDeliveryListQuery) {}

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

/** Outbound webhooks of the organization: admins only. */
@ApiTags('integrations')
@MinRole('ADMIN')
@Controller('integrations/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: "The organization's webhook endpoints" })
  @ApiOkResponse({ type: EndpointListDto })
  list(@Auth() auth: AuthContext): Promise<WebhookEndpointList> {
    return this.webhooks.list(auth);
  }

  @Post()
  @ApiOperation({ summary: 'Add an endpoint; its signing secret (whsec_…) is in this answer only' })
  @ApiCreatedResponse({ type: CreatedEndpointDto })
  create(@Auth() auth: AuthContext, @Body() body: CreateEndpointDto): Promise<CreatedWebhookEndpoint> {
    return this.webhooks.create(auth, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, description or events, or switch the endpoint on or off' })
  @ApiOkResponse({ type: EndpointDto })
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuid) id: string,
    @Body() body: UpdateEndpointDto,
  ): Promise<WebhookEndpoint> {
    return this.webhooks.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint and its delivery log' })
  @ApiNoContentResponse()
  remove(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<void> {
    return this.webhooks.remove(auth, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new signing secret, in this answer only; the old one stops at once' })
  @ApiOkResponse({ type: CreatedEndpointDto })
  rotate(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<CreatedWebhookEndpoint> {
    return this.webhooks.rotateSecret(auth, id);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a webhook.test event for this endpoint' })
  @ApiAcceptedResponse({ type: DeliveryDto })
  test(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<WebhookDelivery> {
    return this.webhooks.test(auth, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's deliveries, newest first, each with its latest attempts" })
  @ApiOkResponse({ type: DeliveryListDto })
  deliveries(
    @Auth() auth: AuthContext,
    @Param('id', uuid) id: string,
    @Query() query: DeliveryQueryDto,
  ): Promise<WebhookDeliveryList> {
    return this.webhooks.deliveries(auth, id, query);
  }

  @Post('deliveries/:id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a delivery again now (same webhook-id, fresh attempts)' })
  @ApiOkResponse({ type: DeliveryDto })
  replay(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<WebhookDelivery> {
    return this.webhooks.replay(auth, id);
  }
}
