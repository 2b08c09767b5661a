import { versionDate } from "./format";
import { StatusBadge } from "./status";
import type { TextStatus } from "@/lib/legal-text/types";
import { addressOf } from "@/lib/routes/addresses";

/** A version as a table's column heading: its title (a link), its date and its text status, so
 * that a « présent » under a version known only by quotations is never read as the law's text. */
export function VersionHead({ textSlug, version }: { textSlug: string; version: { slug: string; title: string; date: Date; dateQualifier: string; textStatus: TextStatus; language?: string } }) {
  return (
    <>
      <a href={addressOf({ kind: "version", text: textSlug, version: version.slug })} lang={otherLanguage(version.language)}>{version.title}</a>
      <br />
      <span className="meta">{versionDate(version)}</span>
      <br />
      <StatusBadge status={version.textStatus} />
    </>
  );
}

/** The lang attribute of a version's own words on a French page: none for French. */
export function otherLanguage(language: string | undefined): string | undefined {
  return language === undefined || language === "fr" ? undefined : language;
}
