-- Under row-level security PostgreSQL only turns leakproof operators into index conditions, and LIKE and
-- array containment (@>) are not leakproof: the trigram and tag GIN indexes can never serve the tenant role's
-- list queries (measured with EXPLAIN as waiji_app), they only slow writes. Text and tag filters scan the
-- organization's rows instead. "My cases, latest first" gets an index in its own order.

-- DropIndex
DROP INDEX "case_organizationId_searchText_idx";
DROP INDEX "case_organizationId_tags_idx";
DROP INDEX "case_organizationId_assigneeId_idx";

-- CreateIndex
CREATE INDEX "case_organizationId_assigneeId_updatedAt_idx" ON "case"("organizationId", "assigneeId", "updatedAt");
