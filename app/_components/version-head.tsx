import { versionDate } from "./format";
import { StatusBadge } from "./status";
import type { TextStatus } from "@/lib/legal-text/types";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";

/** A version as a table's column heading: its title (a link), its date and its text status, so
 * that a « présent » under a version known only by quotations is never read as the law's text. */
export async function VersionHead({ textSlug, version }: { textSlug: string; version: { slug: string; title: string; date: Date; dateQualifier: string; textStatus: TextStatus; language?: string } }) {
  const { language } = await interfaceOf();
  return (
    <>
      <a href={addressOf({ kind: "version", text: textSlug, version: version.slug })} lang={otherLanguage(version.language, language)}>{version.title}</a>
      <br />
      <span className="meta">{versionDate(version, language)}</span>
      <br />
      <StatusBadge status={version.textStatus} />
    </>
  );
}

/** The lang attribute of a version's own words (French when it has no language) on a page in
 * `page`'s language: none when they are the same. */
export function otherLanguage(language: string | undefined, page: Language = "fr"): string | undefined {
  const own = language ?? "fr";
  return own === page ? undefined : own;
}
