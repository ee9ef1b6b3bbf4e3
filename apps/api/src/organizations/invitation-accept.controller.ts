import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { acceptInvitationRequest, type MeResponse, meResponse } from '@waiji/contract';
import { Public, type RequestWithAuth } from '../auth/auth.decorators';
import { InvitationAcceptService } from './invitation-accept.service';

class AcceptInvitationDto extends createZodDto(acceptInvitationRequest) {}
class MeDto extends createZodDto(meResponse) {}

@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationAcceptController {
  constructor(private readonly invitations: InvitationAcceptService) {}

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
