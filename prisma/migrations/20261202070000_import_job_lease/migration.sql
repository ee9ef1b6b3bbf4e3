-- An import job runs under a lease, like reminders and outbound email: the instance that runs it ("claimedBy")
-- renews "leaseUntil" with every batch, so a job left RUNNING by a process that died can be told apart from one
-- that is still running, and is taken over (a commit resumes; an upload, whose file is gone, fails).
-- "committedById" is who asked for the commit (the actor of the cases a resumed commit creates); NULL while the
-- job is still an upload.
ALTER TABLE "import_job" ADD COLUMN "claimedBy" TEXT,
                         ADD COLUMN "leaseUntil" TIMESTAMPTZ(3),
                         ADD COLUMN "committedById" UUID;

-- Commits that were RUNNING or finished before this migration: the file had been read whole (its hash is set),
-- so the job was past its upload. A RUNNING one has no lease and is taken over at once.
UPDATE "import_job" SET "committedById" = "createdById"
 WHERE "fileHash" <> '' AND (status IN ('RUNNING', 'COMPLETED') OR "processedRows" > 0);

CREATE INDEX "import_job_status_leaseUntil_idx" ON "import_job"("status", "leaseUntil");
