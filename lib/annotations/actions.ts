// Editor actions on annotations, called by route handlers after the session and CSRF checks.
import { randomBytes } from "node:crypto";
import { describe as describeSelection } from "../anchoring/describe";
import type { CurrentSession } from "../auth/session";
import { HttpError, notFound } from "../http/errors";
import { findNode } from "../legal-text/flatten";
import { loadVersion } from "../texts/loaders";
import { findAnnotation, findTextId, type AnnotationRow } from "./data";
import { locateWords } from "./locate";
import { changeAnnotation, createAnnotation } from "./mutations";
import { createAnnotationSchema, updateAnnotationSchema } from "./schema";

function invalid(issues: { path: PropertyKey[]; message: string }[]): HttpError {
  const detail = issues.map((i) => `${i.path.map(String).join(".") || "input"}: ${i.message}`).join("; ");
  return new HttpError(400, "invalid", detail);
}

export function slugify(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${base || "note"}-${randomBytes(3).toString("hex")}`;
}

export async function createAnnotationFor(textSlug: string, fields: Record<string, string>, session: CurrentSession) {
  const parsed = createAnnotationSchema.safeParse(fields);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  const [text, view] = await Promise.all([findTextId(textSlug), loadVersion(textSlug, input.version)]);
  if (!text || !view) throw notFound(`version "${input.version}" of text "${textSlug}"`);
  const node = findNode(view.tree, input.provision);
  if (!node) throw new HttpError(400, "invalid", `provision: "${input.provision}" is not in version ${input.version}`);
  let start = input.start;
  let end = input.end;
  if (start === undefined || end === undefined) {
    const at = locateWords(node, (input.exact ?? "").trim());
    if ("error" in at) throw new HttpError(400, "invalid", `exact: ${at.error}`);
    ({ start, end } = at);
  }
  let selectors;
  try {
    selectors = describeSelection(node, start, end);
  } catch (error) {
    throw new HttpError(400, "invalid", `selection: ${error instanceof Error ? error.message : String(error)}`);
  }
  return createAnnotation({
    textId: text.id,
    slug: slugify(input.title),
    versionSlug: input.version,
    provisionId: selectors.provision.value,
    lineage: selectors.provision.lineage,
    exact: selectors.quote.exact,
    prefix: selectors.quote.prefix,
    suffix: selectors.quote.suffix,
    start: selectors.position.start,
    end: selectors.position.end,
    title: input.title,
    body: input.body,
    category: input.category,
    authorName: session.user.name,
    createdById: session.user.id,
  });
}

/** The admin role's meaning: an editor changes (edits, hides, deletes, restores) the annotations
 * they wrote; only an admin changes another person's, and the campaign's seeded ones. */
export function assertMayChange(existing: Pick<AnnotationRow, "createdById">, session: Pick<CurrentSession, "user">): void {
  if (session.user.role === "admin" || (existing.createdById !== null && existing.createdById === session.user.id)) return;
  throw new HttpError(403, "not_author", "only its author or an admin may change this annotation");
}

const ACTIONS = ["update", "hide", "show", "delete", "restore"] as const;
type Action = (typeof ACTIONS)[number];

export async function changeAnnotationFor(textSlug: string, slug: string, action: string, fields: Record<string, string>, session: CurrentSession) {
  if (!ACTIONS.includes(action as Action)) throw new HttpError(400, "invalid", `action: expected one of ${ACTIONS.join(" | ")}`);
  const existing = await findAnnotation(textSlug, slug);
  if (!existing) throw notFound(`annotation "${slug}"`);
  assertMayChange(existing, session);
  if (action === "update") {
    const parsed = updateAnnotationSchema.safeParse(fields);
    if (!parsed.success) throw invalid(parsed.error.issues);
    return changeAnnotation(existing, { kind: "update", ...parsed.data }, session.user.id);
  }
  return changeAnnotation(existing, { kind: action as Exclude<Action, "update"> }, session.user.id);
}
