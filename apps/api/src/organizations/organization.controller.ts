import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  type BulkPortalInvitationResponse,
  bulkPortalInvitationRequest,
  bulkPortalInvitationResponse,
  changeRoleRequest,
  createInvitationRequest,
  type InvitationResponse,
  invitationParams,
  invitationResponse,
  type InvitationsResponse,
  invitationsResponse,
  type MemberResponse,
  memberParams,
  memberResponse,
  type MembersResponse,
  membersResponse,
  type OrganizationSettings,
  organizationSettings,
  updateOrganizationRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { OrganizationService } from './organization.service';

class ChangeRoleDto extends createZodDto(changeRoleRequest) {}
class CreateInvitationDto extends createZodDto(createInvitationRequest) {}
class BulkPortalInvitationDto extends createZodDto(bulkPortalInvitationRequest) {}
class BulkPortalInvitationResultDto extends createZodDto(bulkPortalInvitationResponse) {}
class UpdateOrganizationDto extends createZodDto(updateOrganizationRequest) {}
class MemberParamsDto extends createZodDto(memberParams) {}
class InvitationParamsDto extends createZodDto(invitationParams) {}
class MemberDto extends createZodDto(memberResponse) {}
class MembersDto extends createZodDto(membersResponse) {}
class InvitationDto extends createZodDto(invitationResponse) {}
class InvitationsDto extends createZodDto(invitationsResponse) {}
class OrganizationSettingsDto extends createZodDto(organizationSettings) {}

@ApiTags('organization')
@Controller('organization')
export class OrganizationController {
  constructor(
    private readonly organization: OrganizationService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Name, kind and time zone of the current organization' })
  @ApiOkResponse({ type: OrganizationSettingsDto })
  get(@Auth() auth: AuthContext): Promise<OrganizationSettings> {
    return this.organization.get(auth);
  }

  @MinRole('ADMIN')
  @Patch()
  @ApiOperation({ summary: 'Rename the organization or change its time zone (OWNER, ADMIN)' })
  @ApiOkResponse({ type: OrganizationSettingsDto })
  update(@Auth() auth: AuthContext, @Body() body: UpdateOrganizationDto): Promise<OrganizationSettings> {
    return this.organization.update(auth, body);
  }

  @Get('members')
  @ApiOperation({ summary: 'Members of the current organization with their roles' })
  @ApiOkResponse({ type: MembersDto })
  listMembers(@Auth() auth: AuthContext): Promise<MembersResponse> {
    return this.members.list(auth);
  }

  @MinRole('ADMIN')
  @Patch('members/:userId')
  @ApiOperation({
    summary:
      'Change a member’s role (OWNER, ADMIN; only an owner makes or unmakes owners; the last owner stays). Ends the member’s sessions here.',
  })
  @ApiOkResponse({ type: MemberDto })
  changeRole(
    @Auth() auth: AuthContext,
    @Param() params: MemberParamsDto,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberResponse> {
    return this.members.changeRole(auth, params.userId, body);
  }

  @MinRole('ADMIN')
  @Delete('members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (OWNER, ADMIN; never the last owner); their sessions here end at once' })
  @ApiNoContentResponse()
  removeMember(@Auth() auth: AuthContext, @Param() params: MemberParamsDto): Promise<void> {
    return this.members.remove(auth, params.userId);
  }

  @MinRole('ADMIN')
  @Get('invitations')
  @ApiOperation({ summary: 'Invitations of the current organization, newest first (OWNER, ADMIN)' })
  @ApiOkResponse({ type: InvitationsDto })
  listInvitations(@Auth() auth: AuthContext): Promise<InvitationsResponse> {
    return this.invitations.list(auth);
  }

  @MinRole('ADMIN')
  @Post('invitations')
  @ApiOperation({
    summary:
      'Invite by email with a role (CLIENT needs clientId); emails a link to /accept-invitation?token=… (OWNER, ADMIN with a confirmed email address, else 403 reason EMAIL_NOT_VERIFIED; at most INVITATIONS_PER_DAY per organization in any 24 hours, else 429)',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(@Auth() auth: AuthContext, @Body() body: CreateInvitationDto): Promise<InvitationResponse> {
    return this.invitations.create(auth, body);
  }

  @MinRole('ADMIN')
  @Post('invitations/portal')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Invite clients to the portal in bulk: the clients named (clientIds) or the clients of the cases named (caseIds, a selection), each at their own address in their language. Skips clients without an email, with a portal account or a pending portal invitation, and repeated addresses; past INVITATIONS_PER_DAY the rest are left out as OVER_QUOTA with retryAfterSeconds (OWNER, ADMIN with a confirmed email address)',
  })
  @ApiOkResponse({ type: BulkPortalInvitationResultDto })
  invitePortal(
    @Auth() auth: AuthContext,
    @Body() body: BulkPortalInvitationDto,
  ): Promise<BulkPortalInvitationResponse> {
    return this.invitations.invitePortal(auth, body);
  }

  @MinRole('ADMIN')
  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation (OWNER, ADMIN)' })
  @ApiNoContentResponse()
  revokeInvitation(@Auth() auth: AuthContext, @Param() params: InvitationParamsDto): Promise<void> {
    return this.invitations.revoke(auth, params.invitationId);
  }
}
