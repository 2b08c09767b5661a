import { asSources, formatDate, versionDate } from "./format";
import { StatusBadge } from "./status";
import { typeset } from "@/lib/legal-text/typography";
import type { TextStatus } from "@/lib/legal-text/types";

/** An ISO date of a source (2023-06-30) as the rest of the page writes dates; anything else as is. */
function sourceDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? formatDate(new Date(`${date}T00:00:00Z`)) : date;
}

export function SourcesList({ sources }: { sources: unknown }) {
  const list = asSources(sources);
  if (list.length === 0) return <p className="meta">Aucune source enregistrée.</p>;
  return (
    <ul className="sources">
      {list.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer" lang={s.language}>{typeset(s.title)}</a>
          {s.publisher ? ` — ${typeset(s.publisher)}` : ""}
          {s.date ? ` (${sourceDate(s.date)})` : ""}
          {s.quotes?.map((q) => (
            <blockquote key={q} lang={s.language}>«&#8239;{typeset(q)}&#8239;»</blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Where the words of each version shown come from: its text status and its sources, on screen
 * and on paper (a printed redline must say what it compares). */
export function Provenance({ versions }: { versions: { slug: string; title: string; date: Date; dateQualifier: string; textStatus: TextStatus; sources: unknown; sha256?: string; importedAt?: Date; citation?: string }[] }) {
  return (
    <section className="provenance" aria-labelledby="provenance">
      <h2 id="provenance">Provenance des textes</h2>
      {versions.map((v) => (
        <div key={v.slug}>
          <h3>
            {typeset(v.title)} ({versionDate(v)}) <StatusBadge status={v.textStatus} />
          </h3>
          {v.citation || v.sha256 ? (
            // The same facts as the PDF's appendix: how to cite it, when it was imported, which file.
            <dl className="facts">
              {v.citation ? <><dt>Citation</dt><dd>{v.citation}</dd></> : null}
              {v.importedAt ? <><dt>Importé le</dt><dd>{formatDate(v.importedAt)}</dd></> : null}
              {v.sha256 ? <><dt>SHA-256 du fichier importé</dt><dd><code>{v.sha256}</code></dd></> : null}
            </dl>
          ) : null}
          <SourcesList sources={v.sources} />
        </div>
      ))}
    </section>
  );
}
