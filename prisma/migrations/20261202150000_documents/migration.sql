-- Documents (issue 17). The checklist items of a case become its document requests, and the files uploaded for them
-- are stored encrypted in the database (document + document_chunk).
--
-- Checklist statuses: MISSING / COLLECTED / SUBMITTED / REJECTED become the request statuses REQUESTED / UPLOADED /
-- ACCEPTED / REJECTED / WAIVED. An existing row keeps its meaning:
--   MISSING   → REQUESTED (nothing received yet);
--   COLLECTED → ACCEPTED  (a helper had the document in hand and marked it so — there is no file to review);
--   SUBMITTED → ACCEPTED  (sent to Alipay implies accepted by the helper; the case's state says it was submitted);
--   REJECTED  → REJECTED  with the reason 'Alipay refused this document.' (the client must send it again).
-- From now on Alipay refusing a document puts its request back to REQUESTED (cases/rejection-documents.ts).

CREATE TYPE "ChecklistStatus_new" AS ENUM ('REQUESTED', 'UPLOADED', 'ACCEPTED', 'REJECTED', 'WAIVED');
ALTER TABLE "checklist_item" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "checklist_item" ADD COLUMN "rejectionReason" TEXT;
UPDATE "checklist_item" SET "rejectionReason" = 'Alipay refused this document.' WHERE "status" = 'REJECTED';
ALTER TABLE "checklist_item" ALTER COLUMN "status" TYPE "ChecklistStatus_new" USING (
  CASE "status"::text
    WHEN 'MISSING' THEN 'REQUESTED'
    WHEN 'COLLECTED' THEN 'ACCEPTED'
    WHEN 'SUBMITTED' THEN 'ACCEPTED'
    ELSE 'REJECTED'
  END
)::"ChecklistStatus_new";
DROP TYPE "ChecklistStatus";
ALTER TYPE "ChecklistStatus_new" RENAME TO "ChecklistStatus";
ALTER TABLE "checklist_item" ALTER COLUMN "status" SET DEFAULT 'REQUESTED';
-- A request a helper added says whether it is required (null: the case type decides) and why (also a waiver's note).
ALTER TABLE "checklist_item" ADD COLUMN "required" BOOLEAN;
ALTER TABLE "checklist_item" ADD COLUMN "note" TEXT;

CREATE TYPE "DocumentStatus" AS ENUM ('UPLOADED', 'ACCEPTED', 'REJECTED');
CREATE TYPE "MrzStatus" AS ENUM ('NOT_APPLICABLE', 'PENDING', 'READ', 'UNREADABLE');

ALTER TABLE "organization" ADD COLUMN "documentRetentionDays" INTEGER NOT NULL DEFAULT 90;
ALTER TABLE "client" ADD COLUMN "erasedAt" TIMESTAMPTZ(3);

CREATE TABLE "document" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "checklistItemId" UUID,
    "kind" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'UPLOADED',
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "mrzStatus" "MrzStatus" NOT NULL DEFAULT 'NOT_APPLICABLE',
    "mrzFields" JSONB,
    "mrzNumberEnc" TEXT,
    "mrzReason" TEXT,
    "mrzAttempts" INTEGER NOT NULL DEFAULT 0,
    "mrzClaimedBy" TEXT,
    "mrzLeaseUntil" TIMESTAMPTZ(3),
    "storage" TEXT NOT NULL DEFAULT 'pg',
    "keyId" TEXT NOT NULL,
    "wrappedKey" BYTEA NOT NULL,
    "chunkSize" INTEGER NOT NULL,
    "chunkCount" INTEGER NOT NULL,
    "uploadedById" UUID,
    "uploadedByClient" BOOLEAN NOT NULL DEFAULT false,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewReason" TEXT,
    "purgedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "document_chunk" (
    "organizationId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "iv" BYTEA NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "document_chunk_pkey" PRIMARY KEY ("documentId", "index")
);

CREATE INDEX "document_organizationId_caseId_createdAt_idx" ON "document"("organizationId", "caseId", "createdAt");
CREATE INDEX "document_checklistItemId_idx" ON "document"("checklistItemId");
CREATE INDEX "document_mrzStatus_mrzLeaseUntil_idx" ON "document"("mrzStatus", "mrzLeaseUntil");
CREATE INDEX "document_purgedAt_idx" ON "document"("purgedAt");

ALTER TABLE "document" ADD CONSTRAINT "document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "document" ADD CONSTRAINT "document_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "checklist_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "document_chunk" ADD CONSTRAINT "document_chunk_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy for the new tables (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "document", "document_chunk" TO waiji_app, waiji_system;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['document', 'document_chunk']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;

-- Erasing a client (GDPR/PIPL) keeps its cases' outcomes for the statistics but not what the timeline says about the
-- person. The timeline is append-only for the application, so one function (owned by waiji_system, callable by
-- waiji_app for its own organization only) rewrites a case's entries: transitions and CREATED stay with their states,
-- action, reason code and time, without the pasted message or data; every other entry goes. waiji_system may delete
-- timeline rows only of the case the function names in the transaction (app.erase_case), which a trigger checks.
GRANT DELETE ON "case_event" TO waiji_system;
CREATE FUNCTION waiji_guard_event_delete() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF current_user = 'waiji_system' AND current_setting('app.erase_case', true) IS DISTINCT FROM OLD."caseId"::text THEN
    RAISE EXCEPTION 'case_event is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER "case_event_erase_only" BEFORE DELETE ON "case_event" FOR EACH ROW EXECUTE FUNCTION waiji_guard_event_delete();

CREATE FUNCTION waiji_erase_case_history(p_org uuid, p_case uuid) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  r record;
  kept integer := 0;
BEGIN
  IF p_org IS DISTINCT FROM NULLIF(current_setting('app.org_id', true), '')::uuid THEN
    RAISE EXCEPTION 'erase outside the current organization' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.erase_case', p_case::text, true);
  -- The conversation is insert-only for the application too; waiji_system may delete it.
  DELETE FROM "case_message" WHERE "organizationId" = p_org AND "caseId" = p_case;
  FOR r IN DELETE FROM "case_event" WHERE "organizationId" = p_org AND "caseId" = p_case RETURNING * LOOP
    IF r."toState" IS NOT NULL OR r."action" = 'CREATED' THEN
      INSERT INTO "case_event" ("id", "organizationId", "caseId", "action", "fromState", "toState", "reasonCode",
                                "data", "versionAfter", "at")
      VALUES (r."id", r."organizationId", r."caseId", r."action", r."fromState", r."toState", r."reasonCode",
              '{}', r."versionAfter", r."at");
      kept := kept + 1;
    END IF;
  END LOOP;
  PERFORM set_config('app.erase_case', '', true);
  RETURN kept;
END
$$;
-- A new owner needs CREATE on the schema; waiji_system gets it only for the hand-over.
GRANT CREATE ON SCHEMA public TO waiji_system;
ALTER FUNCTION waiji_erase_case_history(uuid, uuid) OWNER TO waiji_system;
REVOKE CREATE ON SCHEMA public FROM waiji_system;
REVOKE ALL ON FUNCTION waiji_erase_case_history(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION waiji_erase_case_history(uuid, uuid) TO waiji_app;
