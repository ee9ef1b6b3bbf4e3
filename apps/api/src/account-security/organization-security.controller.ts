import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  memberParams,
  organizationSecurityRequest,
  type OrganizationSecurityResponse,
  organizationSecurityResponse,
  ssoConfigRequest,
  type SsoConfigResponse,
  ssoConfigResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { Auth, MinRole } from '../auth/auth.decorators';
import { OidcService } from './oidc.service';
import { OrganizationSecurityService } from './organization-security.service';

class OrganizationSecurityDto extends createZodDto(organizationSecurityRequest) {}
class OrganizationSecurityResponseDto extends createZodDto(organizationSecurityResponse) {}
class SsoConfigDto extends createZodDto(ssoConfigRequest) {}
class SsoConfigResponseDto extends createZodDto(ssoConfigResponse) {}
class MemberParamsDto extends createZodDto(memberParams) {}

/** The organization's sign-in rules (owners and admins): required two-step verification, member resets, SSO. */
@ApiTags('organization')
@Controller('organization')
export class OrganizationSecurityController {
  constructor(
    private readonly security: OrganizationSecurityService,
    private readonly oidc: OidcService,
  ) {}

  @MinRole('ADMIN')
  @Get('security')
  @ApiOperation({
    summary: 'The rule "staff must use two-step verification", its grace period, and what each member has set up',
  })
  @ApiOkResponse({ type: OrganizationSecurityResponseDto })
  get(@Auth() auth: AuthContext): Promise<OrganizationSecurityResponse> {
    return this.security.get(auth);
  }

  @MinRole('ADMIN')
  @Put('security')
  @ApiOperation({
    summary:
      'Require two-step verification of staff (owners, admins, helpers, viewers) with a grace period in days: after it, a member without a second factor must set one up at sign-in',
  })
  @ApiOkResponse({ type: OrganizationSecurityResponseDto })
  update(@Auth() auth: AuthContext, @Body() body: OrganizationSecurityDto): Promise<OrganizationSecurityResponse> {
    return this.security.update(auth, body);
  }

  @MinRole('ADMIN')
  @Post('members/:userId/reset-second-factor')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Reset a member’s two-step verification (a lost phone): their app, recovery codes, passkeys and remembered devices are removed; audited. Only an owner resets an owner',
  })
  @ApiNoContentResponse()
  async resetMember(@Auth() auth: AuthContext, @Param() params: MemberParamsDto): Promise<void> {
    await this.security.resetMember(auth, params.userId);
  }

  @MinRole('ADMIN')
  @Get('sso')
  @ApiOperation({ summary: 'The organization’s OpenID Connect sign-in (the client secret is never shown)' })
  @ApiOkResponse({ type: SsoConfigResponseDto })
  getSso(@Auth() auth: AuthContext): Promise<SsoConfigResponse> {
    return this.oidc.getConfig(auth);
  }

  @MinRole('ADMIN')
  @Put('sso')
  @ApiOperation({
    summary:
      'Set up OpenID Connect sign-in: issuer (its discovery document must be readable), client id and secret (encrypted), allowed email domains, the role of members it adds, just-in-time membership',
  })
  @ApiOkResponse({ type: SsoConfigResponseDto })
  saveSso(@Auth() auth: AuthContext, @Body() body: SsoConfigDto): Promise<SsoConfigResponse> {
    return this.oidc.saveConfig(auth, body);
  }

  @MinRole('ADMIN')
  @Delete('sso')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the organization’s single sign-on (members keep their accounts)' })
  @ApiNoContentResponse()
  async removeSso(@Auth() auth: AuthContext): Promise<void> {
    await this.oidc.removeConfig(auth);
  }
}
