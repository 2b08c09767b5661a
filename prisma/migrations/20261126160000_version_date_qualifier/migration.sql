-- A version known only from the day it was first reported existed on its date at the latest.
ALTER TABLE "Version" ADD COLUMN "dateQualifier" TEXT NOT NULL DEFAULT 'exact';
