// Reads of texts, versions, provisions and events. The only readers of these tables.
import { db } from "../db";

export function listTexts() {
  return db().text.findMany({
    orderBy: { slug: "asc" },
    include: { _count: { select: { versions: true } } },
  });
}

export function findText(slug: string) {
  return db().text.findUnique({
    where: { slug },
    include: {
      versions: {
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: versionSummarySelect,
      },
      events: { orderBy: [{ date: "asc" }, { position: "asc" }] },
    },
  });
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
} as const;

export function findVersion(textSlug: string, versionSlug: string) {
  return db().version.findFirst({
    where: { slug: versionSlug, text: { slug: textSlug } },
    select: {
      ...versionSummarySelect,
      text: { select: { slug: true, shortTitle: true, titleFr: true } },
      provisions: {
        orderBy: { position: "asc" },
        select: {
          pathId: true,
          parentId: true,
          id: true,
          kind: true,
          number: true,
          heading: true,
          text: true,
          textStatus: true,
          lineage: true,
          sourceLine: true,
          depth: true,
        },
      },
    },
  });
}

export type VersionWithProvisions = NonNullable<Awaited<ReturnType<typeof findVersion>>>;
export type VersionSummary = NonNullable<Awaited<ReturnType<typeof findText>>>["versions"][number];
export type ProvisionRow = VersionWithProvisions["provisions"][number];

export function countVersions() {
  return db().version.count();
}

/** Every version of a text with its provision rows, oldest first (for anchoring across versions). */
export function findVersionsWithProvisions(textSlug: string) {
  return db().version.findMany({
    where: { text: { slug: textSlug } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: {
      ...versionSummarySelect,
      text: { select: { slug: true, shortTitle: true, titleFr: true } },
      provisions: {
        orderBy: { position: "asc" },
        select: { pathId: true, parentId: true, id: true, kind: true, number: true, heading: true, text: true, textStatus: true, lineage: true, sourceLine: true, depth: true },
      },
    },
  });
}

export function listPhrases(textSlug: string) {
  return db().phrase.findMany({ where: { text: { slug: textSlug } }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export function findCachedComparison(fromSha: string, toSha: string, engineVersion: string) {
  return db().comparisonCache.findUnique({ where: { fromSha_toSha_engineVersion: { fromSha, toSha, engineVersion } } });
}

/** Every addressable slug, for answering unknown URLs with a real 404 page before rendering. */
export async function listRouteSlugs() {
  const [texts, versions, notes, lineages] = await Promise.all([
    db().text.findMany({ select: { slug: true } }),
    db().version.findMany({ select: { slug: true, text: { select: { slug: true } } } }),
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
    notes: notes.filter((n) => n.deletedAt === null).map((n) => `${n.text.slug}/${n.slug}`),
    // Deleted ones too: an editor restores a note from its page.
    allNotes: notes.map((n) => `${n.text.slug}/${n.slug}`),
    lineages: [...new Set(lineages.map((l) => `${l.version.text.slug}/${l.lineage}`))],
    articles,
  };
}
