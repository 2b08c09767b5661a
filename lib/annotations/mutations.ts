// Writes of annotations; each one with its audit entry, in one transaction.
import { audit } from "../auth/mutations";
import { db, type Prisma } from "../db";
import { categoryToDb, fromDb, type AnnotationRow } from "./data";
import type { Category } from "./schema";

export interface NewAnnotation {
  textId: number;
  slug: string;
  versionSlug: string;
  provisionId: string;
  lineage: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  title: string;
  body: string;
  category: Category;
  authorName: string;
  createdById: number;
}

export function createAnnotation(data: NewAnnotation) {
  return db().$transaction(async (tx) => {
    const row = fromDb(await tx.annotation.create({ data: { ...data, category: categoryToDb(data.category), sources: [], origin: "editor" } }));
    await audit(tx, { userId: data.createdById, action: "annotation.create", entity: "annotation", entityId: String(row.id), after: row });
    return row;
  });
}

type Change =
  | { kind: "update"; title: string; body: string; category: Category }
  | { kind: "hide" | "show" | "delete" | "restore" };

function patchFor(change: Change): Prisma.AnnotationUpdateInput {
  switch (change.kind) {
    case "update":
      // Once an editor has touched it, the database is the reference, not the fixture file.
      return { title: change.title, body: change.body, category: categoryToDb(change.category), origin: "edited" };
    case "hide":
      return { hiddenAt: new Date() };
    case "show":
      return { hiddenAt: null };
    case "delete":
      return { deletedAt: new Date() };
    case "restore":
      return { deletedAt: null };
  }
}

export function changeAnnotation(existing: AnnotationRow, change: Change, userId: number) {
  return db().$transaction(async (tx) => {
    const row = fromDb(await tx.annotation.update({ where: { id: existing.id }, data: patchFor(change) }));
    await audit(tx, { userId, action: `annotation.${change.kind}`, entity: "annotation", entityId: String(row.id), before: existing, after: row });
    return row;
  });
}

/** Keeps a refused form for its session, and forgets that session's old drafts. */
export function saveDraft(data: { id: string; sessionId: string; target: string; error: string; fields: Record<string, string> }, keep: { days: number; perSession: number }) {
  return db().$transaction(async (tx) => {
    await tx.annotationDraft.create({ data });
    await tx.annotationDraft.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - keep.days * 24 * 3600 * 1000) } } });
    const old = await tx.annotationDraft.findMany({ where: { sessionId: data.sessionId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: keep.perSession, select: { id: true } });
    if (old.length > 0) await tx.annotationDraft.deleteMany({ where: { id: { in: old.map((d) => d.id) } } });
  });
}

/** A draft whose form has now gone through. */
export function deleteDraft(id: string, sessionId: string) {
  return db().annotationDraft.deleteMany({ where: { id, sessionId } });
}

/** Stores computed placements, replacing any row they were recomputed for (a corrupt one). In the
 * keys' order, so that two requests storing overlapping sets lock rows in the same order. */
export async function savePlacements(rows: Array<{ fromSha: string; toSha: string; json: string }>, engineVersion: string) {
  const sorted = [...rows].sort((a, b) => (a.fromSha + a.toSha < b.fromSha + b.toSha ? -1 : 1));
  await db().$executeRaw`
    INSERT INTO "ComparisonCache" ("fromSha", "toSha", "engineVersion", "payload")
    SELECT f, t, ${engineVersion}, p::jsonb FROM unnest(${sorted.map((r) => r.fromSha)}::text[], ${sorted.map((r) => r.toSha)}::text[], ${sorted.map((r) => r.json)}::text[]) AS u(f, t, p)
    ON CONFLICT ("fromSha", "toSha", "engineVersion") DO UPDATE SET "payload" = EXCLUDED."payload", "createdAt" = now()`;
}
