import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Outbound webhooks: endpoints and their log (controller), delivery (the scheduler's `webhooks` job). */
@Module({
  imports: [ClientsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDeliveryService],
  exports: [WebhookDeliveryService],
})
export class WebhooksModule {}
