import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { AccountMail } from './account-mail';
import { ApiTokenAuth } from './api-tokens';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { ProfileService } from './profile.service';
import { SessionService } from './session.service';
import { ThrottleService } from './throttle.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountService,
    ProfileService,
    AccountMail,
    SessionService,
    ApiTokenAuth,
    ThrottleService,
    AuditService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccountMail, SessionService, AuditService, ThrottleService],
})
export class AuthModule {}
