-- The generation of what a reader sees: one row, one counter, bumped by a trigger in the very
-- transaction of every write to a table that a reading page or the read API shows. App servers
-- key their shared cache of rendered pages by it (scripts/serve.ts, lib/http/shared-cache.ts): a
-- write through any server, any script (import, restore, seed) or by hand is seen by every server
-- on its next request, and a reader never sees the counter move before the write is committed.
CREATE TABLE "ReadGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReadGeneration_pkey" PRIMARY KEY ("id")
);

-- One row only: a unique index on a constant. (A CHECK constraint would say it as well, but
-- Prisma's schema engine fails on one when it replays the migrations to diff them.)
CREATE UNIQUE INDEX "ReadGeneration_one_row" ON "ReadGeneration" ((true));

-- A random start: two databases (one wiped and migrated again under a running server) never share
-- a generation number, so no server takes one for the other.
INSERT INTO "ReadGeneration" ("id", "value") VALUES (1, floor(random() * 1e15)::bigint);

-- The migration CLI splits a script at every semicolon, so the function's body spells its two
-- semicolons as \073 in an escaped string.
CREATE FUNCTION "palimpseste_bump_read_generation"() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN UPDATE "ReadGeneration" SET "value" = "value" + 1 WHERE "id" = 1\073 RETURN NULL\073 END'
;

-- One bump per statement, not per row: an import of a thousand provisions moves it once or a few times.
-- Left out: sessions, login attempts, drafts, the audit log and the comparison cache (written on
-- reads): no reader sees them.
CREATE TRIGGER "Text_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Text" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "Version_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Version" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "Provision_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Provision" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "Event_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "Annotation_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "Phrase_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Phrase" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
CREATE TRIGGER "User_read_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "palimpseste_bump_read_generation"();
