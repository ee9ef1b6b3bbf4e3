import { Global, Module } from '@nestjs/common';
import { PassportCipher } from '../clients/passport-cipher';
import { AccountSecurityController } from './account-security.controller';
import { OidcService } from './oidc.service';
import { OrganizationSecurityController } from './organization-security.controller';
import { OrganizationSecurityService } from './organization-security.service';
import { PasskeysService } from './passkeys.service';
import { SecondFactorService } from './second-factor.service';

/**
 * Account protection (issue 20): second factors, passkeys, the organization's 2FA rule and single sign-on. Global,
 * because the password sign-in (auth/auth.service.ts) asks SecondFactorService whether a session may start.
 */
@Global()
@Module({
  controllers: [AccountSecurityController, OrganizationSecurityController],
  providers: [SecondFactorService, PasskeysService, OidcService, OrganizationSecurityService, PassportCipher],
  exports: [SecondFactorService],
})
export class AccountSecurityModule {}
