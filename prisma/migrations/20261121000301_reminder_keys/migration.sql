-- A planned reminder's key is unique per case, so two replans racing cannot both insert it, and a reminder
-- already sent or dismissed is never planned again; the Chinese reason beside the English one.

-- AlterTable
ALTER TABLE "reminder" ADD COLUMN "reasonZh" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "reminder_caseId_key_key" ON "reminder"("caseId", "key");
