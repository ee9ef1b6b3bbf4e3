import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
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

/** What differs between the two sides of a conversation's routes: the unread list's path, who may write, the docs. */
type ConversationRoutesOf = {
  unreadPath: string;
  /** Extra guard metadata on writing a message (the role checks of the side). */
  sendGuard?: MethodDecorator;
  summaries: { list: string; send: string; markRead: string; unread: string };
};

/**
 * One implementation of a case's conversation routes for either side (`helper` for staff, `client` in the portal);
 * each side's controller extends it under its own path, tag and access rules.
 */
function conversationRoutes(side: 'helper' | 'client', { unreadPath, sendGuard, summaries }: ConversationRoutesOf) {
  abstract class ConversationRoutes {
    constructor(@Inject(ConversationsService) readonly conversations: ConversationsService) {}

    @Get('cases/:id/messages')
    @ApiOperation({ summary: summaries.list })
    @ApiOkResponse({ type: ConversationDto })
    list(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<ConversationResponse> {
      return this.conversations.list(auth, caseId, side);
    }

    @Post('cases/:id/messages')
    @applyDecorators(...(sendGuard ? [sendGuard] : []))
    @ApiOperation({ summary: summaries.send })
    @ApiCreatedResponse({ type: MessageDto })
    send(
      @Auth() auth: AuthContext,
      @Param('id', uuidParam) caseId: string,
      @Body() body: SendMessageDto,
    ): Promise<ConversationMessage> {
      return this.conversations.send(auth, caseId, side, body);
    }

    @Post('cases/:id/messages/read')
    @HttpCode(200)
    @ApiOperation({ summary: summaries.markRead })
    @ApiOkResponse({ type: ReadDto })
    markRead(
      @Auth() auth: AuthContext,
      @Param('id', uuidParam) caseId: string,
      @Body() body: MarkReadDto,
    ): Promise<ConversationReadResponse> {
      return this.conversations.markRead(auth, caseId, side, body);
    }

    @Get(unreadPath)
    @ApiOperation({ summary: summaries.unread })
    @ApiOkResponse({ type: UnreadMessagesDto })
    unread(@Auth() auth: AuthContext): Promise<UnreadMessagesResponse> {
      return this.conversations.unread(auth, side);
    }
  }
  return ConversationRoutes;
}

/** The helpers' side of a case's conversation with its client. */
@ApiTags('conversations')
@Controller()
export class ConversationsController extends conversationRoutes('helper', {
  unreadPath: 'conversations/unread',
  sendGuard: MinRole('HELPER'),
  summaries: {
    list: 'The conversation with the case’s client: newest messages oldest first, my unread count',
    send: 'Write to the case’s client (in-app, and by email when they agreed to emails)',
    markRead: 'Mark the conversation read (my own read state) up to `upTo` or its newest message',
    unread: 'Unread client messages per open case I answer for (assigned to me, or to nobody)',
  },
}) {}

/** The client's side, in the portal: only their own open cases (another client's case is 404). */
@ApiTags('portal')
@AllowClient()
@Controller('portal')
export class PortalConversationsController extends conversationRoutes('client', {
  unreadPath: 'messages/unread',
  summaries: {
    list: 'The conversation with my helpers about one of my cases, and my unread count',
    send: 'Write to my helpers about one of my cases',
    markRead: 'Mark the conversation read up to `upTo` or its newest message',
    unread: 'Unread messages from my helpers, per open case of mine',
  },
}) {}
