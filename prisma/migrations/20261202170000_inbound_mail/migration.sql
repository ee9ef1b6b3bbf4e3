-- Mail in (issue 19): every organization and every case gets an inbound address; mail arriving over SMTP or drained
-- from an organization's IMAP mailbox is queued raw (inbound_raw: retried with backoff, parked with its error after
-- the last attempt), then parsed into inbound_message (one per Message-ID per organization), matched to a case or
-- left in the organization's unmatched inbox. Senders a helper assigned are remembered (inbound_sender), and may be
-- marked trusted for the organization's optional auto-apply.

CREATE TABLE "inbound_mailbox" (
    "organizationId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "autoApplyTrusted" BOOLEAN NOT NULL DEFAULT false,
    "imapEnabled" BOOLEAN NOT NULL DEFAULT false,
    "imapHost" TEXT,
    "imapPort" INTEGER,
    "imapTls" BOOLEAN NOT NULL DEFAULT true,
    "imapUser" TEXT,
    "imapPasswordEnc" TEXT,
    "imapFolder" TEXT NOT NULL DEFAULT 'INBOX',
    "imapNextPollAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imapClaimedBy" TEXT,
    "imapLeaseUntil" TIMESTAMPTZ(3),
    "imapLastPolledAt" TIMESTAMPTZ(3),
    "imapLastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_mailbox_pkey" PRIMARY KEY ("organizationId")
);

CREATE TABLE "case_inbound_address" (
    "caseId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "token" TEXT NOT NULL,

    CONSTRAINT "case_inbound_address_pkey" PRIMARY KEY ("caseId")
);

CREATE TABLE "inbound_sender" (
    "organizationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "caseId" UUID,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "trustedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_sender_pkey" PRIMARY KEY ("organizationId", "email")
);

CREATE TABLE "inbound_raw" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "recipient" TEXT,
    "raw" BYTEA,
    "size" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "messageId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMPTZ(3),

    CONSTRAINT "inbound_raw_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "inbound_message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "messageId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "caseId" UUID,
    "candidateCaseIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT,
    "originalFrom" TEXT,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "html" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "messageCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "eventId" UUID,
    "appliedVersion" INTEGER,
    "decidedById" UUID,
    "autoApplied" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "inbound_attachment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "inboundMessageId" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "contentEnc" TEXT NOT NULL,

    CONSTRAINT "inbound_attachment_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "inbound_mailbox_token_key" ON "inbound_mailbox"("token");
CREATE INDEX "inbound_mailbox_imapEnabled_imapNextPollAt_idx" ON "inbound_mailbox"("imapEnabled", "imapNextPollAt");
CREATE UNIQUE INDEX "case_inbound_address_token_key" ON "case_inbound_address"("token");
CREATE INDEX "case_inbound_address_organizationId_idx" ON "case_inbound_address"("organizationId");
CREATE INDEX "inbound_raw_status_nextAttemptAt_idx" ON "inbound_raw"("status", "nextAttemptAt");
CREATE INDEX "inbound_raw_organizationId_createdAt_idx" ON "inbound_raw"("organizationId", "createdAt");
CREATE UNIQUE INDEX "inbound_message_organizationId_messageId_key" ON "inbound_message"("organizationId", "messageId");
CREATE INDEX "inbound_message_organizationId_status_createdAt_idx" ON "inbound_message"("organizationId", "status", "createdAt");
CREATE INDEX "inbound_message_organizationId_caseId_createdAt_idx" ON "inbound_message"("organizationId", "caseId", "createdAt");
CREATE INDEX "inbound_attachment_organizationId_inboundMessageId_idx" ON "inbound_attachment"("organizationId", "inboundMessageId");

ALTER TABLE "inbound_mailbox" ADD CONSTRAINT "inbound_mailbox_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_inbound_address" ADD CONSTRAINT "case_inbound_address_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "inbound_message" ADD CONSTRAINT "inbound_message_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "inbound_attachment" ADD CONSTRAINT "inbound_attachment_inboundMessageId_fkey" FOREIGN KEY ("inboundMessageId") REFERENCES "inbound_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every case has its address from the start (client emails carry it as Reply-To), existing ones included.
CREATE FUNCTION waiji_inbound_token() RETURNS text LANGUAGE sql VOLATILE AS
  $$ SELECT substr(replace(gen_random_uuid()::text, '-', ''), 1, 12) $$;
CREATE FUNCTION waiji_case_inbound_address() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN
       INSERT INTO "case_inbound_address" ("caseId", "organizationId", "token") VALUES (NEW.id, NEW."organizationId", waiji_inbound_token());
       RETURN NEW;
     END $$;
CREATE TRIGGER "case_inbound_address" AFTER INSERT ON "case" FOR EACH ROW EXECUTE FUNCTION waiji_case_inbound_address();
INSERT INTO "case_inbound_address" ("caseId", "organizationId", "token") SELECT id, "organizationId", waiji_inbound_token() FROM "case";

-- The local part of the Reply-To of an email to a client: its case's address when the email is about one case (a state
-- change, a conversation message, a reminder — their idempotency keys name it), else none. Read by the outbox.
CREATE FUNCTION waiji_inbound_reply_local(org uuid, email_key text) RETURNS text LANGUAGE plpgsql STABLE AS $$
-- PL/pgSQL, not SQL: an inlined SQL function let the planner cast a key that is no uuid (a reminder key such as
-- DEPOSIT_OVERDUE:1:1) in a branch its CASE had not chosen, and one such email failed the whole outbox batch.
DECLARE
  id_pattern constant text := '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  case_id uuid;
BEGIN
  IF position('.client.' in email_key) = 0 THEN
    RETURN NULL;
  ELSIF email_key ~ ('^case-state\.' || id_pattern || '\.') THEN
    case_id := substr(email_key, 12, 36)::uuid;
  ELSIF email_key ~ ('^message\.' || id_pattern || '\.') THEN
    SELECT m."caseId" INTO case_id FROM "case_message" m WHERE m.id = substr(email_key, 9, 36)::uuid;
  ELSIF email_key ~ ('^reminder\.' || id_pattern || '\.') THEN
    SELECT r."caseId" INTO case_id FROM "reminder" r WHERE r.id = substr(email_key, 10, 36)::uuid;
  ELSE
    RETURN NULL;
  END IF;
  RETURN (SELECT 'case-' || a.token FROM "case_inbound_address" a WHERE a."organizationId" = org AND a."caseId" = case_id);
END
$$;

-- Tenancy for the new tables (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "inbound_mailbox", "inbound_sender", "inbound_raw", "inbound_message", "inbound_attachment" TO waiji_app, waiji_system;
GRANT SELECT, INSERT ON "case_inbound_address" TO waiji_app, waiji_system;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['inbound_mailbox', 'case_inbound_address', 'inbound_sender', 'inbound_raw', 'inbound_message', 'inbound_attachment']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
