-- Official imports: the bytes read (HTML, Windows-1252), the other-language expression a version is
-- of, and each provision's amendment history. Existing rows are kept: the new columns are nullable.
ALTER TABLE "Version" ADD COLUMN "sourceBytes" BYTEA;
ALTER TABLE "Version" ADD COLUMN "expressionOf" TEXT;

CREATE TABLE "ProvisionAmendment" (
    "id" SERIAL NOT NULL,
    "provisionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actType" TEXT NOT NULL,
    "actDate" DATE NOT NULL,
    "actDossier" TEXT,
    "article" TEXT,
    "inForce" DATE,
    "note" INTEGER,
    "words" TEXT,
    "raw" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,

    CONSTRAINT "ProvisionAmendment_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ProvisionAmendment_provisionId_position_idx" ON "ProvisionAmendment"("provisionId", "position");

ALTER TABLE "ProvisionAmendment" ADD CONSTRAINT "ProvisionAmendment_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
