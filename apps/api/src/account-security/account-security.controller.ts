import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RegistrationResponseJSON, AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  type AccountSecurityResponse,
  accountSecurityResponse,
  type EnrolledSignInResponse,
  enrolledSignInResponse,
  type MeResponse,
  meResponse,
  type PasskeySummary,
  passkeyRegisterRequest,
  passkeySignInRequest,
  passkeySummary,
  type RecoveryCodesResponse,
  recoveryCodesResponse,
  secondFactorRequest,
  ssoDiscoverRequest,
  type SsoOrganizationResponse,
  ssoOrganizationResponse,
  totpCodeRequest,
  type TotpSetupResponse,
  totpSetupResponse,
  type WebauthnOptions,
  webauthnOptions,
} from '@waiji/contract';
import { AllowWithoutOrganization, Public, type RequestWithAuth } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { ApiError } from '../common/api-error';
import { OidcService, SsoFailure } from './oidc.service';
import { PasskeysService } from './passkeys.service';
import { SecondFactorService } from './second-factor.service';

class SecondFactorDto extends createZodDto(secondFactorRequest) {}
class TotpCodeDto extends createZodDto(totpCodeRequest) {}
class PasskeyRegisterDto extends createZodDto(passkeyRegisterRequest) {}
class PasskeySignInDto extends createZodDto(passkeySignInRequest) {}
class SsoDiscoverDto extends createZodDto(ssoDiscoverRequest) {}
class MeDto extends createZodDto(meResponse) {}
class TotpSetupDto extends createZodDto(totpSetupResponse) {}
class RecoveryCodesDto extends createZodDto(recoveryCodesResponse) {}
class EnrolledSignInDto extends createZodDto(enrolledSignInResponse) {}
class AccountSecurityDto extends createZodDto(accountSecurityResponse) {}
class PasskeyDto extends createZodDto(passkeySummary) {}
class WebauthnOptionsDto extends createZodDto(webauthnOptions) {}
class SsoOrganizationDto extends createZodDto(ssoOrganizationResponse) {}

function signedIn(request: RequestWithAuth) {
  if (!request.authPartial) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
  return request.authPartial;
}

/** The organization an audit row of the user's own security belongs to: the one they work in now, if any. */
function currentOrganization(request: RequestWithAuth): string | null {
  return request.auth?.organizationId ?? null;
}

/**
 * A user's second factor and passkeys (signed in), the second step of a sign-in (a pending sign-in cookie, no
 * session yet), password-less passkey sign-in and single sign-on (public).
 */
@ApiTags('account security')
@Controller('auth')
export class AccountSecurityController {
  constructor(
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorService,
    private readonly passkeys: PasskeysService,
    private readonly oidc: OidcService,
  ) {}

  // ─── The second step of a sign-in ────────────────────────────────────────────────────────────────────────────

  @Public()
  @Post('second-factor')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Finish a sign-in whose password was right with a code from the authenticator app or a recovery code (single use); optionally remember this device for 30 days. Throttled per account and address',
  })
  @ApiOkResponse({ type: MeDto })
  async secondFactorSignIn(
    @Body() body: SecondFactorDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const pending = await this.secondFactor.pending(request, ['SECOND_FACTOR']);
    const method = await this.secondFactor.verifyForSignIn(pending, body, request);
    await this.secondFactor.finishPending(pending, reply);
    if (body.rememberDevice) await this.secondFactor.rememberDevice(pending.userId, request, reply);
    return this.auth.startSession(pending.userId, request, reply, { action: 'auth.login', data: { method } });
  }

  @Public()
  @Post('second-factor/passkey/options')
  @HttpCode(200)
  @ApiOperation({ summary: 'WebAuthn options to finish a pending sign-in with one of the account’s passkeys' })
  @ApiOkResponse({ type: WebauthnOptionsDto })
  async secondFactorPasskeyOptions(@Req() request: RequestWithAuth): Promise<WebauthnOptions> {
    const pending = await this.secondFactor.pending(request, ['SECOND_FACTOR']);
    return this.passkeys.secondFactorOptions(pending.userId, request);
  }

  @Public()
  @Post('second-factor/passkey')
  @HttpCode(200)
  @ApiOperation({ summary: 'Finish a pending sign-in with a passkey of the account' })
  @ApiOkResponse({ type: MeDto })
  async secondFactorPasskey(
    @Body() body: PasskeySignInDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const pending = await this.secondFactor.pending(request, ['SECOND_FACTOR']);
    await this.passkeys.authenticate(body.response as unknown as AuthenticationResponseJSON, request, pending.userId);
    await this.secondFactor.finishPending(pending, reply);
    if (body.rememberDevice) await this.secondFactor.rememberDevice(pending.userId, request, reply);
    return this.auth.startSession(pending.userId, request, reply, {
      action: 'auth.login',
      data: { method: 'passkey' },
    });
  }

  @Public()
  @Post('second-factor/enrol')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A sign-in held back because the organization requires two-step verification: start setting up an authenticator app (secret and QR code)',
  })
  @ApiOkResponse({ type: TotpSetupDto })
  async enrolDuringSignIn(@Req() request: RequestWithAuth): Promise<TotpSetupResponse> {
    const pending = await this.secondFactor.pending(request, ['ENROL']);
    return this.secondFactor.setupTotp(pending.userId);
  }

  @Public()
  @Post('second-factor/enrol/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Confirm the app set up during a held-back sign-in with its first code: two-step verification is on, the recovery codes are shown once and the session starts',
  })
  @ApiOkResponse({ type: EnrolledSignInDto })
  async confirmEnrolDuringSignIn(
    @Body() body: TotpCodeDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolledSignInResponse> {
    const pending = await this.secondFactor.pending(request, ['ENROL']);
    const recoveryCodes = await this.secondFactor.confirmTotp(
      { userId: pending.userId, ip: request.ip },
      body.code,
      null,
    );
    await this.secondFactor.finishPending(pending, reply);
    const me = await this.auth.startSession(pending.userId, request, reply, {
      action: 'auth.login',
      data: { method: 'totp-enrolment' },
    });
    return { recoveryCodes, me };
  }

  // ─── The signed-in user's own protection ─────────────────────────────────────────────────────────────────────

  @AllowWithoutOrganization()
  @Get('security')
  @ApiOperation({
    summary:
      'My two-step verification: app on or off, recovery codes left, passkeys, remembered devices, and what an organization requires of me',
  })
  @ApiOkResponse({ type: AccountSecurityDto })
  security(@Req() request: RequestWithAuth): Promise<AccountSecurityResponse> {
    return this.secondFactor.status(signedIn(request).userId);
  }

  @AllowWithoutOrganization()
  @Post('totp/setup')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start setting up an authenticator app: a new secret and its QR code (not on until confirmed)',
  })
  @ApiOkResponse({ type: TotpSetupDto })
  setupTotp(@Req() request: RequestWithAuth): Promise<TotpSetupResponse> {
    return this.secondFactor.setupTotp(signedIn(request).userId);
  }

  @AllowWithoutOrganization()
  @Post('totp/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Turn the authenticator app on with its first code; answers the ten recovery codes (shown once)',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  async confirmTotp(@Body() body: TotpCodeDto, @Req() request: RequestWithAuth): Promise<RecoveryCodesResponse> {
    const recoveryCodes = await this.secondFactor.confirmTotp(
      signedIn(request),
      body.code,
      currentOrganization(request),
    );
    return { recoveryCodes };
  }

  @AllowWithoutOrganization()
  @Post('totp/disable')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn the authenticator app off (needs a current code); its recovery codes stop working' })
  @ApiNoContentResponse()
  async disableTotp(@Body() body: TotpCodeDto, @Req() request: RequestWithAuth): Promise<void> {
    await this.secondFactor.disableTotp(signedIn(request), body.code, currentOrganization(request));
  }

  @AllowWithoutOrganization()
  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ten new recovery codes (needs a current code); the old ones stop working' })
  @ApiOkResponse({ type: RecoveryCodesDto })
  async regenerateRecoveryCodes(
    @Body() body: TotpCodeDto,
    @Req() request: RequestWithAuth,
  ): Promise<RecoveryCodesResponse> {
    const recoveryCodes = await this.secondFactor.regenerateRecoveryCodes(
      signedIn(request),
      body.code,
      currentOrganization(request),
    );
    return { recoveryCodes };
  }

  @AllowWithoutOrganization()
  @Delete('remembered-devices')
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget every remembered device: each asks for the second factor again' })
  @ApiNoContentResponse()
  async forgetDevices(@Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.secondFactor.forgetDevices(signedIn(request), reply);
  }

  @AllowWithoutOrganization()
  @Post('passkeys/options')
  @HttpCode(200)
  @ApiOperation({ summary: 'WebAuthn options to register a new passkey for me' })
  @ApiOkResponse({ type: WebauthnOptionsDto })
  passkeyRegistrationOptions(@Req() request: RequestWithAuth): Promise<WebauthnOptions> {
    return this.passkeys.registrationOptions(signedIn(request), request);
  }

  @AllowWithoutOrganization()
  @Post('passkeys')
  @ApiOperation({ summary: 'Register a passkey (the browser’s answer to the options) under a name of my choice' })
  @ApiCreatedResponse({ type: PasskeyDto })
  addPasskey(@Body() body: PasskeyRegisterDto, @Req() request: RequestWithAuth): Promise<PasskeySummary> {
    return this.passkeys.register(
      signedIn(request),
      body.name,
      body.response as unknown as RegistrationResponseJSON,
      request,
      currentOrganization(request),
    );
  }

  @AllowWithoutOrganization()
  @Delete('passkeys/:passkeyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one of my passkeys' })
  @ApiNoContentResponse()
  async removePasskey(
    @Param('passkeyId', new ParseUUIDPipe()) passkeyId: string,
    @Req() request: RequestWithAuth,
  ): Promise<void> {
    await this.passkeys.remove(signedIn(request), passkeyId, currentOrganization(request));
  }

  // ─── Password-less sign-in with a passkey ────────────────────────────────────────────────────────────────────

  @Public()
  @Post('passkey/options')
  @HttpCode(200)
  @ApiOperation({ summary: 'WebAuthn options for signing in with a passkey alone (discoverable, user verification)' })
  @ApiOkResponse({ type: WebauthnOptionsDto })
  passkeySignInOptions(@Req() request: RequestWithAuth): Promise<WebauthnOptions> {
    return this.passkeys.signInOptions(request);
  }

  @Public()
  @Post('passkey')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a passkey alone; sets the session cookie' })
  @ApiOkResponse({ type: MeDto })
  async passkeySignIn(
    @Body() body: PasskeySignInDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const { userId } = await this.passkeys.authenticate(
      body.response as unknown as AuthenticationResponseJSON,
      request,
      null,
    );
    return this.auth.startSession(userId, request, reply, { action: 'auth.login', data: { method: 'passkey' } });
  }

  // ─── Single sign-on (OpenID Connect) ─────────────────────────────────────────────────────────────────────────

  @Public()
  @Post('sso/discover')
  @HttpCode(200)
  @ApiOperation({ summary: 'The organization whose single sign-on covers this email address’s domain (404: none)' })
  @ApiOkResponse({ type: SsoOrganizationDto })
  discoverSso(@Body() body: SsoDiscoverDto): Promise<SsoOrganizationResponse> {
    return this.oidc.discoverByEmail(body.email);
  }

  @Public()
  @Get('sso/callback')
  @HttpCode(302)
  @ApiOperation({
    summary:
      'Where the OpenID provider sends the browser back: signs in and redirects to the app, or to /sign-in?sso_error=… when refused',
  })
  @ApiResponse({ status: 302, description: 'Redirect to the app or to the sign-in page' })
  async ssoCallback(@Req() request: RequestWithAuth, @Res() reply: FastifyReply): Promise<void> {
    let target = '/';
    try {
      const { userId, organizationId } = await this.oidc.callback(request, reply);
      await this.auth.startSession(
        userId,
        request,
        reply,
        { action: 'auth.login', data: { method: 'sso' } },
        organizationId,
      );
    } catch (error) {
      const code = error instanceof SsoFailure ? error.code : 'SSO_FAILED';
      target = `/sign-in?sso_error=${code}`;
    }
    await reply.code(302).header('location', target).send();
  }

  @Public()
  @Get('sso/:organizationId')
  @ApiOperation({ summary: 'The organization a sign-in page’s "Sign in with …" button names (404: no single sign-on)' })
  @ApiOkResponse({ type: SsoOrganizationDto })
  ssoOrganization(
    @Param('organizationId', new ParseUUIDPipe()) organizationId: string,
  ): Promise<SsoOrganizationResponse> {
    return this.oidc.organization(organizationId);
  }

  @Public()
  @Get('sso/:organizationId/start')
  @HttpCode(302)
  @ApiOperation({
    summary:
      'Start signing in with the organization’s OpenID provider: redirects there (404: the organization has no single sign-on)',
  })
  @ApiResponse({ status: 302, description: 'Redirect to the provider (or back to the sign-in page)' })
  async ssoStart(
    @Param('organizationId', new ParseUUIDPipe()) organizationId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // An organization without (enabled) single sign-on: 404 like its button's lookup; other failures go back to the page.
    await this.oidc.organization(organizationId);
    let target: string;
    try {
      target = await this.oidc.start(organizationId, reply);
    } catch (error) {
      const code = error instanceof SsoFailure ? error.code : 'SSO_FAILED';
      target = `/sign-in?sso_error=${code}`;
    }
    await reply.code(302).header('location', target).send();
  }
}
