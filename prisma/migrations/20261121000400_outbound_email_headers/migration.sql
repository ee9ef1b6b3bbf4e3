-- AlterTable
ALTER TABLE "outbound_email" ADD COLUMN "headers" JSONB NOT NULL DEFAULT '{}';
