import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type ApplyInboundMessageResponse,
  applyInboundMessageRequest,
  applyInboundMessageResponse,
  assignInboundMessageRequest,
  type CaseInboundMailResponse,
  caseInboundMailResponse,
  inboundMessageListQuery,
  type InboundMessageListResponse,
  inboundMessageListResponse,
  type InboundMessageResponse,
  inboundMessageResponse,
  inboundSenderRequest,
  inboundSettingsRequest,
  type InboundSettingsResponse,
  inboundSettingsResponse,
  type PortalInboundAddressResponse,
  portalInboundAddressResponse,
  saveInboundAttachmentRequest,
  type UploadDocumentResponse,
  uploadDocumentResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from '../cases/cases.controller';
import { InboundMailService } from './inbound-mail.service';

class InboundListQueryDto extends createZodDto(inboundMessageListQuery) {}
class InboundAssignDto extends createZodDto(assignInboundMessageRequest) {}
class InboundApplyDto extends createZodDto(applyInboundMessageRequest) {}
class InboundSettingsDto extends createZodDto(inboundSettingsRequest) {}
class InboundSenderDto extends createZodDto(inboundSenderRequest) {}
class InboundMessageDto extends createZodDto(inboundMessageResponse) {}
class InboundMessageListDto extends createZodDto(inboundMessageListResponse) {}
class InboundApplyResponseDto extends createZodDto(applyInboundMessageResponse) {}
class InboundCaseMailDto extends createZodDto(caseInboundMailResponse) {}
class InboundSettingsResponseDto extends createZodDto(inboundSettingsResponse) {}
class InboundPortalAddressDto extends createZodDto(portalInboundAddressResponse) {}
class InboundSaveAttachmentDto extends createZodDto(saveInboundAttachmentRequest) {}
class InboundSavedDocumentDto extends createZodDto(uploadDocumentResponse) {}

/** Received emails: the unmatched inbox, filing, one-click apply, attachments. */
@ApiTags('inbound-mail')
@Controller('inbound-mail')
export class InboundMailController {
  constructor(private readonly mail: InboundMailService) {}

  @Get('messages')
  @ApiOperation({ summary: 'Received emails, newest first: the unmatched inbox (default) or all' })
  @ApiOkResponse({ type: InboundMessageListDto })
  list(@Auth() auth: AuthContext, @Query() query: InboundListQueryDto): Promise<InboundMessageListResponse> {
    return this.mail.list(auth, query);
  }

  @Post('messages/:id/assign')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Put an email on a case (its timeline entry); remember the sender for next time' })
  @ApiOkResponse({ type: InboundMessageDto })
  assign(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) id: string,
    @Body() body: InboundAssignDto,
  ): Promise<InboundMessageResponse> {
    return this.mail.assign(auth, id, body);
  }

  @Post('messages/:id/apply')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({
    summary: 'Apply the transition an email suggests on its case (as a pasted message): 409 when none applies now',
  })
  @ApiOkResponse({ type: InboundApplyResponseDto })
  apply(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) id: string,
    @Body() body: InboundApplyDto,
  ): Promise<ApplyInboundMessageResponse> {
    return this.mail.apply(auth, id, body);
  }

  @Post('messages/:id/dismiss')
  @HttpCode(200)
  @MinRole('HELPER')
  @ApiOperation({ summary: 'Set an email aside (spam, nothing to do)' })
  @ApiOkResponse({ type: InboundMessageDto })
  dismiss(@Auth() auth: AuthContext, @Param('id', uuidParam) id: string): Promise<InboundMessageResponse> {
    return this.mail.dismiss(auth, id);
  }

  @Get('messages/:id/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download an attachment of a received email' })
  @ApiProduces('application/octet-stream')
  async attachment(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) id: string,
    @Param('attachmentId', uuidParam) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.mail.attachment(auth, id, attachmentId);
    return new StreamableFile(file.content, {
      type: 'application/octet-stream',
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      length: file.content.length,
    });
  }

  @Post('messages/:id/attachments/:attachmentId/save')
  @MinRole('HELPER')
  @ApiOperation({
    summary: 'Keep an attachment as one of the case’s documents (checked and stored like an upload)',
  })
  @ApiCreatedResponse({ type: InboundSavedDocumentDto })
  saveAttachment(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) id: string,
    @Param('attachmentId', uuidParam) attachmentId: string,
    @Body() body: InboundSaveAttachmentDto,
  ): Promise<UploadDocumentResponse> {
    return this.mail.saveAttachment(auth, id, attachmentId, body);
  }

  @Get('settings')
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'The organization’s inbound address, IMAP mailbox, trusted senders and parked mails' })
  @ApiOkResponse({ type: InboundSettingsResponseDto })
  settings(@Auth() auth: AuthContext): Promise<InboundSettingsResponse> {
    return this.mail.settings(auth);
  }

  @Put('settings')
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Connect or change the IMAP mailbox (password write-only), or turn auto-apply on or off' })
  @ApiOkResponse({ type: InboundSettingsResponseDto })
  updateSettings(@Auth() auth: AuthContext, @Body() body: InboundSettingsDto): Promise<InboundSettingsResponse> {
    return this.mail.updateSettings(auth, body);
  }

  @Post('senders')
  @HttpCode(200)
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Mark a sender trusted (or not) for auto-apply' })
  @ApiOkResponse({ type: InboundSettingsResponseDto })
  setSender(@Auth() auth: AuthContext, @Body() body: InboundSenderDto): Promise<InboundSettingsResponse> {
    return this.mail.setSender(auth, body);
  }

  @Post('parked/:id/retry')
  @HttpCode(200)
  @MinRole('ADMIN')
  @ApiOperation({ summary: 'Queue a parked mail again' })
  @ApiOkResponse({ type: InboundSettingsResponseDto })
  retryParked(@Auth() auth: AuthContext, @Param('id', uuidParam) id: string): Promise<InboundSettingsResponse> {
    return this.mail.retryParked(auth, id);
  }
}

/** A case's inbound address and emails (staff), and the client's "forward Alipay's email here" address. */
@ApiTags('inbound-mail')
@Controller()
export class CaseInboundMailController {
  constructor(private readonly mail: InboundMailService) {}

  @Get('cases/:id/inbound-mail')
  @ApiOperation({ summary: 'A case’s own inbound address and the emails it received' })
  @ApiOkResponse({ type: InboundCaseMailDto })
  caseMail(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<CaseInboundMailResponse> {
    return this.mail.caseMail(auth, caseId);
  }

  @Get('portal/cases/:id/inbound-address')
  @AllowClient()
  @ApiOperation({ summary: 'The address a client forwards Alipay’s emails to for this case' })
  @ApiOkResponse({ type: InboundPortalAddressDto })
  portalAddress(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
  ): Promise<PortalInboundAddressResponse> {
    return this.mail.portalAddress(auth, caseId);
  }
}
