// What the parser agrees to read. Past these limits a version is refused with a located message,
// before the Markdown parser runs: its time and memory grow with the input, and deep nesting
// would exhaust the call stack.
import { SourceError } from "./types";

/** Characters in one version file: about 4 MB of French text, ten times the longest Belgian
 * codes' single books. The importer holds the whole file and its parsed tree in memory. */
export const MAX_SOURCE_CHARS = 4_000_000;

/** Levels of quotation (>), list and emphasis nested inside one another. Legal texts nest far
 * less (a point inside a quoted paragraph is three); a file nested deeper is not one. */
export const MAX_NESTING = 16;

const EXPECTED_NESTING = `expected at most ${MAX_NESTING} levels of quotations (>), lists and emphasis inside one another`;

/** Refuses a source longer than MAX_SOURCE_CHARS, at the line where it crosses the limit. */
export function checkSize(file: string, source: string): void {
  if (source.length <= MAX_SOURCE_CHARS) return;
  let line = 1;
  for (let at = source.indexOf("\n"); at !== -1 && at < MAX_SOURCE_CHARS; at = source.indexOf("\n", at + 1)) line++;
  throw new SourceError(
    file,
    line,
    `file too long: ${source.length} characters, the limit of ${MAX_SOURCE_CHARS} is passed on this line (expected a version of at most ${MAX_SOURCE_CHARS} characters)`,
  );
}

// One container opened at the start of a line: a quotation mark, or a list marker and its space.
const CONTAINER = /^[ \t]{0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))[ \t]?/;
// Only list markers and spaces: a thematic break ("* * *", "- - -"), not nested lists.
const THEMATIC_BREAK = /^[ \t]*(?:[-*_][ \t]*)+$/;
// A list marker or quotation after this much indentation would be nested deeper than the limit
// (each level indents by at least two columns; a tab counts as four).
const DEEP_INDENT = 4 * MAX_NESTING;

/**
 * Refuses, before the Markdown parser sees them, the lines that open more than MAX_NESTING
 * containers: "> > > …", "- - - … x", or a list marker indented past any sane nesting. The
 * parser's time grows with lines × open containers, and reading the tree back would recurse
 * once per level.
 */
export function checkLineNesting(file: string, body: string, firstLine: number): void {
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (THEMATIC_BREAK.test(line)) continue;
    let rest = line;
    let depth = 0;
    for (let m = CONTAINER.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, "    ").length ?? 0;
    const deepMarker = indent > DEEP_INDENT && CONTAINER.test(line.trimStart());
    if (depth > MAX_NESTING || deepMarker) {
      const what = deepMarker ? `a list marker after ${indent} columns of indentation` : `more than ${MAX_NESTING} quotation or list marks at the start of the line`;
      throw new SourceError(file, firstLine + i, `nested too deep: ${what} (${EXPECTED_NESTING})`);
    }
  }
}

/** The error for a node found nested past MAX_NESTING while the tree is read (blocks.ts). */
export function nestingError(file: string, line: number): SourceError {
  return new SourceError(file, line, `nested too deep: more than ${MAX_NESTING} levels open on this line (${EXPECTED_NESTING})`);
}
