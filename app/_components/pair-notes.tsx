import type { PairNote } from "@/lib/annotations/loaders";
import { noteCompareHref } from "./format";

const LABEL = { same: "inchangés", changed: "modifiés", deleted: "supprimés", orphan: "introuvables" } as const;

function label(result: PairNote["from"], official: boolean): string {
  const { status } = result;
  if ((status === "same" || status === "changed") && result.inSummary) return "seulement dans notre résumé";
  return !official && (status === "deleted" || status === "orphan") ? "absents du texte connu" : LABEL[status];
}

/** Every annotation and what became of its words on each side: orphans are listed, never dropped. */
export function PairNotes({ items, textSlug, fromTitle, toTitle, pair, fromOfficial, toOfficial }: { items: PairNote[]; textSlug: string; fromTitle: string; toTitle: string; pair: string; fromOfficial: boolean; toOfficial: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="pair-notes-h" className="no-print-break">
      <h2 id="pair-notes-h">Commentaires et leurs mots dans ces deux versions</h2>
      <div className="table-scroll">
      <table className="status-table">
        <caption className="sr-only">Pour chaque commentaire, ce que sont devenus ses mots dans chacune des deux versions</caption>
        <thead>
          <tr>
            <th scope="col">Commentaire</th>
            <th scope="col">Mots dans «&nbsp;{fromTitle}&nbsp;»</th>
            <th scope="col">Mots dans «&nbsp;{toTitle}&nbsp;»</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ note, from, to }) => (
            <tr key={note.slug}>
              <th scope="row">
                <a href={`/texts/${textSlug}/notes/${note.slug}`}>{note.title}</a>
                <br />
                <span className="meta">«&nbsp;{note.exact}&nbsp;»</span>
              </th>
              <td>{label(from, fromOfficial)}</td>
              <td>
                {label(to, toOfficial)}
                {from.status === "same" || from.status === "changed" || to.status === "same" || to.status === "changed" ? (
                  <span className="no-print">
                    {" · "}
                    <a href={noteCompareHref(textSlug, pair, note.slug, to.status === "same" || to.status === "changed" ? to.provisionId : from.status === "same" || from.status === "changed" ? from.provisionId : "")}>
                      surligner<span className="sr-only"> «&nbsp;{note.exact}&nbsp;»</span>
                    </a>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
