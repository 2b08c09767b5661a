-- Who added a tracked phrase from the tracker page (null: the phrase comes from the text's file).
ALTER TABLE "Phrase" ADD COLUMN "addedById" INTEGER;
ALTER TABLE "Phrase" ADD CONSTRAINT "Phrase_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Phrases added before this column existed: their author is in the audit log.
UPDATE "Phrase" AS p SET "addedById" = a."userId"
FROM "AuditLog" AS a
WHERE a."entity" = 'phrase' AND a."action" = 'phrase.create' AND a."entityId" = p."id"::text;
