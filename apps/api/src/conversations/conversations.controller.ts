import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type ConversationMessage,
  conversationMessage,
  type ConversationReadResponse,
  conversationReadResponse,
  type ConversationResponse,
  conversationResponse,
  markConversationReadRequest,
  sendMessageRequest,
  type UnreadMessagesResponse,
  unreadMessagesResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from '../cases/cases.controller';
import { ConversationsService } from './conversations.service';

export class SendMessageDto extends createZodDto(sendMessageRequest) {}
export class MarkReadDto extends createZodDto(markConversationReadRequest) {}
export class ConversationDto extends createZodDto(conversationResponse) {}
export class MessageDto extends createZodDto(conversationMessage) {}
export class ReadDto extends createZodDto(conversationReadResponse) {}
export class UnreadMessagesDto extends createZodDto(unreadMessagesResponse) {}

/** The helpers' side of a case's conversation with its client. */
@ApiTags('conversations')
@Controller()
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get('cases/:id/messages')
  @ApiOperation({ summary: 'The conversation with the case’s client: newest messages oldest first, my unread count' })
  @ApiOkResponse({ type: ConversationDto })
  list(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<ConversationResponse> {
    return this.conversations.list(auth, caseId, 'helper');
  }

  @Post('cases/:id/messages')
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Write to the case’s client (in-app, and by email when they agreed to emails)' })
  @ApiCreatedResponse({ type: MessageDto })
  send(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: SendMessageDto,
  ): Promise<ConversationMessage> {
    return this.conversations.send(auth, caseId, 'helper', body);
  }

  @Post('cases/:id/messages/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the conversation read (my own read state) up to `upTo` or its newest message' })
  @ApiOkResponse({ type: ReadDto })
  markRead(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: MarkReadDto,
  ): Promise<ConversationReadResponse> {
    return this.conversations.markRead(auth, caseId, 'helper', body);
  }

  @Get('conversations/unread')
  @ApiOperation({ summary: 'Unread client messages per open case I answer for (assigned to me, or to nobody)' })
  @ApiOkResponse({ type: UnreadMessagesDto })
  unread(@Auth() auth: AuthContext): Promise<UnreadMessagesResponse> {
    return this.conversations.unread(auth, 'helper');
  }
}

/** The client's side, in the portal: only their own open cases (another client's case is 404). */
@ApiTags('portal')
@AllowClient()
@Controller('portal')
export class PortalConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get('cases/:id/messages')
  @ApiOperation({ summary: 'The conversation with my helpers about one of my cases, and my unread count' })
  @ApiOkResponse({ type: ConversationDto })
  list(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<ConversationResponse> {
    return this.conversations.list(auth, caseId, 'client');
  }

  @Post('cases/:id/messages')
  @ApiOperation({ summary: 'Write to my helpers about one of my cases' })
  @ApiCreatedResponse({ type: MessageDto })
  send(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: SendMessageDto,
  ): Promise<ConversationMessage> {
    return this.conversations.send(auth, caseId, 'client', body);
  }

  @Post('cases/:id/messages/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the conversation read up to `upTo` or its newest message' })
  @ApiOkResponse({ type: ReadDto })
  markRead(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: MarkReadDto,
  ): Promise<ConversationReadResponse> {
    return this.conversations.markRead(auth, caseId, 'client', body);
  }

  @Get('messages/unread')
  @ApiOperation({ summary: 'Unread messages from my helpers, per open case of mine' })
  @ApiOkResponse({ type: UnreadMessagesDto })
  unread(@Auth() auth: AuthContext): Promise<UnreadMessagesResponse> {
    return this.conversations.unread(auth, 'client');
  }
}
