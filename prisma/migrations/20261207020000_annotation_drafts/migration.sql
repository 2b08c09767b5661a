-- Refused annotation forms, kept server-side for the session that sent them (any length).
CREATE TABLE "AnnotationDraft" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationDraft_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AnnotationDraft_sessionId_createdAt_idx" ON "AnnotationDraft"("sessionId", "createdAt");

ALTER TABLE "AnnotationDraft" ADD CONSTRAINT "AnnotationDraft_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
