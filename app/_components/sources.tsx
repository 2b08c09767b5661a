import { interfaceOf } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/languages";
import { asSources, formatDate, versionDate } from "./format";
import { StatusBadge } from "./status";
import { typeset } from "@/lib/legal-text/typography";
import type { TextStatus } from "@/lib/legal-text/types";

/** An ISO date of a source (2023-06-30) as the rest of the page writes dates; anything else as is. */
function sourceDate(date: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? formatDate(new Date(`${date}T00:00:00Z`), "day", language) : date;
}

export async function SourcesList({ sources }: { sources: unknown }) {
  const { language, t } = await interfaceOf();
  const list = asSources(sources);
  if (list.length === 0) return <p className="meta">{t("sources.none")}</p>;
  // A source without a language is French: marked so on a page in another language, and its words
  // typeset in their own language's way.
  const langOf = (s: { language?: string }) => ((s.language ?? "fr") === language ? undefined : (s.language ?? "fr"));
  const set = (words: string, s: { language?: string }) => typeset(words, { language: s.language ?? "fr" });
  return (
    <ul className="sources">
      {list.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer" lang={langOf(s)}>{set(s.title, s)}</a>
          {s.publisher ? ` — ${set(s.publisher, s)}` : ""}
          {s.date ? ` (${sourceDate(s.date, language)})` : ""}
          {s.quotes?.map((q) => (
            // The quotation marks are the page's, the words the source's.
            <blockquote key={q}>{t.rich("readerSources.quote", { words: () => <span lang={langOf(s)}>{set(q, s)}</span> })}</blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Where the words of each version shown come from: its text status and its sources, on screen
 * and on paper (a printed redline must say what it compares). */
export async function Provenance({ versions }: { versions: { slug: string; title: string; date: Date; dateQualifier: string; textStatus: TextStatus; sources: unknown; sha256?: string; importedAt?: Date; citation?: string }[] }) {
  const { language, t } = await interfaceOf();
  return (
    <section className="provenance" aria-labelledby="provenance">
      <h2 id="provenance">{t("sources.provenance")}</h2>
      {versions.map((v) => (
        <div key={v.slug}>
          <h3>
            {typeset(v.title)} ({versionDate(v, language)}) <StatusBadge status={v.textStatus} />
          </h3>
          {v.citation || v.sha256 ? (
            // The same facts as the PDF's appendix: how to cite it, when it was imported, which file.
            <dl className="facts">
              {v.citation ? <><dt>{t("sources.citation")}</dt><dd>{v.citation}</dd></> : null}
              {v.importedAt ? <><dt>{t("sources.imported")}</dt><dd>{formatDate(v.importedAt, "day", language)}</dd></> : null}
              {v.sha256 ? <><dt>{t("sources.hash")}</dt><dd><code>{v.sha256}</code></dd></> : null}
            </dl>
          ) : null}
          <SourcesList sources={v.sources} />
        </div>
      ))}
    </section>
  );
}
