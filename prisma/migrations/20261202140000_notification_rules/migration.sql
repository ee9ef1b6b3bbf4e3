-- Notifications go to the right people (issue 16): per member and channel, which cases' notices reach them
-- (replacing notifyMode: IMMEDIATE kept its email, DIGEST became the digest with email off); who follows a case
-- (case_watcher); and a case's "snooze until", which holds back its chase reminders and escalations.

CREATE TYPE "NotifyScope" AS ENUM ('ALL', 'MINE_AND_UNASSIGNED', 'MINE', 'OFF');

ALTER TABLE "membership"
    ADD COLUMN "notifyInApp" "NotifyScope" NOT NULL DEFAULT 'MINE_AND_UNASSIGNED',
    ADD COLUMN "notifyEmail" "NotifyScope" NOT NULL DEFAULT 'MINE_AND_UNASSIGNED',
    ADD COLUMN "notifyDigest" "NotifyScope" NOT NULL DEFAULT 'OFF';
UPDATE "membership" SET "notifyEmail" = 'OFF', "notifyDigest" = 'MINE_AND_UNASSIGNED' WHERE "notifyMode" = 'DIGEST';
ALTER TABLE "membership" DROP COLUMN "notifyMode";
DROP TYPE "NotifyMode";

ALTER TABLE "case" ADD COLUMN "snoozedUntil" TIMESTAMPTZ(3);

CREATE TABLE "case_watcher" (
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_watcher_pkey" PRIMARY KEY ("caseId", "userId")
);

CREATE INDEX "case_watcher_organizationId_userId_idx" ON "case_watcher"("organizationId", "userId");

ALTER TABLE "case_watcher" ADD CONSTRAINT "case_watcher_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy as every tenant table (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "case_watcher" TO waiji_app, waiji_system;
ALTER TABLE "case_watcher" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "case_watcher" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "case_watcher" TO waiji_app
    USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org());
CREATE POLICY system_access ON "case_watcher" TO waiji_system USING (true) WITH CHECK (true);
