-- Official imports: the bytes read (HTML, Windows-1252) and each provision's amendment history
-- (the other-language link is 20261207040000's). Existing rows are kept: the new column is nullable.
ALTER TABLE "Version" ADD COLUMN "sourceBytes" BYTEA;

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
