-- Text search under row-level security (issue 21).
-- The list's text filter was `c."searchText" LIKE '%q%'` as waiji_app. Row-level security only lets leakproof
-- operators become index conditions ahead of its own policy, and LIKE is not leakproof, so every search scanned
-- the organization's cases (~10× slower at 500,000 cases than at 50,000). The search now goes through
-- waiji_search_cases(pattern): a SECURITY DEFINER function owned by waiji_system (whose policy is `true`, so LIKE
-- is an ordinary index condition there) that answers the ids of the matching cases of the organization bound in
-- the transaction, waiji_current_org(), the binding the tenant_isolation policies read. It takes no organization
-- from its caller: without a binding it answers nothing. The list uses it as `c.id IN (SELECT …)`, still under
-- the case table's own policy.

-- A tenant-leading trigram index (btree_gin for the uuid): the search of one organization reads its own entries.
CREATE INDEX "case_organizationId_searchText_idx" ON "case" USING GIN ("organizationId" uuid_ops, "searchText" gin_trgm_ops);

CREATE FUNCTION waiji_search_cases(pattern text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 200 AS
$$ SELECT c.id FROM "case" c WHERE c."organizationId" = waiji_current_org() AND c."searchText" LIKE pattern $$;

-- A new owner needs CREATE on the schema; waiji_system gets it only for the hand-over.
GRANT CREATE ON SCHEMA public TO waiji_system;
ALTER FUNCTION waiji_search_cases(text) OWNER TO waiji_system;
REVOKE CREATE ON SCHEMA public FROM waiji_system;

REVOKE ALL ON FUNCTION waiji_search_cases(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION waiji_search_cases(text) TO waiji_app;
