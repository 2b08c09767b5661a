// Reads of texts, versions, provisions and events. The only readers of these tables.
import { db, type EventKind as DbEventKind } from "../db";
import type { EventKind } from "../legal-text/types";
import type { ProvisionRowLike } from "./tree";

// The database stores an event's kind in the app's own words ("procédure"); Prisma names the enum's
// values with identifiers ("procedure"). Both records are exhaustive, so a kind added on one side
// only does not compile.
const EVENT_KIND_TO_DB: Record<EventKind, DbEventKind> = {
  campagne: "campagne",
  procédure: "procedure",
  cour: "cour",
  publication: "publication",
};
const EVENT_KIND_FROM_DB: Record<DbEventKind, EventKind> = {
  campagne: "campagne",
  procedure: "procédure",
  cour: "cour",
  publication: "publication",
};

export function eventKindToDb(kind: EventKind): DbEventKind {
  return EVENT_KIND_TO_DB[kind];
}

export function eventKindFromDb(kind: DbEventKind): EventKind {
  return EVENT_KIND_FROM_DB[kind];
}

export function listTexts() {
  return db().text.findMany({
    orderBy: { slug: "asc" },
    include: { _count: { select: { versions: true } } },
  });
}

export async function findText(slug: string) {
  const text = await db().text.findUnique({
    where: { slug },
    include: {
      versions: {
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: versionSummarySelect,
      },
      events: { orderBy: [{ date: "asc" }, { position: "asc" }] },
    },
  });
  return text && { ...text, events: text.events.map((e) => ({ ...e, kind: eventKindFromDb(e.kind) })) };
}

export const versionSummarySelect = {
  id: true,
  slug: true,
  stage: true,
  title: true,
  date: true,
  dateQualifier: true,
  adoptedBy: true,
  documentNumber: true,
  numac: true,
  language: true,
  textStatus: true,
  sources: true,
  notes: true,
  sha256: true,
  sourcePath: true,
  importedAt: true,
  expressionOf: true,
} as const;

const versionWithTextSelect = { ...versionSummarySelect, text: { select: { slug: true, shortTitle: true, titleFr: true, titleNl: true } } } as const;

/** One stored provision, as the tree is rebuilt from it (lib/texts/tree.ts). */
export interface ProvisionRow extends ProvisionRowLike {
  depth: number;
}

/** A version's provisions in document order. Read as plain rows: a code of ten thousand articles
 * read through the ORM's nested relations spent seconds of the server's thread on mapping them. */
async function provisionsOf(versionId: number): Promise<ProvisionRow[]> {
  return db().$queryRaw<ProvisionRow[]>`
    SELECT "id", "parentId", "pathId", "kind"::text AS "kind", "number", "heading", "text", "textStatus"::text AS "textStatus",
           "lineage", "sourceLine", "depth"
    FROM "Provision" WHERE "versionId" = ${versionId} ORDER BY "position"`;
}

/** A version's metadata, without its provisions. */
export function findVersionSummary(textSlug: string, versionSlug: string) {
  return db().version.findFirst({ where: { slug: versionSlug, text: { slug: textSlug } }, select: versionWithTextSelect });
}

export async function findVersion(textSlug: string, versionSlug: string) {
  const version = await findVersionSummary(textSlug, versionSlug);
  return version ? { ...version, provisions: await provisionsOf(version.id) } : null;
}

export { provisionsOf };

/** The slug of the other-language expression of a version's stage: the one it names, or else the
 * first one (in import order) that names it; null when it stands alone. */
export async function findOtherExpression(textSlug: string, version: { slug: string; expressionOf: string | null }): Promise<string | null> {
  if (version.expressionOf !== null) return version.expressionOf;
  const other = await db().version.findFirst({ where: { text: { slug: textSlug }, expressionOf: version.slug }, orderBy: { id: "asc" }, select: { slug: true } });
  return other?.slug ?? null;
}

export type VersionWithProvisions = NonNullable<Awaited<ReturnType<typeof findVersion>>>;
export type VersionSummary = NonNullable<Awaited<ReturnType<typeof findText>>>["versions"][number];

export function countVersions() {
  return db().version.count();
}

/** The amendment history of a version's provisions (read from a consolidated text's marks), in
 * document order, each entry with the path id of its provision. */
export function findAmendments(versionId: number) {
  return db().provisionAmendment.findMany({
    where: { provision: { versionId } },
    orderBy: [{ provision: { position: "asc" } }, { position: "asc" }],
    select: {
      action: true, actType: true, actDate: true, actDossier: true, article: true, inForce: true, note: true, words: true, raw: true, sourceLine: true,
      provision: { select: { pathId: true } },
    },
  });
}
export type AmendmentRow = Awaited<ReturnType<typeof findAmendments>>[number];

/** Every version of a text, without provisions, oldest first. */
export function findVersionSummaries(textSlug: string) {
  return db().version.findMany({ where: { text: { slug: textSlug } }, orderBy: [{ date: "asc" }, { id: "asc" }], select: versionWithTextSelect });
}

export function listPhrases(textSlug: string) {
  return db().phrase.findMany({ where: { text: { slug: textSlug } }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

/** A cached change model as its JSON text, or null. Parsed by the caller, not by the ORM: turning
 * the jsonb of ten thousand provisions into objects took the ORM seconds, JSON.parse milliseconds. */
export async function findCachedComparison(fromSha: string, toSha: string, engineVersion: string): Promise<string | null> {
  const rows = await db().$queryRaw<Array<{ payload: string }>>`
    SELECT "payload"::text AS "payload" FROM "ComparisonCache"
    WHERE "fromSha" = ${fromSha} AND "toSha" = ${toSha} AND "engineVersion" = ${engineVersion}`;
  return rows[0]?.payload ?? null;
}

/** Every addressable slug, for answering unknown URLs with a real 404 page before rendering. */
export async function listRouteSlugs() {
  const [texts, versions, notes, lineages] = await Promise.all([
    db().text.findMany({ select: { slug: true } }),
    db().version.findMany({ select: { slug: true, expressionOf: true, text: { select: { slug: true } } } }),
    db().annotation.findMany({ select: { slug: true, deletedAt: true, text: { select: { slug: true } } } }),
    db().provision.findMany({
      where: { kind: "article" },
      select: { lineage: true, pathId: true, version: { select: { text: { select: { slug: true } } } } },
    }),
  ]);
  const articles = lineages.map((l) => ({ text: l.version.text.slug, id: l.pathId, lineage: l.lineage }));
  return {
    texts: texts.map((t) => t.slug),
    versions: versions.map((v) => `${v.text.slug}/${v.slug}`),
    // Versions linked to an expression of their stage in another language, from either end.
    paired: versions.flatMap((v) => (v.expressionOf === null ? [] : [`${v.text.slug}/${v.slug}`, `${v.text.slug}/${v.expressionOf}`])),
    notes: notes.filter((n) => n.deletedAt === null).map((n) => `${n.text.slug}/${n.slug}`),
    // Deleted ones too: an editor restores a note from its page.
    allNotes: notes.map((n) => `${n.text.slug}/${n.slug}`),
    lineages: [...new Set(lineages.map((l) => `${l.version.text.slug}/${l.lineage}`))],
    articles,
  };
}
