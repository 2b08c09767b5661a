// Writes of texts, versions, provisions and events. Every import runs in one transaction:
// a bad file anywhere means nothing is written.
import { anchor } from "../anchoring/anchor";
import { describe as describeSelection } from "../anchoring/describe";
import { findNode } from "../legal-text/flatten";
import type { Amendment } from "../legal-text/official/types";
import { hasOwnKeys, proposeLineage, withLineage, type LineageCorrection, type LineageProposal } from "../import/lineage";
import { categoryToDb } from "../annotations/data";
import type { ResolvedAnnotation } from "../annotations/file";
import { normalizeText } from "../diff/scan/normalize";
import { audit } from "../auth/mutations";
import { db as defaultDb, type Db, type Prisma } from "../db";
import { walk } from "../legal-text/flatten";
import type { ParsedVersion, ProvisionNode, TextMeta } from "../legal-text/types";
import { eventKindToDb } from "./data";
import { rowsToTree } from "./tree";

type Tx = Prisma.TransactionClient;

export interface ImportBundle {
  /** The text.yaml of the folder, if it was given. */
  text: { meta: TextMeta; sha256: string; sourcePath: string } | null;
  /** A text to create when no text has this slug yet (an official text imported on its own: its
   * title comes from the act's title line); an existing text is left as it is. */
  newText?: { slug: string; titleFr: string; titleNl: string | null; shortTitle: string; jurisdiction: string; eli: string | null } | null;
  versions: ImportedVersion[];
  /** Seeded commentary (annotations.yaml), already anchored in its versions. */
  annotations: { sourcePath: string; sha256: string; items: ResolvedAnnotation[] } | null;
}

export interface ImportedVersion {
  parsed: ParsedVersion;
  raw: string;
  sourcePath: string;
  /** The exact bytes read, when raw is not their UTF-8 text (an HTML page, a Windows-1252 file). */
  sourceBytes?: Uint8Array | null;
  /** Amendment history read from the source, each entry on its provision's path id. */
  amendments?: readonly Amendment[];
  /** Slug of the version of the same text this one is the other-language expression of. */
  expressionOf?: string | null;
  /** Lineage from the aligner's pairing with the version before it (or with the expression it
   * translates) when the source has no {#key}; the editor's corrections override the pairing. */
  lineage?: { propose: true; corrections: readonly LineageCorrection[] };
}

export type ImportOutcome = "created" | "updated" | "unchanged";
export interface ImportReport {
  texts: Array<{ slug: string; outcome: ImportOutcome }>;
  versions: Array<{
    text: string;
    slug: string;
    outcome: ImportOutcome;
    provisions: number;
    /** The pairing the lineage was taken from, and the version it was paired with. */
    lineage?: { with: string; proposal: LineageProposal } | null;
    /** Annotations written on this version, placed again in its new words. */
    reanchored?: Array<{ slug: string; outcome: "same" | "moved" | "not-found" }>;
  }>;
  annotations: Array<{ slug: string; outcome: ImportOutcome }>;
}

/** Raised for a consistency problem found while writing (e.g. a version whose text is unknown). */
export class ImportError extends Error {
  override name = "ImportError";
}

// PGlite (embedded mode) is slow on a cold start; the default 5 s would abort a healthy import.
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 30_000 } as const;

export async function importBundle(db: Db, bundle: ImportBundle): Promise<ImportReport> {
  return (await importBundles(db, [bundle]))[0] ?? { texts: [], versions: [], annotations: [] };
}

/** Every bundle of one import command in a single transaction: when any of them fails, none of
 * them is written (an import naming two folders must not leave the first one half done). */
export async function importBundles(db: Db, bundles: readonly ImportBundle[], options: { dryRun?: boolean } = {}): Promise<ImportReport[]> {
  try {
    return await db.$transaction(async (tx) => {
      const reports: ImportReport[] = [];
      for (const bundle of bundles) reports.push(await writeBundle(tx, bundle));
      // A preview: everything is computed as the import would, then rolled back.
      if (options.dryRun) throw new RolledBack(reports);
      return reports;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof RolledBack) return error.reports;
    throw error;
  }
}

class RolledBack extends Error {
  constructor(readonly reports: ImportReport[]) {
    super("dry run: rolled back");
  }
}

async function writeBundle(tx: Tx, bundle: ImportBundle): Promise<ImportReport> {
  const report: ImportReport = { texts: [], versions: [], annotations: [] };
  if (bundle.text) report.texts.push(await upsertText(tx, bundle.text));
  if (bundle.newText) report.texts.push(await createTextIfMissing(tx, bundle.newText));
  for (const v of bundle.versions) report.versions.push(await upsertVersion(tx, v));
  // Once every version of the bundle exists: a Dutch file may come before the French one it names.
  for (const v of bundle.versions) await linkExpression(tx, v);
  if (bundle.annotations) {
    const textSlug = bundle.versions[0]?.parsed.meta.text ?? bundle.text?.meta.slug ?? "";
    for (const a of bundle.annotations.items) report.annotations.push(await upsertFixtureAnnotation(tx, textSlug, a));
  }
  return report;
}

async function upsertText(tx: Tx, input: NonNullable<ImportBundle["text"]>) {
  const { meta, sha256, sourcePath } = input;
  const existing = await tx.text.findUnique({ where: { slug: meta.slug } });
  if (existing?.sha256 === sha256) return { slug: meta.slug, outcome: "unchanged" as const };
  const data = {
    shortTitle: meta.shortTitle,
    titleFr: meta.titleFr,
    titleNl: meta.titleNl,
    jurisdiction: meta.jurisdiction,
    eli: meta.eli,
    summary: meta.summary,
    sha256,
    sourcePath,
  };
  const text = existing
    ? await tx.text.update({ where: { id: existing.id }, data })
    : await tx.text.create({ data: { slug: meta.slug, ...data } });
  // Tracked phrases from the file are added; those editors added are kept.
  await tx.phrase.createMany({
    data: meta.phrases.map((phrase, position) => ({ textId: text.id, phrase, position })),
    skipDuplicates: true,
  });
  // The timeline is replaced as a whole: text.yaml is its single source.
  await tx.event.deleteMany({ where: { textId: text.id } });
  await tx.event.createMany({
    data: meta.events.map((e, position) => ({
      textId: text.id,
      date: isoToDate(e.date),
      datePrecision: e.datePrecision,
      kind: eventKindToDb(e.kind),
      title: e.title,
      description: e.description,
      versionSlug: e.version,
      sources: e.sources as unknown as Prisma.InputJsonValue,
      position,
    })),
  });
  return { slug: meta.slug, outcome: existing ? ("updated" as const) : ("created" as const) };
}

async function createTextIfMissing(tx: Tx, input: NonNullable<ImportBundle["newText"]>) {
  const existing = await tx.text.findUnique({ where: { slug: input.slug } });
  // A Dutch expression brought to a text known only in French gives the text its Dutch title.
  if (existing && existing.titleNl === null && input.titleNl !== null) {
    await tx.text.update({ where: { id: existing.id }, data: { titleNl: input.titleNl } });
    return { slug: input.slug, outcome: "updated" as const };
  }
  if (existing) return { slug: input.slug, outcome: "unchanged" as const };
  await tx.text.create({ data: input });
  return { slug: input.slug, outcome: "created" as const };
}

async function upsertVersion(tx: Tx, input: ImportedVersion): Promise<ImportReport["versions"][number]> {
  const { raw, sourcePath } = input;
  let { parsed } = input;
  const { meta } = parsed;
  const text = await tx.text.findUnique({ where: { slug: meta.text } });
  if (!text) {
    // The line of the front matter's « text: » key, so that the message points at it.
    const line = raw.split("\n").findIndex((l) => /^text\s*:/u.test(l)) + 1;
    throw new ImportError(
      `${sourcePath}:${line || 1}: text: "${meta.text}" is not in the database: import its text.yaml first (or the whole folder)`,
    );
  }
  const existing = await tx.version.findUnique({ where: { textId_slug: { textId: text.id, slug: meta.slug } } });
  const report = { text: meta.text, slug: meta.slug, provisions: countNodes(parsed) };
  if (existing?.sha256 === parsed.sha256) return { ...report, outcome: "unchanged" as const };
  // The CLI's --expression-of, or the front matter's expressionOf: linked by linkExpression once
  // every version of the import exists, and checked there (same stage, another language).
  const expressionOf = input.expressionOf ?? meta.expressionOf ?? null;
  // A front matter may name a version later in the same import; the command line names one stored.
  const cliExpression = input.expressionOf ?? null;
  if (cliExpression !== null && !(await tx.version.findUnique({ where: { textId_slug: { textId: text.id, slug: cliExpression } } }))) {
    throw new ImportError(`${sourcePath}:1: --expression-of "${cliExpression}" is not a version of "${meta.text}" (import that version first)`);
  }
  let lineage: { with: string; proposal: LineageProposal } | null = null;
  if (input.lineage && !hasOwnKeys(parsed.provisions)) {
    lineage = await lineageFromPrevious(tx, text.id, { slug: meta.slug, date: isoToDate(meta.date), expressionOf }, parsed, input.lineage.corrections);
    if (lineage) parsed = { ...parsed, provisions: withLineage(parsed.provisions, lineage.proposal) };
  }
  const data = {
    stage: meta.stage,
    title: meta.title,
    date: isoToDate(meta.date),
    dateQualifier: meta.dateQualifier,
    adoptedBy: meta.adoptedBy,
    documentNumber: meta.documentNumber,
    numac: meta.numac,
    language: meta.language,
    textStatus: meta.textStatus,
    sources: meta.sources as unknown as Prisma.InputJsonValue,
    notes: meta.notes,
    sha256: parsed.sha256,
    rawSource: raw,
    sourceBytes: input.sourceBytes ? Buffer.from(input.sourceBytes) : null,
    sourcePath,
    importedAt: new Date(),
  };
  const version = existing
    ? await tx.version.update({ where: { id: existing.id }, data })
    : await tx.version.create({ data: { textId: text.id, slug: meta.slug, ...data } });
  if (existing) await tx.provision.deleteMany({ where: { versionId: version.id } });
  const idByPath = await insertProvisions(tx, version.id, parsed);
  await insertAmendments(tx, idByPath, input.amendments ?? []);
  const reanchored = existing ? await reanchorAnnotations(tx, text.id, meta.slug, parsed.provisions) : [];
  return { ...report, outcome: existing ? ("updated" as const) : ("created" as const), lineage, reanchored };
}

/** The version a new one continues: the other-language expression it translates, else the latest
 * version of the text dated before it (or on its day, imported before it). Its provisions are
 * paired with the new ones by the aligner (lib/import/lineage.ts). */
async function lineageFromPrevious(
  tx: Tx,
  textId: number,
  version: { slug: string; date: Date; expressionOf: string | null },
  parsed: ParsedVersion,
  corrections: readonly LineageCorrection[],
): Promise<{ with: string; proposal: LineageProposal } | null> {
  const previous = version.expressionOf !== null
    ? await tx.version.findUnique({ where: { textId_slug: { textId, slug: version.expressionOf } }, select: { id: true, slug: true } })
    : await tx.version.findFirst({
        where: { textId, slug: { not: version.slug }, date: { lte: version.date } },
        orderBy: [{ date: "desc" }, { id: "desc" }],
        select: { id: true, slug: true },
      });
  if (!previous) return null;
  const rows = await tx.provision.findMany({ where: { versionId: previous.id }, orderBy: { position: "asc" } });
  // DISTINCT in the database: the ORM's `distinct` reads every row of every version first.
  const others = await tx.$queryRaw<Array<{ lineage: string }>>`
    SELECT DISTINCT p."lineage" FROM "Provision" p JOIN "Version" v ON v."id" = p."versionId"
    WHERE v."textId" = ${textId} AND v."slug" <> ${version.slug}`;
  const proposal = proposeLineage(rowsToTree(rows), parsed.provisions, { corrections, taken: new Set(others.map((o) => o.lineage)) });
  return { with: previous.slug, proposal };
}

/** Each mark on its provision's row, numbered in the provision's order; one statement, the rows
 * as one array per column like the provisions'. */
async function insertAmendments(tx: Tx, idByPath: ReadonlyMap<string, number>, amendments: readonly Amendment[]): Promise<void> {
  const positions = new Map<number, number>();
  const rows = amendments.flatMap((a) => {
    const provisionId = a.provisionId === null ? undefined : idByPath.get(a.provisionId);
    if (provisionId === undefined) return [];
    const position = positions.get(provisionId) ?? 0;
    positions.set(provisionId, position + 1);
    return [{ provisionId, position, a }];
  });
  if (rows.length === 0) return;
  const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "ProvisionAmendment" ("provisionId", "position", "action", "actType", "actDate", "actDossier", "article", "inForce", "note", "words", "raw", "sourceLine")
    SELECT * FROM unnest(
      ${column((r) => r.provisionId)}::int[], ${column((r) => r.position)}::int[], ${column((r) => r.a.action)}::text[],
      ${column((r) => r.a.act.type)}::text[], ${column((r) => r.a.act.date)}::date[], ${column((r) => r.a.act.dossier)}::text[],
      ${column((r) => r.a.article)}::text[], ${column((r) => r.a.inForce)}::date[], ${column((r) => r.a.note)}::int[],
      ${column((r) => r.a.words)}::text[], ${column((r) => r.a.raw)}::text[], ${column((r) => r.a.line)}::int[]
    )`;
}

/** A re-imported version's annotations, placed again in its new words (lib/anchoring): each keeps
 * its row, its selectors now measured in the new text. Words no longer found leave the row as it
 * was written (the pages then show it as deleted or orphaned): no annotation is lost. */
async function reanchorAnnotations(tx: Tx, textId: number, slug: string, tree: ProvisionNode[]) {
  const rows = await tx.annotation.findMany({ where: { textId, versionSlug: slug }, orderBy: { id: "asc" } });
  const outcomes: Array<{ slug: string; outcome: "same" | "moved" | "not-found" }> = [];
  for (const a of rows) {
    const placed = anchor({
      source: a.versionSlug,
      provision: { type: "FragmentSelector", value: a.provisionId, lineage: a.lineage },
      quote: { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
      position: { type: "TextPositionSelector", start: a.start, end: a.end },
    }, { tree });
    const node = placed.status === "same" || placed.status === "changed" ? findNode(tree, placed.provisionId) : undefined;
    if (!node || (placed.status !== "same" && placed.status !== "changed")) {
      outcomes.push({ slug: a.slug, outcome: "not-found" });
      continue;
    }
    const s = describeSelection(node, placed.start, placed.end);
    const data = {
      provisionId: s.provision.value, lineage: s.provision.lineage,
      exact: s.quote.exact, prefix: s.quote.prefix, suffix: s.quote.suffix,
      start: s.position.start, end: s.position.end,
    };
    const same = Object.entries(data).every(([k, v]) => a[k as keyof typeof a] === v);
    if (!same) await tx.annotation.update({ where: { id: a.id }, data });
    outcomes.push({ slug: a.slug, outcome: same ? "same" : "moved" });
  }
  return outcomes;
}

/** Links a version to the other-language expression of its stage that its front matter names
 * (`expressionOf`), or unlinks it when it names none. The named version must be of the same text
 * and stage, in another language, and not itself an expression of a third one. */
async function linkExpression(tx: Tx, input: ImportBundle["versions"][number]): Promise<void> {
  const { parsed, raw, sourcePath } = input;
  const { meta } = parsed;
  const target = input.expressionOf ?? meta.expressionOf ?? null;
  const version = await tx.version.findFirst({ where: { slug: meta.slug, text: { slug: meta.text } }, select: { id: true, textId: true, expressionOf: true } });
  if (!version || version.expressionOf === target) return;
  if (target !== null) {
    const line = raw.split("\n").findIndex((l) => /^expressionOf\s*:/u.test(l)) + 1 || 1;
    const where = `${sourcePath}:${line}: expressionOf: "${target}"`;
    const other = await tx.version.findUnique({ where: { textId_slug: { textId: version.textId, slug: target } }, select: { stage: true, language: true, expressionOf: true } });
    if (!other) throw new ImportError(`${where} is not a version of text "${meta.text}" (expected the slug of the same stage in another language, imported before or with this one)`);
    if (target === meta.slug) throw new ImportError(`${where} names this version itself (expected the slug of the same stage in another language)`);
    if (other.language === meta.language) throw new ImportError(`${where} is in the same language (${meta.language}); expected the expression of this stage in another language`);
    if (other.stage !== meta.stage) throw new ImportError(`${where} is of stage "${other.stage}", this version of stage "${meta.stage}" (expected the same stage in another language)`);
    if (other.expressionOf !== null) throw new ImportError(`${where} is itself an expression of "${other.expressionOf}": name that one`);
  }
  await tx.version.update({ where: { id: version.id }, data: { expressionOf: target } });
}

/**
 * Seeded commentary is upserted by slug. An annotation an editor has since changed, hidden or
 * deleted is left alone: the database, not the fixture, is then the reference.
 */
async function upsertFixtureAnnotation(tx: Tx, textSlug: string, a: ResolvedAnnotation) {
  const text = await tx.text.findUnique({ where: { slug: textSlug } });
  if (!text) throw new ImportError(`annotations: text "${textSlug}" is not in the database`);
  const { fixture: f, selectors: s } = a;
  const data = {
    versionSlug: f.version,
    provisionId: s.provision.value,
    lineage: s.provision.lineage,
    exact: s.quote.exact,
    prefix: s.quote.prefix,
    suffix: s.quote.suffix,
    start: s.position.start,
    end: s.position.end,
    title: f.title,
    body: f.body,
    category: categoryToDb(f.category),
    authorName: f.author,
    sources: f.sources as unknown as Prisma.InputJsonValue,
    origin: "fixture" as const,
  };
  const existing = await tx.annotation.findUnique({ where: { textId_slug: { textId: text.id, slug: f.slug } } });
  if (!existing) {
    await tx.annotation.create({ data: { textId: text.id, slug: f.slug, ...data } });
    return { slug: f.slug, outcome: "created" as const };
  }
  const same = Object.entries(data).every(([k, v]) => JSON.stringify(existing[k as keyof typeof existing]) === JSON.stringify(v));
  if (same || existing.origin !== "fixture") return { slug: f.slug, outcome: "unchanged" as const };
  await tx.annotation.update({ where: { id: existing.id }, data });
  return { slug: f.slug, outcome: "updated" as const };
}

/** Inserts the whole tree in one statement: the rows' ids are drawn from the table's sequence
 * first, so that every row's parent id is known before anything is written, and the rows travel as
 * one array per column (unnest). A code's ten thousand rows sent as a multi-row VALUES list, level
 * by level, cost PostgreSQL seconds of parsing thirteen bind parameters per row.
 * Returns each path id's row id. */
async function insertProvisions(tx: Tx, versionId: number, parsed: ParsedVersion): Promise<Map<string, number>> {
  const rows = [...walk(parsed.provisions)].map(rowOf);
  const idByPath = new Map<string, number>();
  if (rows.length === 0) return idByPath;
  const ids = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT nextval(pg_get_serial_sequence('"Provision"', 'id'))::int AS "id" FROM generate_series(1, ${rows.length}::int)`;
  rows.forEach((row, i) => idByPath.set(row.pathId, ids[i]?.id as number));
  const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "Provision" ("id", "versionId", "parentId", "pathId", "kind", "number", "heading", "text", "textStatus", "position", "depth", "lineage", "sourceLine")
    SELECT "id", ${versionId}::int, "parentId", "pathId", "kind"::"ProvisionKind", "number", "heading", "text", "textStatus"::"TextStatus", "position", "depth", "lineage", "sourceLine"
    FROM unnest(
      ${column((r) => idByPath.get(r.pathId) as number)}::int[], ${column((r) => (r.parentPath === null ? null : (idByPath.get(r.parentPath) ?? null)))}::int[],
      ${column((r) => r.pathId)}::text[], ${column((r) => r.kind)}::text[], ${column((r) => r.number)}::text[], ${column((r) => r.heading)}::text[],
      ${column((r) => r.text)}::text[], ${column((r) => r.textStatus)}::text[], ${column((r) => r.position)}::int[], ${column((r) => r.depth)}::int[],
      ${column((r) => r.lineage)}::text[], ${column((r) => r.sourceLine)}::int[]
    ) AS t("id", "parentId", "pathId", "kind", "number", "heading", "text", "textStatus", "position", "depth", "lineage", "sourceLine")`;
  return idByPath;
}

function rowOf(entry: ReturnType<typeof walk> extends Generator<infer T> ? T : never) {
  const { node, depth, parentId, position } = entry;
  return {
    pathId: node.id,
    parentPath: parentId,
    kind: node.kind,
    number: node.number,
    heading: node.heading,
    text: node.text,
    textStatus: node.status,
    position,
    depth,
    lineage: node.lineage,
    sourceLine: node.line,
  };
}

function countNodes(parsed: ParsedVersion): number {
  let n = 0;
  for (const _ of walk(parsed.provisions)) n++;
  return n;
}

/** Dates are calendar days: stored at UTC midnight so no time zone can shift them. */
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** An editor adds an expression to the phrase tracker (audited). */
export async function addPhrase(input: { textSlug: string; phrase: string; userId: number }) {
  return defaultDb().$transaction(async (tx) => {
    const text = await tx.text.findUnique({ where: { slug: input.textSlug } });
    if (!text) return null;
    // The tracker matches case- and apostrophe-blind: « AUTORITÉS publiques » is the phrase already
    // tracked as « autorités publiques », not a second row.
    const existing = await tx.phrase.findMany({ where: { textId: text.id } });
    const same = existing.find((p) => normalizeText(p.phrase) === normalizeText(input.phrase));
    if (same) return same;
    const count = existing.length;
    const row = await tx.phrase.upsert({
      where: { textId_phrase: { textId: text.id, phrase: input.phrase } },
      create: { textId: text.id, phrase: input.phrase, position: count, addedById: input.userId },
      update: {},
    });
    await audit(tx, { userId: input.userId, action: "phrase.create", entity: "phrase", entityId: String(row.id), after: row });
    return row;
  }, TRANSACTION_OPTIONS);
}

export type RemovePhraseOutcome = "removed" | "not_found" | "from_file";

/** An editor stops tracking an expression an editor added (audited, with the row as it was, so
 * that it can be added back). Phrases listed in the text's file are refused: the next import would
 * add them again, so only the file can drop them. */
export async function removePhrase(input: { textSlug: string; phraseId: number; userId: number }): Promise<RemovePhraseOutcome> {
  return defaultDb().$transaction(async (tx) => {
    const row = await tx.phrase.findFirst({ where: { id: input.phraseId, text: { slug: input.textSlug } } });
    if (!row) return "not_found";
    if (row.addedById === null) return "from_file";
    await tx.phrase.delete({ where: { id: row.id } });
    await audit(tx, { userId: input.userId, action: "phrase.delete", entity: "phrase", entityId: String(row.id), before: row });
    return "removed";
  }, TRANSACTION_OPTIONS);
}

/** Stores a computed change model; a concurrent request storing the same one is harmless, and a
 * row that failed its check on the way out (`replace`) is overwritten. The payload comes and goes
 * as JSON text: handed to the ORM as an object, a large one held the server's thread for seconds. */
export async function saveComparison(key: { fromSha: string; toSha: string; engineVersion: string }, json: string, replace = false) {
  if (replace) {
    await defaultDb().$executeRaw`
      INSERT INTO "ComparisonCache" ("fromSha", "toSha", "engineVersion", "payload")
      VALUES (${key.fromSha}, ${key.toSha}, ${key.engineVersion}, ${json}::jsonb)
      ON CONFLICT ("fromSha", "toSha", "engineVersion") DO UPDATE SET "payload" = EXCLUDED."payload", "createdAt" = now()`;
    return;
  }
  // ON CONFLICT DO NOTHING: two processes may compute the same pair at once.
  await defaultDb().$executeRaw`
    INSERT INTO "ComparisonCache" ("fromSha", "toSha", "engineVersion", "payload")
    VALUES (${key.fromSha}, ${key.toSha}, ${key.engineVersion}, ${json}::jsonb)
    ON CONFLICT ("fromSha", "toSha", "engineVersion") DO NOTHING`;
}
