-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('official', 'excerpt', 'summary');

-- CreateTable
CREATE TABLE "Text" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleNl" TEXT,
    "shortTitle" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "eli" TEXT,
    "summary" TEXT,
    "sourcePath" TEXT,
    "sha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" SERIAL NOT NULL,
    "textId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "adoptedBy" TEXT NOT NULL,
    "documentNumber" TEXT,
    "numac" TEXT,
    "language" TEXT NOT NULL,
    "textStatus" "TextStatus" NOT NULL,
    "sources" JSONB NOT NULL,
    "notes" TEXT,
    "sha256" TEXT NOT NULL,
    "rawSource" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "pathId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT,
    "heading" TEXT,
    "text" TEXT NOT NULL,
    "textStatus" "TextStatus" NOT NULL,
    "position" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "lineage" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "textId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sources" JSONB NOT NULL,
    "versionSlug" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Text_slug_key" ON "Text"("slug");

-- CreateIndex
CREATE INDEX "Version_textId_date_idx" ON "Version"("textId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Version_textId_slug_key" ON "Version"("textId", "slug");

-- CreateIndex
CREATE INDEX "Provision_versionId_lineage_idx" ON "Provision"("versionId", "lineage");

-- CreateIndex
CREATE INDEX "Provision_versionId_position_idx" ON "Provision"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_versionId_pathId_key" ON "Provision"("versionId", "pathId");

-- CreateIndex
CREATE INDEX "Event_textId_date_idx" ON "Event"("textId", "date");

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

