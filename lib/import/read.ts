// Reads source files from disk into import bundles, checking everything before anything is written.
// Every problem is reported as "file:line: what was expected", all of them at once.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseAnnotationsFile, resolveAnnotations, type FixtureAnnotationAt } from "../annotations/file";
import { normaliseSource, parseTextFile, parseVersionFrontMatter, splitFrontMatter } from "../legal-text/frontmatter";
import { MAX_SOURCE_CHARS } from "../legal-text/limits";
import { parseVersionSource } from "../legal-text/parse";
import { SourceError } from "../legal-text/types";
import type { ImportBundle } from "../texts/mutations";

export class ImportInputError extends Error {
  override name = "ImportInputError";
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Files of one folder, text.yaml first. README.md and hidden files are not sources. */
function folderFiles(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => !n.startsWith(".") && n !== "README.md");
  const text = names.filter((n) => n === "text.yaml");
  const versions = names.filter((n) => n.endsWith(".md")).sort();
  const annotations = names.filter((n) => n === "annotations.yaml");
  return [...text, ...versions, ...annotations].map((n) => path.join(dir, n));
}

/** Expands folders (one level: a text folder, or a folder of text folders) into source files. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!statSync(p, { throwIfNoEntry: false })) throw new ImportInputError([`${p}: no such file or folder`]);
    if (!statSync(p).isDirectory()) {
      files.push(p);
      continue;
    }
    const sub = readdirSync(p).map((n) => path.join(p, n)).filter((q) => statSync(q).isDirectory()).sort();
    if (sub.length > 0 && !readdirSync(p).includes("text.yaml")) sub.forEach((q) => files.push(...folderFiles(q)));
    else files.push(...folderFiles(p));
  }
  return files;
}

export interface ReadOptions {
  /** Shown in messages and stored as the version's source path (relative paths read best). */
  displayPath?: (file: string) => string;
  /** Told of what is imported but deserves a look ("file:line: warning: …"); standard error by default. */
  warn?: (message: string) => void;
}

/** Parses every file; groups versions under their text. Throws ImportInputError listing all problems. */
export function readBundles(files: readonly string[], options: ReadOptions = {}): ImportBundle[] {
  const show = options.displayPath ?? shortPath;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const problems: string[] = [];
  const bundles = new Map<string, ImportBundle>();
  const bundleFor = (slug: string): ImportBundle => {
    let b = bundles.get(slug);
    if (!b) bundles.set(slug, (b = { text: null, versions: [], annotations: null }));
    return b;
  };
  const annotationFiles: Array<{ shown: string; raw: string; items: FixtureAnnotationAt[] }> = [];
  for (const file of files) {
    const shown = show(file);
    try {
      const raw = readUtf8(shown, readSource(shown, file));
      if (path.basename(file) === "annotations.yaml") {
        annotationFiles.push({ shown, raw, items: parseAnnotationsFile(shown, raw) });
      } else if (file.endsWith(".yaml") || file.endsWith(".yml")) {
        const meta = parseTextFile(shown, raw);
        bundleFor(meta.slug).text = { meta, sha256: sha256(raw), sourcePath: shown };
      } else if (file.endsWith(".md") || file.endsWith(".txt")) {
        const parsed = parseVersionSource(shown, raw, { warn });
        // An official text pasted as published (format: plain) has no {#key}: its provisions take
        // their lineage from the aligner's pairing with the version before it.
        const plain = parseVersionFrontMatter(shown, splitFrontMatter(shown, normaliseSource(raw))).format === "plain";
        bundleFor(parsed.meta.text).versions.push({ parsed, raw, sourcePath: shown, ...(plain ? { lineage: { propose: true, corrections: [] } } : {}) });
      } else {
        problems.push(`${shown}:1: expected a version file (.md, .txt) or a text file (text.yaml); an official text as downloaded (plain text or HTML) needs --text, --version, --stage, --date, --language and --status (npm run import -- --help)`);
      }
    } catch (error) {
      if (error instanceof SourceError) problems.push(error.message);
      else throw error;
    }
  }
  for (const a of annotationFiles) problems.push(...attachAnnotations(a, [...bundles.values()]));
  for (const bundle of bundles.values()) problems.push(...crossCheck(bundle));
  if (problems.length > 0) throw new ImportInputError(problems);
  return [...bundles.values()];
}

/** The file's bytes; one that cannot hold MAX_SOURCE_CHARS characters or fewer (UTF-8 takes at
 * most 4 bytes for one) is refused before it is read into memory. */
function readSource(shown: string, file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > 4 * MAX_SOURCE_CHARS) {
    throw new SourceError(shown, 1, `file too long: ${size} bytes (expected a version of at most ${MAX_SOURCE_CHARS} characters)`);
  }
  return readFileSync(file);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text; a file that is not UTF-8 (Latin-1 or Windows-1252 from an old editor) is
 * refused at its first bad byte, where reading it anyway would turn « é » into U+FFFD and the error
 * would surface later as a quotation "not found in any source". A UTF-8 byte order mark is dropped. */
export function readUtf8(shown: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    // Everything before the bad byte is valid UTF-8: its characters give the column.
    const column = [...UTF8.decode(bytes.subarray(before.lastIndexOf(0x0a) + 1, at))].length + 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new SourceError(shown, line, `column ${column}: not UTF-8 (byte 0x${byte}); expected a UTF-8 file: save it as UTF-8 (Latin-1 and Windows-1252 are not read)`);
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const sequence = bytes.subarray(i, i + length);
    if (sequence.length < length) return i;
    try {
      UTF8.decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Seeded commentary belongs to the text whose versions it is written on, imported together. */
function attachAnnotations(file: { shown: string; raw: string; items: FixtureAnnotationAt[] }, bundles: ImportBundle[]): string[] {
  const first = file.items[0];
  if (!first) return [];
  const bundle = bundles.find((b) => b.versions.some((v) => v.parsed.meta.slug === first.version));
  if (!bundle) return [`${file.shown}:${first.line}: version "${first.version}" is not among the imported versions (import the whole folder)`];
  try {
    const items = resolveAnnotations(file.shown, file.items, bundle.versions.map((v) => v.parsed));
    bundle.annotations = { sourcePath: file.shown, sha256: sha256(file.raw), items };
    return [];
  } catch (error) {
    if (error instanceof SourceError) return [error.message];
    throw error;
  }
}

/** Checks that need several files: duplicate slugs, events pointing at unknown versions. */
function crossCheck(bundle: ImportBundle): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const v of bundle.versions) {
    const other = seen.get(v.parsed.meta.slug);
    if (other) problems.push(`${v.sourcePath}:1: slug "${v.parsed.meta.slug}" is already used by ${other}`);
    seen.set(v.parsed.meta.slug, v.sourcePath);
  }
  // Only a whole folder tells which versions exist; a single text.yaml may point at versions already stored.
  if (bundle.text && bundle.versions.length > 0) {
    for (const e of bundle.text.meta.events) {
      if (e.version && !seen.has(e.version)) {
        problems.push(`${bundle.text.sourcePath}:${e.line}: version "${e.version}" is not one of this folder's versions`);
      }
    }
  }
  return problems;
}

/** Relative to the working folder when inside it, absolute otherwise. */
function shortPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : path.resolve(file);
}

function sha256(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}
