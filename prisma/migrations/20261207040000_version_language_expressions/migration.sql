-- A version names the version of the same text and stage, in another language, that it is an
-- expression of (issue #14 item 4). Existing rows stand alone (NULL).
ALTER TABLE "Version" ADD COLUMN "expressionOf" TEXT;

-- A linked version is never deleted from under its other-language expression (RESTRICT), and a
-- renamed one carries the link along (CASCADE).
ALTER TABLE "Version" ADD CONSTRAINT "Version_textId_expressionOf_fkey" FOREIGN KEY ("textId", "expressionOf") REFERENCES "Version"("textId", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;
