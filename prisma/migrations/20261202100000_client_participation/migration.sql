-- Clients take part in their cases: reports from the portal that a helper confirms (case_proposal), a
-- conversation per case between the client and the helpers (case_message) and how far each person has read it
-- (case_message_read), and the organization's choice to let client reports apply without confirmation.

CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'APPLIED', 'REJECTED');

ALTER TABLE "organization" ADD COLUMN "clientReportsApplyDirectly" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "case_proposal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "appliedVersion" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_proposal_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "case_message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID,
    "fromClient" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "case_message_read" (
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastReadAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_message_read_pkey" PRIMARY KEY ("caseId", "userId")
);

CREATE INDEX "case_proposal_organizationId_status_createdAt_idx" ON "case_proposal"("organizationId", "status", "createdAt");
CREATE INDEX "case_proposal_organizationId_caseId_createdAt_idx" ON "case_proposal"("organizationId", "caseId", "createdAt");
CREATE INDEX "case_message_organizationId_caseId_createdAt_idx" ON "case_message"("organizationId", "caseId", "createdAt");
CREATE INDEX "case_message_read_organizationId_userId_idx" ON "case_message_read"("organizationId", "userId");

ALTER TABLE "case_proposal" ADD CONSTRAINT "case_proposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy for the new tables (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "case_proposal", "case_message_read" TO waiji_app, waiji_system;
-- A message, once sent, is not edited.
GRANT SELECT, INSERT ON "case_message" TO waiji_app;
GRANT SELECT, INSERT, DELETE ON "case_message" TO waiji_system;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_proposal', 'case_message', 'case_message_read']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
