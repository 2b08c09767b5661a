// An OfficialReading → what it can fill of a version (VersionMeta, ../types.ts), and its warnings
// as "file:line: message" lines like every other source message. The rest of a version's
// metadata (text, slug, stage, who adopted it) is the importer's to ask for: a page does not say.
import type { VersionMeta, VersionSource } from "../types";
import type { OfficialReading, ReaderWarning } from "./types";

export type OfficialVersionFields = Pick<VersionMeta, "numac" | "language" | "textStatus" | "sources"> & {
  /** The act's title and date from its title line; null when the page had none (a warning says so). */
  title: string | null;
  date: string | null;
};

export function versionFields(reading: OfficialReading): OfficialVersionFields {
  const { meta } = reading;
  return {
    title: meta.title === null ? null : titleWithoutStop(meta.title),
    date: meta.actDate,
    numac: meta.numac,
    language: reading.language,
    textStatus: "official",
    sources: meta.eli === null ? [] : [eliSource(reading)],
  };
}

/** A title as a heading shows it: Justel's title line « CODE PENAL. » names the « CODE PENAL ».
 * A stop that ends an abbreviation (« etc. », « art. », a single initial) stays. */
export function titleWithoutStop(title: string): string {
  const last = /(\p{L}+)\.$/u.exec(title)?.[1];
  if (last === undefined || last.length <= 1 || ABBREVIATIONS.has(last.toLowerCase())) return title;
  return title.slice(0, -1);
}

const ABBREVIATIONS = new Set(["etc", "art", "al", "cf", "coord", "enz", "bv", "lid"]);

function eliSource(reading: OfficialReading): VersionSource {
  const { meta } = reading;
  const justel = reading.shape.startsWith("justel");
  const source: VersionSource = {
    url: meta.eli ?? "",
    title: meta.title === null ? meta.eli ?? "" : titleWithoutStop(meta.title),
    publisher: justel ? "Justel (législation consolidée)" : "Moniteur belge",
  };
  if (meta.publicationDate !== null) source.date = meta.publicationDate;
  if (reading.language === "nl") source.language = "nl";
  return source;
}

/** « file:12: message », the shape of SourceError messages. */
export function warningLines(file: string, warnings: readonly ReaderWarning[]): string[] {
  return warnings.map((w) => `${file}:${w.line}: ${w.message}`);
}
