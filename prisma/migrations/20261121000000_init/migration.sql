-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('AGENCY', 'UNIVERSITY', 'PERSONAL');
CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'HELPER', 'VIEWER', 'CLIENT');
CREATE TYPE "CaseType" AS ENUM ('BANK_CARD_VERIFICATION', 'APP_PASSPORT_VERIFICATION', 'RESTRICTION_APPEAL');
CREATE TYPE "CaseState" AS ENUM ('PREPARING', 'SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED');
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');
CREATE TYPE "ReminderStatus" AS ENUM ('PENDING', 'CLAIMED', 'SENT', 'CANCELLED', 'FAILED', 'DISMISSED');
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');
CREATE TYPE "ChecklistStatus" AS ENUM ('MISSING', 'COLLECTED', 'SUBMITTED', 'REJECTED');
CREATE TYPE "NotifyMode" AS ENUM ('IMMEDIATE', 'DIGEST');
CREATE TYPE "EmailTokenPurpose" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATED', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "policy" JSONB NOT NULL DEFAULT '{}',
    "quietHoursStart" INTEGER,
    "quietHoursEnd" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "emailVerifiedAt" TIMESTAMPTZ(3),
    "locale" TEXT NOT NULL DEFAULT 'en',
    "calendarTokenHash" TEXT,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "clientId" UUID,
    "notifyMode" "NotifyMode" NOT NULL DEFAULT 'IMMEDIATE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "organizationId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "email_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "purpose" "EmailTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_token_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "auth_attempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "action" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_attempt_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "clientId" UUID,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "client" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "passportName" TEXT NOT NULL,
    "bankName" TEXT,
    "nationality" TEXT,
    "birthDate" DATE,
    "passportNumberEnc" TEXT,
    "passportLast4" TEXT,
    "passportExpiry" DATE,
    "visaType" TEXT,
    "visaExpiry" DATE,
    "phone" TEXT,
    "email" TEXT,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'en',
    "emailConsent" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribeToken" TEXT,
    "notes" TEXT,
    "externalRef" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "client_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "type" "CaseType" NOT NULL,
    "state" "CaseState" NOT NULL DEFAULT 'PREPARING',
    "version" INTEGER NOT NULL DEFAULT 0,
    "stateEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "assigneeId" UUID,
    "bank" TEXT,
    "cardLast4" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "retryAfter" TIMESTAMPTZ(3),
    "lastReasonCode" TEXT,
    "nextDueAt" TIMESTAMPTZ(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "case_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "CaseState",
    "toState" "CaseState",
    "actorId" UUID,
    "reasonCode" TEXT,
    "originalMessage" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "versionAfter" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "reminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'HELPER',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "status" "ReminderStatus" NOT NULL DEFAULT 'PENDING',
    "snoozedUntil" TIMESTAMPTZ(3),
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "caseId" UUID,
    "reminderId" UUID,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbound_email" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID,
    "idempotencyKey" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outbound_email_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "checklist_item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "document" TEXT NOT NULL,
    "status" "ChecklistStatus" NOT NULL DEFAULT 'MISSING',
    "changedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "checklist_item_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "note" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "ip" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "saved_view" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "import_job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "createdById" UUID,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdRows" INTEGER NOT NULL DEFAULT 0,
    "skippedRows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");
CREATE UNIQUE INDEX "user_calendarTokenHash_key" ON "user"("calendarTokenHash");
CREATE INDEX "membership_userId_idx" ON "membership"("userId");
CREATE UNIQUE INDEX "membership_organizationId_userId_key" ON "membership"("organizationId", "userId");
CREATE UNIQUE INDEX "session_tokenHash_key" ON "session"("tokenHash");
CREATE INDEX "session_userId_idx" ON "session"("userId");
CREATE UNIQUE INDEX "email_token_tokenHash_key" ON "email_token"("tokenHash");
CREATE INDEX "email_token_userId_purpose_idx" ON "email_token"("userId", "purpose");
CREATE INDEX "auth_attempt_action_key_createdAt_idx" ON "auth_attempt"("action", "key", "createdAt");
CREATE UNIQUE INDEX "invitation_tokenHash_key" ON "invitation"("tokenHash");
CREATE INDEX "invitation_organizationId_email_idx" ON "invitation"("organizationId", "email");
CREATE UNIQUE INDEX "client_unsubscribeToken_key" ON "client"("unsubscribeToken");
CREATE INDEX "client_organizationId_passportName_idx" ON "client"("organizationId", "passportName");
CREATE INDEX "client_organizationId_passportLast4_idx" ON "client"("organizationId", "passportLast4");
CREATE UNIQUE INDEX "client_organizationId_externalRef_key" ON "client"("organizationId", "externalRef");
CREATE INDEX "case_organizationId_state_updatedAt_idx" ON "case"("organizationId", "state", "updatedAt");
CREATE INDEX "case_organizationId_nextDueAt_idx" ON "case"("organizationId", "nextDueAt");
CREATE INDEX "case_organizationId_assigneeId_idx" ON "case"("organizationId", "assigneeId");
CREATE INDEX "case_organizationId_clientId_idx" ON "case"("organizationId", "clientId");
CREATE INDEX "case_organizationId_createdAt_idx" ON "case"("organizationId", "createdAt");
CREATE INDEX "case_event_organizationId_caseId_at_idx" ON "case_event"("organizationId", "caseId", "at");
CREATE UNIQUE INDEX "case_event_caseId_versionAfter_key" ON "case_event"("caseId", "versionAfter");
CREATE INDEX "reminder_organizationId_caseId_idx" ON "reminder"("organizationId", "caseId");
CREATE INDEX "reminder_status_dueAt_idx" ON "reminder"("status", "dueAt");
CREATE INDEX "notification_organizationId_userId_createdAt_idx" ON "notification"("organizationId", "userId", "createdAt");
CREATE UNIQUE INDEX "notification_reminderId_userId_key" ON "notification"("reminderId", "userId");
CREATE UNIQUE INDEX "outbound_email_idempotencyKey_key" ON "outbound_email"("idempotencyKey");
CREATE INDEX "outbound_email_status_nextAttemptAt_idx" ON "outbound_email"("status", "nextAttemptAt");
CREATE INDEX "outbound_email_organizationId_status_idx" ON "outbound_email"("organizationId", "status");
CREATE INDEX "checklist_item_organizationId_caseId_idx" ON "checklist_item"("organizationId", "caseId");
CREATE UNIQUE INDEX "checklist_item_caseId_document_key" ON "checklist_item"("caseId", "document");
CREATE INDEX "note_organizationId_caseId_createdAt_idx" ON "note"("organizationId", "caseId", "createdAt");
CREATE INDEX "audit_log_organizationId_at_idx" ON "audit_log"("organizationId", "at");
CREATE UNIQUE INDEX "saved_view_organizationId_userId_name_key" ON "saved_view"("organizationId", "userId", "name");
CREATE INDEX "import_job_organizationId_createdAt_idx" ON "import_job"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "client" ADD CONSTRAINT "client_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case" ADD CONSTRAINT "case_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case" ADD CONSTRAINT "case_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "note" ADD CONSTRAINT "note_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
