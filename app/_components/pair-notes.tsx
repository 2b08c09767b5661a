import type { PairNote } from "@/lib/annotations/loaders";
import { noteCompareHref, versionDate } from "./format";
import { carriedLabel } from "./notes";
import { addressOf } from "@/lib/routes/addresses";
import type { Translator } from "@/lib/i18n/catalogs";
import { interfaceOf } from "@/lib/i18n/server";

const found = (result: PairNote["from"]) => result.status === "same" || result.status === "changed";

/** « surligner » in the column of a version that holds the words, never beside words that are gone. */
function HighlightLink({ result, href, exact, t }: { result: PairNote["from"]; href: string; exact: string; t: Translator }) {
  if (!found(result)) return null;
  return (
    <span className="no-print">
      {" · "}
      <a href={href}>{t.rich("readerPairNotes.highlight", { words: (chunks) => <span className="sr-only">{chunks}</span>, exact })}</a>
    </span>
  );
}

/** Every annotation and what became of its words on each side: orphans are listed, never dropped. */
export async function PairNotes({
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
  const { language, t } = await interfaceOf();
  // Notes, their words and the versions' titles are French; marked so on a page in another language.
  const fr = language === "fr" ? undefined : "fr";
  // A note is commentary of its own version and the later ones, never of an earlier one.
  const cell = (result: PairNote["from"], written: PairNote["fromWritten"], official: boolean, side: "from" | "to", slug: string, exact: string) =>
    written === "after" ? (
      t("readerPairNotes.beforeNote")
    ) : (
      <>
        {carriedLabel(result, official, language)}
        <HighlightLink result={result} href={href(slug, side, found(result) ? result.provisionId : "")} exact={exact} t={t} />
      </>
    );
  return (
    <section aria-labelledby="pair-notes-h" className="no-print-break">
      <h2 id="pair-notes-h">{t("readerPairNotes.title")}</h2>
      <div className="table-scroll">
      <table className="status-table">
        <caption className="sr-only">{t("readerPairNotes.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("readerPairNotes.note")}</th>
            <th scope="col">{t.rich("readerPairNotes.wordsIn", { version: fromTitle })}</th>
            <th scope="col">{t.rich("readerPairNotes.wordsIn", { version: toTitle })}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ note, from, to, fromWritten, toWritten, writtenOn }) => (
            <tr key={note.slug}>
              <th scope="row">
                <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })} lang={fr}>{note.title}</a>
                <br />
                <span className="meta">
                  {t.rich("readerPairNotes.writtenOn", { words: () => <span lang={fr}>{note.exact}</span>, version: () => <span lang={fr}>{writtenOn.title}</span>, date: versionDate(writtenOn, language) })}
                </span>
              </th>
              {/* A version before the note's own: it does not comment it, its words are not shown there. */}
              <td>{cell(from, fromWritten, fromOfficial, "from", note.slug, note.exact)}</td>
              <td>{cell(to, toWritten, toOfficial, "to", note.slug, note.exact)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
