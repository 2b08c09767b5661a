// The import command's arguments: paths, and for an official text the metadata its page does not
// state. Every problem is reported at once, naming the option and what it expects. Pure module.
import { MAX_SOURCE_BYTES } from "../legal-text/official/types";
import type { LineageCorrection } from "./lineage";
import type { OfficialImportMeta } from "./official";

export interface ImportArgs {
  paths: string[];
  /** Set when the metadata options are given: the one path is an official text to read. */
  official: (OfficialImportMeta & { acceptWarnings: boolean; dryRun: boolean; maxBytes: number }) | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VALUE_OPTIONS = ["text", "version", "stage", "date", "language", "status", "source", "expression-of", "title", "adopted-by", "pair", "max-bytes"] as const;
const FLAGS = ["accept-warnings", "dry-run"] as const;
const REQUIRED = ["text", "version", "stage", "date", "language", "status"] as const;

export function parseImportArgs(args: readonly string[]): ImportArgs | { problems: string[] } {
  const paths: string[] = [];
  const values = new Map<string, string>();
  const pairs: string[] = [];
  const flags = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") continue;
    if (!arg.startsWith("--")) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg.slice(2));
    if ((FLAGS as readonly string[]).includes(name)) {
      flags.add(name);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      problems.push(`import: unknown option --${name} (expected one of ${[...VALUE_OPTIONS, ...FLAGS].map((o) => `--${o}`).join(", ")})`);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith("--")) {
      problems.push(`import: --${name} expects a value`);
      if (value !== undefined) i--;
      continue;
    }
    if (name === "pair") pairs.push(value);
    else values.set(name, value);
  }
  if (values.size === 0 && pairs.length === 0 && flags.size === 0) return problems.length > 0 ? { problems } : { paths, official: null };
  for (const name of REQUIRED) if (!values.has(name)) problems.push(`import: --${name} is required to import an official text`);
  if (paths.length !== 1) problems.push(`import: an official text is imported one file at a time (got ${paths.length} files)`);
  const get = (name: string): string => values.get(name) ?? "";
  for (const name of ["text", "version", "stage", "expression-of"]) {
    const v = values.get(name);
    if (v !== undefined && !SLUG.test(v)) problems.push(`import: --${name} "${v}": expected a slug (lowercase letters, digits and single dashes)`);
  }
  const date = values.get("date");
  if (date !== undefined && !isIsoDate(date)) problems.push(`import: --date "${date}": expected a date YYYY-MM-DD`);
  const language = values.get("language");
  if (language !== undefined && language !== "fr" && language !== "nl") problems.push(`import: --language "${language}": expected fr or nl`);
  const status = values.get("status");
  if (status === "excerpt") problems.push(`import: --status excerpt: an excerpt's quotations are marked in Markdown (a version file with front matter); expected official or summary`);
  else if (status !== undefined && status !== "official" && status !== "summary") problems.push(`import: --status "${status}": expected official or summary`);
  const source = values.get("source");
  if (source !== undefined && !/^https?:\/\/\S+$/.test(source)) problems.push(`import: --source "${source}": expected an http(s) address`);
  const maxBytes = values.has("max-bytes") ? Number(values.get("max-bytes")) : MAX_SOURCE_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) problems.push(`import: --max-bytes "${values.get("max-bytes")}": expected a whole number of bytes`);
  const corrections: LineageCorrection[] = [];
  for (const p of pairs) {
    const m = /^([a-z0-9_-]+)=([a-z0-9_-]+)$/.exec(p);
    if (!m) problems.push(`import: --pair "${p}": expected <new id>=<previous id> or <new id>=new (e.g. art-14=art-13)`);
    else corrections.push({ id: m[1] as string, from: m[2] === "new" ? null : (m[2] as string) });
  }
  if (problems.length > 0) return { problems };
  return {
    paths,
    official: {
      text: get("text"),
      version: get("version"),
      stage: get("stage"),
      date: get("date"),
      language: get("language") as "fr" | "nl",
      status: get("status") as "official" | "summary",
      source: values.get("source") ?? null,
      expressionOf: values.get("expression-of") ?? null,
      title: values.get("title") ?? null,
      adoptedBy: values.get("adopted-by") ?? null,
      corrections,
      maxBytes,
      acceptWarnings: flags.has("accept-warnings"),
      dryRun: flags.has("dry-run"),
    },
  };
}

function splitOption(option: string): [string, string | undefined] {
  const eq = option.indexOf("=");
  return eq === -1 ? [option, undefined] : [option.slice(0, eq), option.slice(eq + 1)];
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
