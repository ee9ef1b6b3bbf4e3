-- The case list sorts by priority: the most urgent first, then by last change. An index in that order lets a page
-- be read from the organization's index range and stop at the page size, instead of sorting all its cases. (Under
-- row-level security the enum comparisons are not leakproof, so a later page's cursor is a filter on this scan, as
-- for the state sort; the first pages are what people read.)

-- CreateIndex
CREATE INDEX "case_organizationId_priority_updatedAt_idx" ON "case"("organizationId", "priority", "updatedAt");
