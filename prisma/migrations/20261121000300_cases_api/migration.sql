-- Cases API: list indexes (text search and tags within an organization), reminder keys for idempotent
-- replanning, the import staging table, and the case search text kept in step by triggers.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- AlterTable
ALTER TABLE "reminder" ADD COLUMN "key" TEXT;

-- CreateTable
CREATE TABLE "import_row" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "importJobId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "import_row_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_organizationId_updatedAt_idx" ON "case"("organizationId", "updatedAt");
CREATE INDEX "case_organizationId_searchText_idx" ON "case" USING GIN ("organizationId" uuid_ops, "searchText" gin_trgm_ops);
CREATE INDEX "case_organizationId_tags_idx" ON "case" USING GIN ("organizationId" uuid_ops, "tags" array_ops);
CREATE INDEX "import_row_organizationId_importJobId_line_idx" ON "import_row"("organizationId", "importJobId", "line");

-- AddForeignKey
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy for the new table (see 20261121000100_tenancy).
GRANT SELECT, INSERT, UPDATE, DELETE ON "import_row" TO waiji_app, waiji_system;
ALTER TABLE "import_row" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "import_row" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "import_row" TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org());
CREATE POLICY system_access ON "import_row" TO waiji_system USING (true) WITH CHECK (true);

-- case.searchText: lower-cased client names, passport last 4, external reference and the case's tags.
CREATE FUNCTION waiji_case_search_text(client_id uuid, tags text[]) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT lower(concat_ws(' ', c."passportName", c."bankName", c."passportLast4", c."externalRef", array_to_string(tags, ' ')))
   FROM "client" c WHERE c.id = client_id $$;

CREATE FUNCTION waiji_case_set_search_text() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW."searchText" := coalesce(waiji_case_search_text(NEW."clientId", NEW."tags"), ''); RETURN NEW; END $$;

CREATE FUNCTION waiji_client_refresh_search_text() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  UPDATE "case" SET "searchText" = coalesce(waiji_case_search_text("clientId", "tags"), '')
  WHERE "organizationId" = NEW."organizationId" AND "clientId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "case_search_text" BEFORE INSERT OR UPDATE OF "tags", "clientId" ON "case"
  FOR EACH ROW EXECUTE FUNCTION waiji_case_set_search_text();
CREATE TRIGGER "client_search_text" AFTER UPDATE OF "passportName", "bankName", "passportLast4", "externalRef" ON "client"
  FOR EACH ROW WHEN (OLD."passportName" IS DISTINCT FROM NEW."passportName" OR OLD."bankName" IS DISTINCT FROM NEW."bankName"
                     OR OLD."passportLast4" IS DISTINCT FROM NEW."passportLast4" OR OLD."externalRef" IS DISTINCT FROM NEW."externalRef")
  EXECUTE FUNCTION waiji_client_refresh_search_text();

UPDATE "case" SET "searchText" = coalesce(waiji_case_search_text("clientId", "tags"), '');
