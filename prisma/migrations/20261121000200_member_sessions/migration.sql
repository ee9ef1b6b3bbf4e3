-- A role change or a member's removal ends that member's sessions in the organization, in the same tenant
-- transaction as the change itself. waiji_app may read a session's bookkeeping columns (never its token hash)
-- and set "revokedAt", and row-level security limits it to sessions of the organization in app.org_id.

GRANT SELECT ("id", "userId", "organizationId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt") ON "session" TO waiji_app;
GRANT UPDATE ("revokedAt") ON "session" TO waiji_app;

ALTER TABLE "session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "session" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "session" TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org());
CREATE POLICY system_access ON "session" TO waiji_system USING (true) WITH CHECK (true);
