// Reads of annotations.
import { db } from "../db";

export function listAnnotations(textSlug: string, options: { includeHidden?: boolean; includeDeleted?: boolean } = {}) {
  return db().annotation.findMany({
    where: {
      text: { slug: textSlug },
      ...(options.includeHidden ? {} : { hiddenAt: null }),
      ...(options.includeDeleted ? {} : { deletedAt: null }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export function findAnnotation(textSlug: string, slug: string) {
  return db().annotation.findFirst({ where: { slug, text: { slug: textSlug } } });
}

export function findTextId(textSlug: string) {
  return db().text.findUnique({ where: { slug: textSlug }, select: { id: true } });
}

export type AnnotationRow = NonNullable<Awaited<ReturnType<typeof findAnnotation>>>;

/** A kept draft, only for the session that sent it and only for the form it came from. */
export function findDraft(id: string, sessionId: string, target: string) {
  return db().annotationDraft.findFirst({ where: { id, sessionId, target } });
}
