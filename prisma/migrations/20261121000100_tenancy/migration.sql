-- Tenant isolation, second wall: row-level security on every tenant table.
--
-- Two NOLOGIN roles; the connecting role must be a member of both and picks one per transaction:
--   waiji_app     request work: sees only rows of the organization in current_setting('app.org_id')
--   waiji_system  cross-tenant work by design (scheduler claims, login, invitation tokens)
-- FORCE makes the policies bind the table owner too, so a connection that set no role sees no tenant rows.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'waiji_app') THEN
    CREATE ROLE waiji_app NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'waiji_system') THEN
    CREATE ROLE waiji_system NOLOGIN NOBYPASSRLS;
  END IF;
  EXECUTE format('GRANT waiji_app, waiji_system TO %I', current_user);
END
$$;

GRANT USAGE ON SCHEMA public TO waiji_app, waiji_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO waiji_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "organization", "membership", "invitation", "client", "case", "reminder", "notification",
  "checklist_item", "note", "saved_view", "import_job", "outbound_email"
  TO waiji_app;
GRANT SELECT, UPDATE ON "user" TO waiji_app;
-- The timeline and the audit log are append-only for the application.
GRANT SELECT, INSERT ON "case_event", "audit_log" TO waiji_app;
REVOKE UPDATE, DELETE ON "case_event", "audit_log" FROM waiji_system;

CREATE FUNCTION waiji_current_org() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;

CREATE FUNCTION waiji_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$;

CREATE TRIGGER "case_event_append_only" BEFORE UPDATE ON "case_event" FOR EACH ROW EXECUTE FUNCTION waiji_refuse_change();
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION waiji_refuse_change();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['membership', 'invitation', 'client', 'case', 'case_event', 'reminder', 'notification',
                           'checklist_item', 'note', 'audit_log', 'saved_view', 'import_job', 'outbound_email']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO waiji_app USING ("organizationId" = waiji_current_org()) WITH CHECK ("organizationId" = waiji_current_org())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO waiji_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;

ALTER TABLE "organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "organization" TO waiji_app USING ("id" = waiji_current_org()) WITH CHECK ("id" = waiji_current_org());
CREATE POLICY system_access ON "organization" TO waiji_system USING (true) WITH CHECK (true);
