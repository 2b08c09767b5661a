// Reads of annotations.
import { db, type AnnotationCategory } from "../db";
import type { Category } from "./schema";

// The database stores a category in the app's own words ("avancée"); Prisma names the enum's values
// with identifiers ("avancee"). Both records are exhaustive, so a category added on one side only
// does not compile.
const CATEGORY_TO_DB: Record<Category, AnnotationCategory> = {
  recul: "recul",
  avancée: "avancee",
  "flou juridique": "flou_juridique",
  "interprétation de la Cour": "interpretation_de_la_cour",
  note: "note",
};
const CATEGORY_FROM_DB: Record<AnnotationCategory, Category> = {
  recul: "recul",
  avancee: "avancée",
  flou_juridique: "flou juridique",
  interpretation_de_la_cour: "interprétation de la Cour",
  note: "note",
};

export function categoryToDb(category: Category): AnnotationCategory {
  return CATEGORY_TO_DB[category];
}

/** A row as the app sees it: its category in the app's words. */
export function fromDb<T extends { category: AnnotationCategory }>(row: T): Omit<T, "category"> & { category: Category } {
  return { ...row, category: CATEGORY_FROM_DB[row.category] };
}

export async function listAnnotations(textSlug: string, options: { includeHidden?: boolean; includeDeleted?: boolean } = {}) {
  const rows = await db().annotation.findMany({
    where: {
      text: { slug: textSlug },
      ...(options.includeHidden ? {} : { hiddenAt: null }),
      ...(options.includeDeleted ? {} : { deletedAt: null }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(fromDb);
}

export async function findAnnotation(textSlug: string, slug: string) {
  const row = await db().annotation.findFirst({ where: { slug, text: { slug: textSlug } } });
  return row && fromDb(row);
}

export function findTextId(textSlug: string) {
  return db().text.findUnique({ where: { slug: textSlug }, select: { id: true } });
}

export interface Contributor {
  id: number;
  name: string;
}

/** Who changed each annotation after it was written (edited, hid, deleted, restored it), from the
 * audit trail, in the order of their first change; the author is not listed again. */
export async function listContributors(annotations: ReadonlyArray<{ id: number; createdById: number | null }>): Promise<Map<number, Contributor[]>> {
  const byId = new Map<number, Contributor[]>(annotations.map((a) => [a.id, []]));
  if (annotations.length === 0) return byId;
  const entries = await db().auditLog.findMany({
    where: { entity: "annotation", entityId: { in: annotations.map((a) => String(a.id)) }, action: { not: "annotation.create" }, userId: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { entityId: true, user: { select: { id: true, name: true } } },
  });
  const authors = new Map(annotations.map((a) => [a.id, a.createdById]));
  for (const { entityId, user } of entries) {
    const list = byId.get(Number(entityId));
    if (!user || !list || authors.get(Number(entityId)) === user.id || list.some((c) => c.id === user.id)) continue;
    list.push({ id: user.id, name: user.name });
  }
  return byId;
}

export type AnnotationRow = NonNullable<Awaited<ReturnType<typeof findAnnotation>>>;

/** A kept draft, only for the session that sent it and only for the form it came from. */
export function findDraft(id: string, sessionId: string, target: string) {
  return db().annotationDraft.findFirst({ where: { id, sessionId, target } });
}

/** Cached placements (lib/annotations/placement.ts) of these selectors in these versions, as JSON
 * text: parsed and checked by the caller. */
export function findCachedPlacements(fromShas: string[], toShas: string[], engineVersion: string) {
  return db().$queryRaw<Array<{ fromSha: string; toSha: string; payload: string }>>`
    SELECT "fromSha", "toSha", "payload"::text AS "payload" FROM "ComparisonCache"
    WHERE "engineVersion" = ${engineVersion} AND "fromSha" = ANY(${fromShas}::text[]) AND "toSha" = ANY(${toShas}::text[])`;
}
