// The editors' import form, server side: a text sent to /admin/import is kept under a random id
// for the session that sent it (an act runs to megabytes: no address or hidden field carries it),
// previewed by the CLI's own road (officialBundle, then importBundles as a dry run, which proposes
// the lineage and rolls back), and committed by that same road in one transaction.
import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Language } from "../i18n/languages";
import { SourceError } from "../legal-text/types";
import { ImportError, importBundles, type ImportReport } from "../texts/mutations";
import { correctionsOf, importMetaOf, metaFieldsOf, PASTED_NAMES, problemsOf, type ImportProblem, type ImportProblemCode, type MetaFields } from "./form";
import { OfficialMetaError, hasFrontMatter, officialBundle, type OfficialImport } from "./official";

/** How long a sent text waits for its commit, and how many a session keeps. */
const DRAFT_HOURS = 24;
const DRAFTS_PER_SESSION = 5;

export interface SentImport {
  /** The file's name, or PASTED_NAMES for a pasted text. */
  fileName: string;
  bytes: Uint8Array;
  pasted: boolean;
  /** Every string field of the form (metadata, csrf, pairing corrections). */
  fields: Record<string, string>;
}

/** A multipart (or urlencoded) body, already read within its limit → the text sent and the
 * form's fields. The file wins over the text area when both are given; neither gives an empty
 * text, which the reader refuses with its message. */
export async function sentImportOf(form: FormData, language: Language): Promise<SentImport> {
  const fields: Record<string, string> = {};
  let file: File | null = null;
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") fields[k] = v;
    // No file chosen: browsers send an empty part without a name. An empty file chosen keeps its
    // name, for the reader to say that it is empty.
    else if (k === "file" && (v.size > 0 || v.name !== "")) file = v;
  }
  if (file) return { fileName: safeName(file.name), bytes: new Uint8Array(await file.arrayBuffer()), pasted: false, fields };
  return { fileName: PASTED_NAMES[language], bytes: new TextEncoder().encode(fields.pasted ?? ""), pasted: true, fields };
}

/** A name for messages: the last segment only, printable characters, short. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? "";
  const clean = base.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120);
  return clean === "" ? "fichier" : clean;
}

/** Keeps a sent text for its session; returns the id its preview's address names. */
export async function keepImport(sessionId: string, sent: SentImport): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db().$transaction(async (tx) => {
    await tx.importDraft.create({
      data: { id, sessionId, fileName: sent.fileName, bytes: Buffer.from(sent.bytes), pasted: sent.pasted, fields: metaFieldsOf(sent.fields) },
    });
    await tx.importDraft.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - DRAFT_HOURS * 3600 * 1000) } } });
    const old = await tx.importDraft.findMany({ where: { sessionId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: DRAFTS_PER_SESSION, select: { id: true } });
    if (old.length > 0) await tx.importDraft.deleteMany({ where: { id: { in: old.map((d) => d.id) } } });
  });
  return id;
}

export interface ImportDraftView {
  id: string;
  fileName: string;
  pasted: boolean;
  /** The pasted text, given back in the text area (a file is not: a browser cannot refill one). */
  pastedText: string | null;
  size: number;
  fields: MetaFields;
  /** Why the last commit was refused, when it was. */
  error: ImportProblem[] | null;
}

export type ImportPreview =
  /** The text could not be read, or its metadata are wrong: every problem, located. */
  | { kind: "refused"; problems: ImportProblem[]; warnings: string[] }
  | { kind: "ready"; read: OfficialImport; report: ImportReport["versions"][number] | null; textExists: boolean };

/** The draft of this session, or null (another session's id, or one gone). */
export const loadImportDraft = cache(async (sessionId: string, id: string): Promise<ImportDraftView | null> => {
  const row = await db().importDraft.findFirst({ where: { id, sessionId } });
  if (!row) return null;
  const bytes = new Uint8Array(row.bytes);
  let pastedText: string | null = null;
  if (row.pasted) pastedText = new TextDecoder().decode(bytes);
  return { id: row.id, fileName: row.fileName, pasted: row.pasted, pastedText, size: bytes.length, fields: metaFieldsOf(row.fields as Record<string, unknown>), error: row.error === null ? null : problemsOf(row.error) };
});

/** What the import would do: the reader's tree and warnings, the aligner's pairing with the
 * version before it; nothing is written (the write path runs and is rolled back). */
export const loadImportPreview = cache(async (sessionId: string, id: string): Promise<ImportPreview | null> => {
  const row = await db().importDraft.findFirst({ where: { id, sessionId } });
  if (!row) return null;
  return run(row.fileName, new Uint8Array(row.bytes), metaFieldsOf(row.fields as Record<string, unknown>), {}, true);
});

/** Commits the draft with the editor's pairing corrections, in one transaction. A refusal is kept
 * on the draft (its problems as JSON), for its page to show; nothing is then written. `refused`
 * says it in French, for the logs. */
export async function commitImport(sessionId: string, id: string, fields: Readonly<Record<string, string>>): Promise<{ text: string; version: string } | { refused: string }> {
  const row = await db().importDraft.findFirst({ where: { id, sessionId } });
  if (!row) throw new DomainError("not_found", "import draft not found: send the text again");
  const meta = metaFieldsOf(row.fields as Record<string, unknown>);
  const outcome = await run(row.fileName, new Uint8Array(row.bytes), meta, fields, false);
  if (outcome.kind === "refused") {
    await db().importDraft.update({ where: { id: row.id }, data: { error: JSON.stringify(outcome.problems) } });
    return { refused: outcome.problems.map((p) => p.message).join("\n") };
  }
  await db().importDraft.deleteMany({ where: { id: row.id } });
  return { text: meta.text as string, version: meta.version as string };
}

/** A problem the reader or the import states in its own located words (« acte.txt:1: … »). */
const told = (code: ImportProblemCode, message: string): ImportProblem => ({ code, message, detail: message });

async function run(fileName: string, bytes: Uint8Array, fields: MetaFields, sent: Readonly<Record<string, string>>, dryRun: boolean): Promise<ImportPreview> {
  const checked = importMetaOf(fields);
  if ("problems" in checked) return { kind: "refused", problems: checked.problems, warnings: [] };
  if (hasFrontMatter(bytes)) {
    const message = `${fileName}:1: ce fichier a son propre en-tête (un fichier de version Markdown) : importez-le par la ligne de commande (npm run import -- ${fileName}).`;
    return { kind: "refused", problems: [{ code: "frontMatter", message, value: fileName, detail: `${fileName}:1` }], warnings: [] };
  }
  const corrections = correctionsOf(sent);
  let read: OfficialImport;
  try {
    read = officialBundle(fileName, bytes, { ...checked.meta, corrections });
  } catch (error) {
    if (error instanceof SourceError) return { kind: "refused", problems: [told("unreadable", error.message)], warnings: [] };
    if (error instanceof OfficialMetaError) {
      // The command line's sentences name its options; the form names the field to fill instead.
      const problems = error.missing.map((m): ImportProblem => ({ code: "metadata", message: m.message, field: m.field, detail: `${fileName}:1` }));
      return { kind: "refused", problems, warnings: error.warnings };
    }
    throw error;
  }
  // As the CLI's --accept-warnings: an editor who commits says the warnings were read.
  if (!dryRun && read.warnings.length > 0 && sent.accept !== "1") {
    return { kind: "refused", problems: [{ code: "warnings", message: "Cochez « J’ai lu les avertissements » pour importer le texte tel qu’il a été lu." }], warnings: read.warnings };
  }
  const textExists = (await db().text.count({ where: { slug: checked.meta.text } })) > 0;
  try {
    const [report] = await importBundles(db(), [read.bundle], { dryRun });
    return { kind: "ready", read, report: report?.versions[0] ?? null, textExists };
  } catch (error) {
    // A pairing naming a provision neither version has; a version named as the expression that
    // is not there, of another stage, in the same language.
    if (error instanceof ImportError || (error instanceof DomainError && error.code === "invalid")) {
      return { kind: "refused", problems: [told("rejected", error.message)], warnings: read.warnings };
    }
    throw error;
  }
}

/** The sent form with the bytes of an earlier draft of the same session (the editor corrected
 * the metadata and kept the file), or null when that draft is gone. */
export async function bytesOfDraft(sessionId: string, id: string, sent: SentImport): Promise<SentImport | null> {
  const row = await db().importDraft.findFirst({ where: { id, sessionId }, select: { fileName: true, bytes: true, pasted: true } });
  return row ? { ...sent, fileName: row.fileName, bytes: new Uint8Array(row.bytes), pasted: row.pasted } : null;
}
