import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  type AcceptedResponse,
  acceptedResponse,
  changePasswordRequest,
  type ChangePasswordResponse,
  changePasswordResponse,
  loginRequest,
  type MeResponse,
  meResponse,
  passwordResetConfirmRequest,
  passwordResetRequest,
  signupRequest,
  switchOrganizationRequest,
  updateProfileRequest,
  verifyEmailRequest,
} from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { AllowWithoutOrganization, Public, type RequestWithAuth } from './auth.decorators';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { ProfileService } from './profile.service';

class SignupDto extends createZodDto(signupRequest) {}
class LoginDto extends createZodDto(loginRequest) {}
class SwitchOrganizationDto extends createZodDto(switchOrganizationRequest) {}
class PasswordResetDto extends createZodDto(passwordResetRequest) {}
class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmRequest) {}
class VerifyEmailDto extends createZodDto(verifyEmailRequest) {}
class MeDto extends createZodDto(meResponse) {}
class AcceptedDto extends createZodDto(acceptedResponse) {}
class ChangePasswordDto extends createZodDto(changePasswordRequest) {}
class ChangePasswordResponseDto extends createZodDto(changePasswordResponse) {}
class UpdateProfileDto extends createZodDto(updateProfileRequest) {}

function signedIn(request: RequestWithAuth) {
  if (!request.authPartial) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
  return request.authPartial;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly profile: ProfileService,
  ) {}

  @Public()
  @Post('signup')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Create a user and an organization (agency, university or personal) and email a confirmation link; the account signs in once confirmed. ' +
      'The same answer whether or not the address is taken (its owner is emailed instead)',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  signup(@Body() body: SignupDto, @Req() request: RequestWithAuth): Promise<AcceptedResponse> {
    return this.auth.signup(body, request);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with email and password (a new account once its address is confirmed); sets the session cookie',
  })
  @ApiOkResponse({ type: MeDto })
  login(
    @Body() body: LoginDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    return this.auth.login(body, request, reply);
  }

  @AllowWithoutOrganization()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(signedIn(request), reply);
  }

  @AllowWithoutOrganization()
  @Post('logout-everywhere')
  @HttpCode(200)
  logoutEverywhere(@Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.auth.logoutEverywhere(signedIn(request), reply);
  }

  @AllowWithoutOrganization()
  @Get('me')
  me(@Req() request: RequestWithAuth): Promise<MeResponse> {
    signedIn(request);
    return this.auth.me(request);
  }

  @AllowWithoutOrganization()
  @Patch('profile')
  @ApiOperation({ summary: 'Change my display name and the language of the emails sent to me' })
  @ApiOkResponse({ type: MeDto })
  updateProfile(@Body() body: UpdateProfileDto, @Req() request: RequestWithAuth): Promise<MeResponse> {
    return this.profile.updateProfile(signedIn(request), body, request);
  }

  @AllowWithoutOrganization()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Change my password: the current one is checked (throttled like a login), every other session ends, and the owner is emailed',
  })
  @ApiOkResponse({ type: ChangePasswordResponseDto })
  changePassword(@Body() body: ChangePasswordDto, @Req() request: RequestWithAuth): Promise<ChangePasswordResponse> {
    return this.profile.changePassword(signedIn(request), body, request);
  }

  @AllowWithoutOrganization()
  @Post('switch-organization')
  @HttpCode(200)
  switchOrganization(
    @Body() body: SwitchOrganizationDto,
    @Req() request: RequestWithAuth,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    return this.auth.switchOrganization(signedIn(request), body.organizationId, request, reply);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Email a single-use password-reset link; the same answer whether or not the account exists',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  requestPasswordReset(@Body() body: PasswordResetDto, @Req() request: RequestWithAuth): Promise<AcceptedResponse> {
    return this.account.requestPasswordReset(body, request);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token from the emailed link; ends every session of the user' })
  @ApiNoContentResponse()
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto, @Req() request: RequestWithAuth): Promise<void> {
    await this.account.resetPassword(body, request);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm the email address with the token from the emailed link' })
  @ApiNoContentResponse()
  async verifyEmail(@Body() body: VerifyEmailDto, @Req() request: RequestWithAuth): Promise<void> {
    await this.account.verifyEmail(body.token, request);
  }

  @AllowWithoutOrganization()
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a new verification link to the signed-in user' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  resendVerification(@Req() request: RequestWithAuth): Promise<AcceptedResponse> {
    return this.account.resendVerification(signedIn(request));
  }
}
