-- The string columns with a closed vocabulary become PostgreSQL enums, and an annotation's version
-- becomes a foreign key. Every column is converted in place (ALTER COLUMN … TYPE … USING), never
-- dropped and added again: each row keeps its value, byte for byte. The enums' labels are the very
-- strings the app stores (accents and spaces included).

-- The migration CLI's driver adapter sends the script one statement at a time, outside any
-- transaction: the two checks below run first and change nothing, so a value outside the new
-- vocabulary, or a note on a version that does not exist, stops the migration before anything else
-- runs, with a message naming each one (raised by casting the message to integer).
SELECT ('migration stopped, values outside the new enums (correct them, then migrate again): '
  || string_agg(DISTINCT t || '.' || c || ' = ' || quote_literal(v), ', '))::integer
FROM (
  SELECT 'Version' AS t, 'dateQualifier' AS c, "dateQualifier" AS v FROM "Version" WHERE "dateQualifier" NOT IN ('exact', 'latest')
  UNION ALL SELECT 'Event', 'datePrecision', "datePrecision" FROM "Event" WHERE "datePrecision" NOT IN ('day', 'month', 'year')
  UNION ALL SELECT 'Event', 'kind', "kind" FROM "Event" WHERE "kind" NOT IN ('campagne', 'procédure', 'cour', 'publication')
  UNION ALL SELECT 'Provision', 'kind', "kind" FROM "Provision"
    WHERE "kind" NOT IN ('book', 'part', 'title', 'chapter', 'section', 'subsection', 'article', 'paragraph', 'alinea', 'point', 'littera')
  UNION ALL SELECT 'Annotation', 'origin', "origin" FROM "Annotation" WHERE "origin" NOT IN ('fixture', 'editor', 'edited')
  UNION ALL SELECT 'Annotation', 'category', "category" FROM "Annotation"
    WHERE "category" NOT IN ('recul', 'avancée', 'flou juridique', 'interprétation de la Cour', 'note')
) AS unknown
HAVING count(*) > 0;

SELECT ('migration stopped, annotations on versions that do not exist (import the version, then migrate again): '
  || string_agg('Annotation ' || a."id" || ' of text ' || a."textId" || ' names version ' || quote_literal(a."versionSlug"), ', '))::integer
FROM "Annotation" a
WHERE NOT EXISTS (SELECT 1 FROM "Version" v WHERE v."textId" = a."textId" AND v."slug" = a."versionSlug")
HAVING count(*) > 0;

-- CreateEnum
CREATE TYPE "DateQualifier" AS ENUM ('exact', 'latest');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "ProvisionKind" AS ENUM ('book', 'part', 'title', 'chapter', 'section', 'subsection', 'article', 'paragraph', 'alinea', 'point', 'littera');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('campagne', 'procédure', 'cour', 'publication');

-- CreateEnum
CREATE TYPE "AnnotationOrigin" AS ENUM ('fixture', 'editor', 'edited');

-- CreateEnum
CREATE TYPE "AnnotationCategory" AS ENUM ('recul', 'avancée', 'flou juridique', 'interprétation de la Cour', 'note');

-- AlterTable: a text default cannot be cast with its column, so it is dropped and set again.
ALTER TABLE "Version" ALTER COLUMN "dateQualifier" DROP DEFAULT;
ALTER TABLE "Version" ALTER COLUMN "dateQualifier" TYPE "DateQualifier" USING ("dateQualifier"::text::"DateQualifier");
ALTER TABLE "Version" ALTER COLUMN "dateQualifier" SET DEFAULT 'exact';

-- AlterTable
ALTER TABLE "Event" ALTER COLUMN "datePrecision" DROP DEFAULT;
ALTER TABLE "Event" ALTER COLUMN "datePrecision" TYPE "DatePrecision" USING ("datePrecision"::text::"DatePrecision");
ALTER TABLE "Event" ALTER COLUMN "datePrecision" SET DEFAULT 'day';
ALTER TABLE "Event" ALTER COLUMN "kind" TYPE "EventKind" USING ("kind"::text::"EventKind");

-- AlterTable
ALTER TABLE "Provision" ALTER COLUMN "kind" TYPE "ProvisionKind" USING ("kind"::text::"ProvisionKind");

-- AlterTable
ALTER TABLE "Annotation" ALTER COLUMN "category" TYPE "AnnotationCategory" USING ("category"::text::"AnnotationCategory");
ALTER TABLE "Annotation" ALTER COLUMN "origin" DROP DEFAULT;
ALTER TABLE "Annotation" ALTER COLUMN "origin" TYPE "AnnotationOrigin" USING ("origin"::text::"AnnotationOrigin");
ALTER TABLE "Annotation" ALTER COLUMN "origin" SET DEFAULT 'editor';

-- AddForeignKey: a version is never deleted while a note is written on it (RESTRICT), and a renamed
-- version carries its notes along (CASCADE).
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_textId_versionSlug_fkey" FOREIGN KEY ("textId", "versionSlug") REFERENCES "Version"("textId", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;
