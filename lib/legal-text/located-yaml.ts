// YAML read with its line numbers kept, so that every complaint (syntax or schema) points at the
// line a human must fix: `file:line: path: what was expected`.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";

import { SourceError } from "./types";

export interface LocatedYaml {
  doc: Document.Parsed;
  /** 1-based line in the whole file of a position in the YAML text. */
  lineAt(offset: number): number;
}

type Path = readonly PropertyKey[];

// French typography puts a space before ":", so a title like « Bruxelles numérique : une mesure »
// is the commonest way to break YAML here; say how to fix it.
const HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: ' (a value containing ": " must be quoted)',
};

/**
 * Parses `yaml`, which starts on line `firstLine` of `file`. Syntax errors (including duplicate
 * keys, which YAML reports as errors) are thrown as SourceError at their line.
 */
export function parseLocatedYaml(file: string, yaml: string, firstLine: number): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    const offset = error.pos[0];
    // The library's message repeats the position and an excerpt after the first sentence.
    const message = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    const hint = HINTS[error.code] ?? "";
    throw new SourceError(file, lineAt(offset), `invalid YAML: ${message}${hint}`);
  }
  return { doc, lineAt };
}

/** Validates the YAML against `schema`; the first problem in file order becomes a SourceError. */
export function validateLocated<S extends z.ZodType>(
  file: string,
  located: LocatedYaml,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(located.doc.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => locateIssue(located, issue));
  problems.sort((a, b) => a.line - b.line);
  const first = problems[0];
  throw new SourceError(file, first?.line ?? 1, first?.detail ?? "invalid YAML");
}

function locateIssue(located: LocatedYaml, issue: z.core.$ZodIssue): { line: number; detail: string } {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const line = keyLine(located, issue.path, key);
    return { line, detail: `${formatPath([...issue.path, key])}: unknown key` };
  }
  const label = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  return { line: lineOfPath(located, issue.path), detail: `${label}${issue.message}` };
}

/** Line of the value at `path`, or of its nearest existing ancestor when the key is missing. */
export function lineOfPath(located: LocatedYaml, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = located.doc.getIn(path.slice(0, depth), true);
    const offset = rangeStart(node);
    if (offset !== null) return located.lineAt(offset);
  }
  return located.lineAt(0);
}

function keyLine(located: LocatedYaml, mapPath: Path, key: string): number {
  const map: unknown = located.doc.getIn(mapPath, true);
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) {
        const offset = rangeStart(pair.key);
        if (offset !== null) return located.lineAt(offset);
      }
    }
  }
  return lineOfPath(located, mapPath);
}

function rangeStart(node: unknown): number | null {
  if (typeof node !== "object" || node === null || !("range" in node)) return null;
  const range: unknown = node.range;
  return Array.isArray(range) && typeof range[0] === "number" ? range[0] : null;
}

/** ["sources", 0, "url"] → "sources[0].url" */
function formatPath(path: Path): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`))
    .join("");
}
