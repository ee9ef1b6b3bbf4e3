import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { loginRequest, type MeResponse, signupRequest, switchOrganizationRequest } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { AllowWithoutOrganization, Public, type RequestWithAuth } from './auth.decorators';
import { AuthService } from './auth.service';

class SignupDto extends createZodDto(signupRequest) {}
class LoginDto extends createZodDto(loginRequest) {}
class SwitchOrganizationDto extends createZodDto(switchOrganizationRequest) {}

function signedIn(request: RequestWithAuth) {
  if (!request.authPartial) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
  return request.authPartial;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: 'Create a user and an organization (agency, university or personal); signs in' })
  signup(@Body() body: SignupDto, @Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
    return this.auth.signup(body, request, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
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
  @Post('switch-organization')
  @HttpCode(200)
  switchOrganization(@Body() body: SwitchOrganizationDto, @Req() request: RequestWithAuth, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
    return this.auth.switchOrganization(signedIn(request), body.organizationId, request, reply);
  }
}
