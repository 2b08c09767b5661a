import { asSources } from "./format";

export function SourcesList({ sources }: { sources: unknown }) {
  const list = asSources(sources);
  if (list.length === 0) return <p className="meta">Aucune source enregistrée.</p>;
  return (
    <ul className="sources">
      {list.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer">{s.title}</a>
          {s.publisher ? ` — ${s.publisher}` : ""}
          {s.date ? ` (${s.date})` : ""}
          {s.quotes?.map((q) => (
            <blockquote key={q}>« {q} »</blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
