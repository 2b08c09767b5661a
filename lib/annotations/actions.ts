// Editor actions on annotations, called by route handlers after the session and CSRF checks.
import { randomBytes } from "node:crypto";
import { describe as describeSelection } from "../anchoring/describe";
import { isWordToken, tokenize } from "../diff/scan/tokenize";
import type { CurrentSession } from "../auth/session";
import { DomainError, missing } from "../errors";
import { citation } from "../legal-text/cite";
import { findNode } from "../legal-text/flatten";
import { loadVersion } from "../texts/loaders";
import { findAnnotation, findTextId, type AnnotationRow } from "./data";
import { locateWords } from "./locate";
import { issuesInFrench, missInFrench, selectionProblem, UNKNOWN_ACTION, UNKNOWN_PROVISION } from "./messages";
import { DRAFT_DAYS, draftOf, DRAFTS_PER_SESSION } from "./draft";
import { changeAnnotation, createAnnotation, deleteDraft, saveDraft } from "./mutations";
import { createAnnotationSchema, updateAnnotationSchema } from "./schema";

const invalid = (message: string) => new DomainError("invalid", message);

/** A textarea sends its line breaks as CRLF: counted as LF, as the editor's counter counts them. */
function withPlainBreaks(fields: Record<string, string>): Record<string, string> {
  return fields.body === undefined ? fields : { ...fields, body: fields.body.replace(/\r\n?/g, "\n") };
}

const hasWord = (words: string) => tokenize(words).some(isWordToken);

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
  const plain = withPlainBreaks(fields);
  const parsed = createAnnotationSchema.safeParse(plain);
  if (!parsed.success) throw invalid(issuesInFrench(parsed.error.issues, plain));
  const input = parsed.data;
  const [text, view] = await Promise.all([findTextId(textSlug), loadVersion(textSlug, input.version)]);
  if (!text || !view) throw missing(`version "${input.version}" of text "${textSlug}"`);
  const node = findNode(view.tree, input.provision);
  if (!node) throw invalid(UNKNOWN_PROVISION(input.provision));
  let start = input.start;
  let end = input.end;
  if (start === undefined || end === undefined) {
    const exact = (input.exact ?? "").trim();
    const at = locateWords(node, exact);
    if ("miss" in at) throw invalid(missInFrench(at.miss, exact, citation(view.tree, node.id)));
    ({ start, end } = at);
  }
  const problem = selectionProblem(node.text, start, end, hasWord);
  if (problem) throw invalid(problem);
  const selectors = describeSelection(node, start, end);
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
  throw new DomainError("not_author", "only its author or an admin may change this annotation");
}

const ACTIONS = ["update", "hide", "show", "delete", "restore"] as const;
type Action = (typeof ACTIONS)[number];

export async function changeAnnotationFor(textSlug: string, slug: string, action: string, fields: Record<string, string>, session: CurrentSession) {
  if (!ACTIONS.includes(action as Action)) throw invalid(UNKNOWN_ACTION(action, ACTIONS));
  const existing = await findAnnotation(textSlug, slug);
  if (!existing) throw missing(`annotation "${slug}"`);
  assertMayChange(existing, session);
  if (action === "update") {
    const plain = withPlainBreaks(fields);
    const parsed = updateAnnotationSchema.safeParse(plain);
    if (!parsed.success) throw invalid(issuesInFrench(parsed.error.issues, plain));
    return changeAnnotation(existing, { kind: "update", ...parsed.data }, session.user.id);
  }
  return changeAnnotation(existing, { kind: action as Exclude<Action, "update"> }, session.user.id);
}

/** Keeps a refused form for the session that sent it; returns the draft's id, for the address of
 * the page that shows it again. */
export async function keepDraft(session: CurrentSession, target: string, message: string, fields: Readonly<Record<string, string | undefined>>): Promise<string> {
  const { draft, cut } = draftOf(fields);
  const id = randomBytes(18).toString("base64url");
  await saveDraft({ id, sessionId: session.id, target, error: cut ? `${message} ${cut}` : message, fields: draft }, { days: DRAFT_DAYS, perSession: DRAFTS_PER_SESSION });
  return id;
}

/** The draft a form came back from has gone through: it is not offered again. */
export async function forgetDraft(session: CurrentSession, id: string | undefined): Promise<void> {
  // A draft left behind is only shown again to its own session: not worth failing a saved note for.
  if (id) await deleteDraft(id, session.id).catch(() => undefined);
}
