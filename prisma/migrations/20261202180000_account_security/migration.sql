-- Account protection (issue 20): authenticator-app codes (TOTP), single-use recovery codes, remembered devices,
-- passkeys (WebAuthn), short-lived sign-in challenges, the organization's "staff must use 2FA" rule and OpenID
-- Connect sign-in per organization with the identities it linked.

CREATE TABLE "user_totp" (
    "userId" UUID NOT NULL,
    "secretEnc" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "lastUsedStep" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_totp_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "recovery_code" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "trusted_device" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userAgent" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trusted_device_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "passkey" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "deviceType" TEXT NOT NULL,
    "backedUp" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "passkey_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "auth_challenge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID,
    "organizationId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_challenge_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "organization_security" (
    "organizationId" UUID NOT NULL,
    "requireStaff2fa" BOOLEAN NOT NULL DEFAULT false,
    "graceDays" INTEGER NOT NULL DEFAULT 7,
    "requiredSince" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_security_pkey" PRIMARY KEY ("organizationId")
);

CREATE TABLE "organization_sso" (
    "organizationId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretEnc" TEXT NOT NULL,
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "defaultRole" "Role" NOT NULL DEFAULT 'VIEWER',
    "jitMembership" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_sso_pkey" PRIMARY KEY ("organizationId")
);

CREATE TABLE "sso_identity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMPTZ(3),

    CONSTRAINT "sso_identity_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "recovery_code_codeHash_key" ON "recovery_code"("codeHash");
CREATE INDEX "recovery_code_userId_idx" ON "recovery_code"("userId");
CREATE UNIQUE INDEX "trusted_device_tokenHash_key" ON "trusted_device"("tokenHash");
CREATE INDEX "trusted_device_userId_idx" ON "trusted_device"("userId");
CREATE UNIQUE INDEX "passkey_credentialId_key" ON "passkey"("credentialId");
CREATE INDEX "passkey_userId_idx" ON "passkey"("userId");
CREATE UNIQUE INDEX "auth_challenge_tokenHash_key" ON "auth_challenge"("tokenHash");
CREATE INDEX "auth_challenge_expiresAt_idx" ON "auth_challenge"("expiresAt");
CREATE UNIQUE INDEX "sso_identity_issuer_subject_key" ON "sso_identity"("issuer", "subject");
CREATE INDEX "sso_identity_organizationId_idx" ON "sso_identity"("organizationId");
CREATE INDEX "sso_identity_userId_idx" ON "sso_identity"("userId");

ALTER TABLE "user_totp" ADD CONSTRAINT "user_totp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "trusted_device" ADD CONSTRAINT "trusted_device_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "passkey" ADD CONSTRAINT "passkey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organization_security" ADD CONSTRAINT "organization_security_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organization_sso" ADD CONSTRAINT "organization_sso_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sso_identity" ADD CONSTRAINT "sso_identity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A user's factors and the sign-in challenges belong to no organization (like sessions): only the system role, which
-- signs people in, reads and writes them.
GRANT SELECT, INSERT, UPDATE, DELETE ON "user_totp", "recovery_code", "trusted_device", "passkey", "auth_challenge" TO waiji_system;

-- Tenancy for the organization's rules and identities (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "organization_security", "organization_sso", "sso_identity" TO waiji_app, waiji_system;
DO $$
DECLARE
  t text;
BEGIN
  -- auth_challenge too: waiji_app has no grant on it, but a row that names an organization (a single sign-on's
  -- state) stays behind that organization's policy like every other such row.
  FOREACH t IN ARRAY ARRAY['organization_security', 'organization_sso', 'sso_identity', 'auth_challenge']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
