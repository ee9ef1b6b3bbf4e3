import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  acceptInvitationRequest,
  type InvitationPreviewResponse,
  invitationPreviewQuery,
  invitationPreviewResponse,
  type MeResponse,
  meResponse,
} from '@waiji/contract';
import { Public, type RequestWithAuth } from '../auth/auth.decorators';
import { InvitationAcceptService } from './invitation-accept.service';

class AcceptInvitationDto extends createZodDto(acceptInvitationRequest) {}
class MeDto extends createZodDto(meResponse) {}
class InvitationPreviewQueryDto extends createZodDto(invitationPreviewQuery) {}
class InvitationPreviewDto extends createZodDto(invitationPreviewResponse) {}

@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationAcceptController {
  constructor(private readonly invitations: InvitationAcceptService) {}

  @Public()
  @Get('preview')
  @ApiOperation({
    summary:
      'What the invitation page shows before accepting: the organization’s name, the inviter’s name and the role; an unknown, used or expired token answers 400 (field token) and counts against the address (429 after too many)',
  })
  @ApiOkResponse({ type: InvitationPreviewDto })
  preview(
    @Query() query: InvitationPreviewQueryDto,
    @Req() request: RequestWithAuth,
  ): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(query.token, request);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accept an invitation with the emailed token: creates the account if new (password, displayName), adds the membership, signs in there',
  })
  @ApiOkResponse({ type: MeDto })
  accept(
    @Body() body: AcceptInvitationDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    return this.invitations.accept(body, request, reply);
  }
}
