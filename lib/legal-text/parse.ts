// One version file (fixtures/README.md) → metadata + provision tree. Pure: the caller reads the
// file and stores the result.
import { createHash } from "node:crypto";

import { markdownBlocks, plainBlocks, type Block, type Warn } from "./blocks";
import { isQuoted } from "./excerpts";
import { normaliseSource, parseVersionFrontMatter, splitFrontMatter } from "./frontmatter";
import { checkLineNesting, checkSize } from "./limits";
import { buildTree, type StatusedBlock } from "./tree";
import { SourceError, type ParsedVersion, type TextStatus, type VersionMeta } from "./types";

export interface ParseOptions {
  /** Told of what is read but deserves a look ("file:line: warning: …"); ignored by default. */
  warn?: Warn;
}

/**
 * Parses a version source. `file` only labels messages ("fixtures/x/apo2.md:14: …"); `raw` is
 * the file's content as read, and is what `sha256` is computed on. Every problem is a SourceError
 * located at the line to fix; a file past the limits of limits.ts is one.
 */
export function parseVersionSource(file: string, raw: string, options: ParseOptions = {}): ParsedVersion {
  const source = normaliseSource(raw);
  checkSize(file, source);
  const split = splitFrontMatter(file, source);
  const { format, ...meta } = parseVersionFrontMatter(file, split);
  if (format !== "plain") checkLineNesting(file, split.body, split.bodyLine);
  const blocks =
    format === "plain"
      ? plainBlocks(split.body, split.bodyLine)
      : markdownBlocks(file, split.body, split.bodyLine, options.warn ?? (() => undefined));
  const provisions = buildTree(file, blocks.map((block) => withStatus(file, block, meta)));
  if (provisions.length === 0) {
    // Even a version known only by its date has a sentence of our own to say so.
    const line = Math.min(split.bodyLine, source.split("\n").length);
    throw new SourceError(file, line, "empty body (expected the version's text after the front matter)");
  }
  return { meta, provisions, sha256: createHash("sha256").update(raw, "utf8").digest("hex") };
}

/**
 * Whose words a block holds. In an official version, all of it is the law's. Elsewhere a
 * blockquote is a quotation and must be backed by a source; everything else is our paraphrase.
 */
function withStatus(file: string, block: Block, meta: VersionMeta): StatusedBlock {
  if (meta.textStatus === "official") return { ...block, status: "official" };
  if (!block.quoted) return { ...block, status: "summary" };
  const quotes = meta.sources.flatMap((source) => source.quotes ?? []);
  if (!isQuoted(block.text, quotes)) {
    throw new SourceError(file, block.line, "excerpt not found in any source's quotes");
  }
  const status: TextStatus = "excerpt";
  return { ...block, status };
}
