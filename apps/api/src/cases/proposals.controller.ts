import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  confirmProposalQuery,
  createProposalRequest,
  type PortalProposalListResponse,
  portalProposalListResponse,
  type PortalProposalResponse,
  portalProposalResponse,
  type ProposalDecisionResponse,
  proposalDecisionResponse,
  type ProposalListResponse,
  proposalListResponse,
  rejectProposalRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, MinRole } from '../auth/auth.decorators';
import { uuidParam } from './cases.controller';
import { ProposalsService } from './proposals.service';

class CreateProposalDto extends createZodDto(createProposalRequest) {}
class RejectProposalDto extends createZodDto(rejectProposalRequest) {}
class ConfirmQueryDto extends createZodDto(confirmProposalQuery) {}
class PortalProposalDto extends createZodDto(portalProposalResponse) {}
class PortalProposalListDto extends createZodDto(portalProposalListResponse) {}
class ProposalListDto extends createZodDto(proposalListResponse) {}
class ProposalDecisionDto extends createZodDto(proposalDecisionResponse) {}

/** A client's reports on their own cases (portal). */
@ApiTags('portal')
@Controller('portal/cases/:id/proposals')
export class PortalProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get()
  @AllowClient()
  @ApiOperation({ summary: 'The client’s reports on one of their cases, with their status' })
  @ApiOkResponse({ type: PortalProposalListDto })
  list(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<PortalProposalListResponse> {
    return this.proposals.listForClient(auth, caseId);
  }

  @Post()
  @AllowClient()
  @ApiOperation({
    summary:
      'Report what happened (submitted, deposit arrived, a message from Alipay, approved): 409 when the case does not allow it now or the same card is cooling down',
  })
  @ApiCreatedResponse({ type: PortalProposalDto })
  create(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) caseId: string,
    @Body() body: CreateProposalDto,
  ): Promise<PortalProposalResponse> {
    return this.proposals.create(auth, caseId, body);
  }
}

/** Helpers confirm or reject clients' reports. */
@ApiTags('cases')
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get('proposals')
  @ApiOperation({ summary: 'Clients’ reports waiting for a helper, oldest first (Today)' })
  @ApiOkResponse({ type: ProposalListDto })
  pending(@Auth() auth: AuthContext): Promise<ProposalListResponse> {
    return this.proposals.listPending(auth);
  }

  @Get('cases/:id/proposals')
  @ApiOperation({ summary: 'The client’s reports on a case, newest first' })
  @ApiOkResponse({ type: ProposalListDto })
  forCase(@Auth() auth: AuthContext, @Param('id', uuidParam) caseId: string): Promise<ProposalListResponse> {
    return this.proposals.listForCase(auth, caseId);
  }

  @Post('proposals/:id/confirm')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Apply a client’s report through the case machine (same guards, cooldown and reminders as a transition): 409 when the case no longer allows it, or STALE_MESSAGE_DATE for a message dated far in the past until ?confirmStaleDate=true',
  })
  @ApiOkResponse({ type: ProposalDecisionDto })
  confirm(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) proposalId: string,
    @Query() query: ConfirmQueryDto,
  ): Promise<ProposalDecisionResponse> {
    return this.proposals.confirm(auth, proposalId, { confirmStaleDate: query.confirmStaleDate === 'true' });
  }

  @Post('proposals/:id/reject')
  @MinRole('HELPER')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a client’s report, with an optional reason the client reads' })
  @ApiOkResponse({ type: ProposalDecisionDto })
  reject(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<ProposalDecisionResponse> {
    return this.proposals.reject(auth, proposalId, body);
  }
}
