-- Reports summary at 50,000 cases (issue 21). Two partial indexes on the timeline, both limited to state changes
-- (the reports' `stateChange` condition, apps/api/src/reports/reports.scope.ts, written identically so that the
-- planner can prove the predicate, also under row-level security), each carrying the columns the reports read so
-- the scans are index-only on an all-visible (append-only, vacuumed) table:
--  * per case in time order: the overdue report's "first state change after the reminder came due" becomes a
--    one-entry index-only look-up; time in state reads the stays in (case, at, versionAfter) order, the window's
--    order, with no sort; the funnel groups per case in index order instead of hashing the whole table.
--  * the decisions (the outcome states of reports.counts.ts) by time: outcomes read only the range's decisions
--    instead of scanning the organization's whole timeline.
-- Prisma's schema cannot say WHERE; schema.prisma lists them with these names and columns (the drift test compares
-- names and columns).

-- CreateIndex
CREATE INDEX "case_event_state_change_idx" ON "case_event" ("organizationId", "caseId", "at", "versionAfter", "fromState", "toState")
  WHERE "toState" IS NOT NULL AND "toState" IS DISTINCT FROM "fromState";

-- CreateIndex
CREATE INDEX "case_event_decision_idx" ON "case_event" ("organizationId", "at", "caseId", "toState", "reasonCode")
  WHERE "toState" IN ('APPROVED', 'RESTRICTION_LIFTED', 'REJECTED', 'ISSUER_DECLINED', 'CARD_UNSUPPORTED', 'RISK_CONTROL', 'STILL_RESTRICTED')
    AND "toState" IS NOT NULL AND "toState" IS DISTINCT FROM "fromState";
