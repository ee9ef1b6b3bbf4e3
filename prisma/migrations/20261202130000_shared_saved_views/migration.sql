-- Saved views shared with the whole organization: everyone sees them, admins and the owner make and change them.
-- The list of views reads (the caller's own OR shared) within the organization, a few rows, so no index is added;
-- row-level security already covers saved_view.

-- AlterTable
ALTER TABLE "saved_view" ADD COLUMN "shared" BOOLEAN NOT NULL DEFAULT false;
