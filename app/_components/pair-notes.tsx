import type { PairNote } from "@/lib/annotations/loaders";
import { noteCompareHref, versionDate } from "./format";
import { carriedLabel } from "./notes";
import { addressOf } from "@/lib/routes/addresses";

/** A note is commentary of its own version and the later ones, never of an earlier one. */
const BEFORE_NOTE = "version antérieure au commentaire";

const found = (result: PairNote["from"]) => result.status === "same" || result.status === "changed";

/** « surligner » in the column of a version that holds the words, never beside words that are gone. */
function HighlightLink({ result, href, exact }: { result: PairNote["from"]; href: string; exact: string }) {
  if (!found(result)) return null;
  return (
    <span className="no-print">
      {" · "}
      <a href={href}>
        surligner<span className="sr-only"> «&nbsp;{exact}&nbsp;»</span>
      </a>
    </span>
  );
}

/** Every annotation and what became of its words on each side: orphans are listed, never dropped. */
export function PairNotes({
  items,
  textSlug,
  fromTitle,
  toTitle,
  pair,
  fromOfficial,
  toOfficial,
  anchors,
}: {
  items: PairNote[];
  textSlug: string;
  fromTitle: string;
  toTitle: string;
  pair: { from: string; to: string };
  fromOfficial: boolean;
  toOfficial: boolean;
  /** The comparison row of each article of either side (a paired row bears the newer id). */
  anchors: { from: ReadonlyMap<string, string>; to: ReadonlyMap<string, string> };
}) {
  const href = (noteSlug: string, side: "from" | "to", provisionId: string) => {
    const article = provisionId.split("__")[0] ?? provisionId;
    return noteCompareHref(textSlug, pair, noteSlug, anchors[side].get(article) ?? article);
  };
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
          {items.map(({ note, from, to, fromWritten, toWritten, writtenOn }) => (
            <tr key={note.slug}>
              <th scope="row">
                <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })}>{note.title}</a>
                <br />
                <span className="meta">«&nbsp;{note.exact}&nbsp;», écrit sur «&nbsp;{writtenOn.title}&nbsp;» ({versionDate(writtenOn)})</span>
              </th>
              <td>
                {/* A version before the note's own: it does not comment it, its words are not shown there. */}
                {fromWritten === "after" ? BEFORE_NOTE : carriedLabel(from, fromOfficial)}
                {fromWritten === "after" ? null : <HighlightLink result={from} href={href(note.slug, "from", found(from) ? from.provisionId : "")} exact={note.exact} />}
              </td>
              <td>
                {toWritten === "after" ? BEFORE_NOTE : carriedLabel(to, toOfficial)}
                {toWritten === "after" ? null : <HighlightLink result={to} href={href(note.slug, "to", found(to) ? to.provisionId : "")} exact={note.exact} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
