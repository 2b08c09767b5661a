// Request-facing reads of annotations: each one placed in the version being shown, through the
// cached placements of lib/annotations/placement.ts.
import "server-only";
import { cache } from "react";
import type { AnchorResult, AnnotationTarget } from "../anchoring/types";
import type { ProvisionNode } from "../legal-text/types";
import { addressOf } from "../routes/addresses";
import { loadAllVersions, loadTextOverview, type VersionView } from "../texts/loaders";
import { findAnnotation, findDraft, listAnnotations, listContributors, type AnnotationRow, type Contributor } from "./data";
import { draftFromJson, type Draft } from "./draft";
import { markdownToPlain, renderMarkdown } from "./markdown";
import { placementsOf, type PlacedVersion } from "./placement";

export function targetOf(a: AnnotationRow): AnnotationTarget {
  return {
    source: a.versionSlug,
    provision: { type: "FragmentSelector", value: a.provisionId, lineage: a.lineage },
    quote: { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    position: { type: "TextPositionSelector", start: a.start, end: a.end },
  };
}

export interface NoteView {
  slug: string;
  title: string;
  category: string;
  authorName: string;
  exact: string;
  versionSlug: string;
  provisionId: string;
  html: string;
  plain: string;
  /** The whole commentary as plain text (`plain` is cut for cards). */
  fullText: string;
  sources: unknown;
  hidden: boolean;
  deleted: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function noteView(a: AnnotationRow): NoteView {
  return {
    slug: a.slug,
    title: a.title,
    category: a.category,
    authorName: a.authorName,
    exact: a.exact,
    versionSlug: a.versionSlug,
    provisionId: a.provisionId,
    html: renderMarkdown(a.body),
    plain: markdownToPlain(a.body),
    // Whole, for a document to file (the redline's numbered notes): `plain` is a card's excerpt.
    fullText: markdownToPlain(a.body, Number.POSITIVE_INFINITY),
    sources: a.sources,
    hidden: a.hiddenAt !== null,
    deleted: a.deletedAt !== null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** The version a note was written on, for saying so wherever it shows on another one. */
export interface WrittenOn {
  slug: string;
  title: string;
  date: Date;
  dateQualifier: string;
}

/**
 * A note seen from a version: written on it, on an earlier one (its words followed forward), or
 * on a later one. The rule: a note is commentary of the version it was written on and of the ones
 * after it, whose words it follows; on an earlier version it is only listed, « à propos de » its
 * own, so that a reading of the 2024 act never reads as commentary of a 2023 draft.
 */
export type Written = "here" | "before" | "after";

/** A version as the notes' readers need it: its slug for the order of versions, its SHA-256 and
 * tree for the placements. */
type Side = PlacedVersion & { version: { slug: string } };

type VersionOrder = Map<string, { rank: number; on: WrittenOn }>;

async function versionOrder(textSlug: string): Promise<VersionOrder> {
  const versions = (await loadTextOverview(textSlug))?.versions ?? [];
  return new Map(versions.map((v, rank) => [v.slug, { rank, on: { slug: v.slug, title: v.title, date: v.date, dateQualifier: v.dateQualifier } }]));
}

/** Where `noteVersion` stands from `shown`, in the text's order of versions (date, then import). */
export function writtenFrom(order: VersionOrder, noteVersion: string, shown: string): Written {
  if (noteVersion === shown) return "here";
  const note = order.get(noteVersion)?.rank;
  const here = order.get(shown)?.rank;
  // A version missing from the list cannot be placed in time: its notes are followed as before.
  if (note === undefined || here === undefined) return "before";
  return note < here ? "before" : "after";
}

function writtenOn(order: VersionOrder, slug: string): WrittenOn {
  return order.get(slug)?.on ?? { slug, title: slug, date: new Date(0), dateQualifier: "exact" };
}

export interface AnchoredNote {
  note: NoteView;
  result: AnchorResult;
  written: Written;
  writtenOn: WrittenOn;
}

/** Every visible annotation of the text, placed in this version (or listed as deleted / orphan),
 * with where it was written from this version's point of view. */
export async function loadNotesForVersion(
  textSlug: string,
  view: Side,
  options: { includeHidden?: boolean } = {},
): Promise<AnchoredNote[]> {
  const [rows, order] = await Promise.all([listAnnotations(textSlug, options), versionOrder(textSlug)]);
  const placed = await placementsOf(rows.map(targetOf), [view]);
  return rows.map((a, i) => ({
    note: noteView(a),
    result: placed[i]?.[0] as AnchorResult,
    written: writtenFrom(order, a.versionSlug, view.version.slug),
    writtenOn: writtenOn(order, a.versionSlug),
  }));
}

export interface NotePage {
  note: NoteView;
  row: AnnotationRow;
  /** Editors who changed it since it was written (the audit trail). */
  contributors: Contributor[];
  /** `written` is where the note stands from each version: "after" for a version before its own. */
  versions: Array<{ view: VersionView; result: AnchorResult; nodeText: string | null; nodeStatus: ProvisionNode["status"] | null; written: Written }>;
}

function nodeOf(tree: readonly ProvisionNode[], id: string): ProvisionNode | null {
  const stack = [...tree];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.id === id) return n;
    stack.push(...n.children);
  }
  return null;
}

/** One annotation and what became of its words in every version of the text. */
export function loadNotePage(textSlug: string, slug: string, options: { includeHidden?: boolean } = {}): Promise<NotePage | null> {
  return notePage(textSlug, slug, options.includeHidden === true);
}

// Cached for the request by its plain arguments (React's cache() compares an options object by
// identity): the note page, its metadata and its card read the note once.
const notePage = cache(async (textSlug: string, slug: string, includeHidden: boolean): Promise<NotePage | null> => {
  const row = await findAnnotation(textSlug, slug);
  if (!row || ((row.hiddenAt || row.deletedAt) && !includeHidden)) return null;
  const [views, contributors, order] = await Promise.all([loadAllVersions(textSlug), listContributors([row]), versionOrder(textSlug)]);
  const [placed = []] = await placementsOf([targetOf(row)], views);
  return {
    note: noteView(row),
    row,
    contributors: contributors.get(row.id) ?? [],
    versions: views.map((view, i) => {
      const result = placed[i] as AnchorResult;
      const id = result.status === "orphan" ? null : result.provisionId;
      const node = id ? nodeOf(view.tree, id) : null;
      return { view, result, nodeText: node?.text ?? null, nodeStatus: node?.status ?? null, written: writtenFrom(order, row.versionSlug, view.version.slug) };
    }),
  };
});

/** Every visible annotation of the text with where it was written (version, citation), in the
 * order of the versions, for the list of notes. */
export async function loadNoteList(textSlug: string): Promise<Array<{ note: NoteView; version: VersionView["version"] | null; tree: readonly ProvisionNode[] }>> {
  const [rows, views] = await Promise.all([listAnnotations(textSlug), loadAllVersions(textSlug)]);
  const rank = new Map(views.map((v, i) => [v.version.slug, i]));
  const bySlug = new Map(views.map((v) => [v.version.slug, v]));
  return rows
    .map((a) => ({ note: noteView(a), version: bySlug.get(a.versionSlug)?.version ?? null, tree: bySlug.get(a.versionSlug)?.tree ?? [] }))
    .sort((x, y) => (rank.get(x.note.versionSlug) ?? 0) - (rank.get(y.note.versionSlug) ?? 0));
}

/** The text's annotations in the W3C Web Annotation JSON-LD shape. */
export async function loadAnnotationsJsonLd(textSlug: string, origin: string) {
  const rows = await listAnnotations(textSlug);
  const contributors = await listContributors(rows);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${origin}${addressOf({ kind: "notes", text: textSlug, api: true })}`,
    type: "AnnotationCollection",
    total: rows.length,
    items: rows.map((a) => annotationJsonLd(a, textSlug, origin, contributors.get(a.id) ?? [])),
  };
}

/** One annotation of the text in the same shape, or null when the text has no such visible one. */
export async function loadAnnotationJsonLd(textSlug: string, slug: string, origin: string) {
  const row = (await listAnnotations(textSlug)).find((a) => a.slug === slug);
  if (!row) return null;
  const contributors = await listContributors([row]);
  return annotationJsonLd(row, textSlug, origin, contributors.get(row.id) ?? []);
}

function annotationJsonLd(a: AnnotationRow, textSlug: string, origin: string, contributors: readonly Contributor[]) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${origin}${addressOf({ kind: "note", text: textSlug, note: a.slug })}`,
    type: "Annotation",
    created: a.createdAt.toISOString(),
    modified: a.updatedAt.toISOString(),
    creator: { type: "Person", name: a.authorName },
    // Editors who changed it since (Dublin Core's contributor; « dcterms » is a prefix of the
    // anno.jsonld context), as the audit trail records them.
    ...(contributors.length > 0 ? { "dcterms:contributor": contributors.map((c) => ({ type: "Person", name: c.name })) } : {}),
    motivation: "commenting",
    body: [
      { type: "TextualBody", value: a.body, format: "text/markdown", language: "fr" },
      { type: "TextualBody", value: a.category, purpose: "tagging" },
    ],
    target: {
      source: `${origin}${addressOf({ kind: "version", text: textSlug, version: a.versionSlug })}`,
      selector: [
        { type: "FragmentSelector", value: a.provisionId, lineage: a.lineage },
        { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: "TextPositionSelector", start: a.start, end: a.end },
      ],
    },
  };
}


/** Every visible annotation of the text, placed in two versions (for a comparison), with where
 * it was written from each side's point of view. */
export async function loadNotesForPair(textSlug: string, from: Side, to: Side) {
  const [rows, order] = await Promise.all([listAnnotations(textSlug), versionOrder(textSlug)]);
  const placed = await placementsOf(rows.map(targetOf), [from, to]);
  return rows.map((a, i) => {
    return {
      note: noteView(a),
      writtenOn: writtenOn(order, a.versionSlug),
      from: placed[i]?.[0] as AnchorResult,
      to: placed[i]?.[1] as AnchorResult,
      fromWritten: writtenFrom(order, a.versionSlug, from.version.slug),
      toWritten: writtenFrom(order, a.versionSlug, to.version.slug),
    };
  });
}
export type PairNote = Awaited<ReturnType<typeof loadNotesForPair>>[number];

/** A refused form kept for this session (lib/annotations/draft.ts), or null: another session's,
 * another form's, or a forgotten one. */
export async function loadDraft(sessionId: string, id: string | null, target: string): Promise<{ id: string; error: string; draft: Draft } | null> {
  if (!id) return null;
  const row = await findDraft(id, sessionId, target);
  return row ? { id: row.id, error: row.error, draft: draftFromJson(row.fields) } : null;
}
