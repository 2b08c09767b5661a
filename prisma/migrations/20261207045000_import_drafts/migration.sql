-- Texts sent to /admin/import, kept server-side for the session that sent them between the
-- preview and the commit.
CREATE TABLE "ImportDraft" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "pasted" BOOLEAN NOT NULL,
    "fields" JSONB NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImportDraft_sessionId_createdAt_idx" ON "ImportDraft"("sessionId", "createdAt");

ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
