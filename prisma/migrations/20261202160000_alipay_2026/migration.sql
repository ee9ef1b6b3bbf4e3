-- The Alipay process as clients meet it in 2026 (issue 18): five new case types and their states beside the three
-- seed-era ones. Existing cases keep their type and state (nothing is rewritten); the new enum values are only added.

ALTER TYPE "CaseType" ADD VALUE IF NOT EXISTS 'PASSPORT_SCAN_VERIFICATION';
ALTER TYPE "CaseType" ADD VALUE IF NOT EXISTS 'INTERNATIONAL_CARD_BINDING';
ALTER TYPE "CaseType" ADD VALUE IF NOT EXISTS 'MAINLAND_CARD_QUICK_BINDING';
ALTER TYPE "CaseType" ADD VALUE IF NOT EXISTS 'DOCUMENT_UPDATE';
ALTER TYPE "CaseType" ADD VALUE IF NOT EXISTS 'RESTRICTION_APPEAL_AGENT';

ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'SCAN_LOCKED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'FACE_CHECK';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'THREE_DS_PENDING';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'ISSUER_DECLINED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'CARD_UNSUPPORTED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'RISK_CONTROL';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'CARD_UNBOUND';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'AGENT_REQUESTED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'UPLOAD_LINK_RECEIVED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'RESTRICTION_LIFTED';
ALTER TYPE "CaseState" ADD VALUE IF NOT EXISTS 'STILL_RESTRICTED';

-- What the client's Alipay account can do (a field, not a case), raised by approvals; and the document it is
-- verified with.
CREATE TYPE "AccountTier" AS ENUM ('UNVERIFIED', 'PASSPORT_VERIFIED', 'FACE_VERIFIED', 'INTERNATIONAL_CARD_BOUND', 'MAINLAND_CARD_BOUND');
CREATE TYPE "IdentityDocumentType" AS ENUM ('PASSPORT', 'PERMANENT_RESIDENT_ID');

ALTER TABLE "client"
    ADD COLUMN "accountTier" "AccountTier" NOT NULL DEFAULT 'UNVERIFIED',
    ADD COLUMN "documentType" "IdentityDocumentType" NOT NULL DEFAULT 'PASSPORT',
    ADD COLUMN "passportHistory" JSONB NOT NULL DEFAULT '[]';

CREATE INDEX "client_organizationId_accountTier_idx" ON "client"("organizationId", "accountTier");

-- International card binding: the card's network and issuing country, and how often its issuer declined it.
ALTER TABLE "case"
    ADD COLUMN "cardNetwork" TEXT,
    ADD COLUMN "cardIssuingCountry" TEXT,
    ADD COLUMN "cardDeclines" INTEGER NOT NULL DEFAULT 0;
