import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxService } from './outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({
  controllers: [OutboxAdminController, UnsubscribeController],
  providers: [OutboxService, OutboxAdminService],
  exports: [OutboxService],
})
export class OutboxModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Mail clients send RFC 8058 one-click unsubscribes as form posts; the body is not needed, only accepted. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      if (!fastify.hasContentTypeParser(type)) {
        fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 65_536 }, (_request, _body, done) =>
          done(null, {}),
        );
      }
    }
  }
}
