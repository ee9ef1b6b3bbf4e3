import { Module } from '@nestjs/common';
import { ConversationsController, PortalConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';

@Module({
  controllers: [ConversationsController, PortalConversationsController],
  providers: [ConversationsService],
})
export class ConversationsModule {}
