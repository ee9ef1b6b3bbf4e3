-- Integrations (issue 20): API tokens (bearer, hashed like sessions) and outbound webhooks (endpoints, one
-- delivery row per event and endpoint, delivered like the email outbox, and each attempt's answer).

CREATE TABLE "api_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "lastUsedIp" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhook_endpoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "secretEnc" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "failingSince" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "lastDurationMs" INTEGER,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhook_attempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_attempt_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");
CREATE INDEX "api_token_organizationId_createdAt_idx" ON "api_token"("organizationId", "createdAt");
CREATE INDEX "webhook_endpoint_organizationId_idx" ON "webhook_endpoint"("organizationId");
CREATE UNIQUE INDEX "webhook_delivery_endpointId_eventId_key" ON "webhook_delivery"("endpointId", "eventId");
CREATE INDEX "webhook_delivery_status_nextAttemptAt_idx" ON "webhook_delivery"("status", "nextAttemptAt");
CREATE INDEX "webhook_delivery_organizationId_endpointId_createdAt_idx" ON "webhook_delivery"("organizationId", "endpointId", "createdAt");
CREATE INDEX "webhook_attempt_deliveryId_at_idx" ON "webhook_attempt"("deliveryId", "at");

ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_attempt" ADD CONSTRAINT "webhook_attempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy for the new tables (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "api_token", "webhook_endpoint", "webhook_delivery", "webhook_attempt" TO waiji_app, waiji_system;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['api_token', 'webhook_endpoint', 'webhook_delivery', 'webhook_attempt']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;

-- The bearer lookup runs on every token request, before the tenant is known (the token decides it): like
-- waiji_find_session, one SECURITY DEFINER statement owned by waiji_system. It finds a live token (not revoked,
-- not expired) by the sha256 of its secret, with its user's email and current role in the token's organization,
-- and touches "lastUsedAt" at most once a minute.
CREATE FUNCTION waiji_find_api_token(token_hash text, caller_ip text)
RETURNS TABLE (
  "id" uuid,
  "userId" uuid,
  "organizationId" uuid,
  "kind" text,
  "scopes" text[],
  "email" text,
  "role" "Role",
  "clientId" uuid
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "api_token" t SET "lastUsedAt" = now(), "lastUsedIp" = caller_ip
  WHERE t."tokenHash" = token_hash AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > now())
    AND (t."lastUsedAt" IS NULL OR t."lastUsedAt" < now() - interval '1 minute');
  RETURN QUERY
    SELECT t.id, t."userId", t."organizationId", t.kind, t.scopes, u.email, m.role, m."clientId"
    FROM "api_token" t
    JOIN "user" u ON u.id = t."userId"
    LEFT JOIN "membership" m ON m."userId" = t."userId" AND m."organizationId" = t."organizationId"
    WHERE t."tokenHash" = token_hash AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > now());
END
$$;

GRANT CREATE ON SCHEMA public TO waiji_system;
ALTER FUNCTION waiji_find_api_token(text, text) OWNER TO waiji_system;
REVOKE CREATE ON SCHEMA public FROM waiji_system;

REVOKE ALL ON FUNCTION waiji_find_api_token(text, text) FROM PUBLIC;
DO $$
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION waiji_find_api_token(text, text) TO %I', current_user);
END
$$;
