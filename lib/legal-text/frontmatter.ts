// Source files → validated metadata. A version file is front matter + body; text.yaml is all YAML.
import { lineOfPath, parseLocatedYaml, validateLocated } from "./located-yaml";
import { textFileSchema, versionFrontMatterSchema, type VersionFrontMatter } from "./schema";
import { SourceError, type TextMeta } from "./types";

/**
 * The text every later step reads. Line endings become "\n" (files come from Windows editors and
 * web forms), a byte-order mark is dropped, and Unicode is composed (NFC) so that an « é » typed on
 * one machine equals the « é » pasted from another. Line numbers are unchanged by all three.
 */
export function normaliseSource(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

export interface SplitSource {
  /** The YAML between the two "---" lines. */
  yaml: string;
  /** 1-based line of the file where the YAML starts (always 2). */
  yamlLine: number;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits an already normalised source into front matter and body. */
export function splitFrontMatter(file: string, source: string): SplitSource {
  const lines = source.split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    throw new SourceError(file, 1, 'missing front matter (expected a first line "---")');
  }
  const closing = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (closing < 0) {
    throw new SourceError(file, 1, 'unterminated front matter (expected a closing line "---")');
  }
  return {
    yaml: lines.slice(1, closing).join("\n"),
    yamlLine: 2,
    body: lines.slice(closing + 1).join("\n"),
    bodyLine: closing + 2,
  };
}

/** Validates a version's front matter (see fixtures/README.md) with located messages. */
export function parseVersionFrontMatter(file: string, split: SplitSource): VersionFrontMatter {
  const located = parseLocatedYaml(file, split.yaml, split.yamlLine);
  return validateLocated(file, located, versionFrontMatterSchema);
}

/** Reads `fixtures/<text>/text.yaml`: the work and its timeline, each event with its line. */
export function parseTextFile(file: string, raw: string): TextMeta {
  const located = parseLocatedYaml(file, normaliseSource(raw), 1);
  const data = validateLocated(file, located, textFileSchema);
  return {
    ...data,
    events: data.events.map((event, i) => ({ ...event, line: lineOfPath(located, ["events", i]) })),
  };
}
