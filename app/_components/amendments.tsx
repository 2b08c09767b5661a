import type { AmendmentRow } from "@/lib/texts/data";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { citation } from "@/lib/legal-text/cite";
import { typeset, typesetIn } from "@/lib/legal-text/typography";
import { translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { formatDate } from "./format";

/** The actions Justel's marks name, each with a name in the catalogs. */
const ACTIONS = ["inserted", "replaced", "repealed", "amended", "restored", "completed", "renumbered", "annulled"] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (action: string): action is Action => (ACTIONS as readonly string[]).includes(action);

/** The amendment history of a consolidated text's provisions, as Justel's marks state it: which act
 * changed each provision, by which article, in force from when. Nothing when the version has none.
 * `language` is the interface's, given by the page (a plain component: the import's tests render
 * it outside a request); `lang` is the version's, whose quoted words keep their own typography. */
export function AmendmentHistory({ rows, tree, language = "fr", lang = "fr" }: { rows: readonly AmendmentRow[]; tree: readonly ProvisionNode[]; language?: Language; lang?: string }) {
  if (rows.length === 0) return null;
  const t = translator(language);
  // The interface's sentences are typeset the French way in French only.
  const set = (words: string) => typesetIn(words, language);
  return (
    <section aria-labelledby="modifications-h">
      <h2 id="modifications-h">{t("readerAmendments.title")}</h2>
      <p>{t("readerAmendments.lede")}</p>
      <ul className="amendments">
        {rows.map((a, i) => (
          <li key={i}>
            <a href={`#${a.provision.pathId}`}>{set(citation(tree, a.provision.pathId, language))}</a>
            {set(
              [
                t("readerAmendments.by", { action: isAction(a.action) ? t(`readerAmendments.action.${a.action}`) : a.action, act: a.actType, date: formatDate(a.actDate, "day", language) }),
                a.actDossier ? t("readerAmendments.dossier", { dossier: a.actDossier }) : "",
                a.article ? t("readerAmendments.article", { article: a.article }) : "",
                a.inForce ? t("readerAmendments.inForce", { date: formatDate(a.inForce, "day", language) }) : "",
              ].join(""),
            )}
            {a.words ? <> — <q lang={lang === language ? undefined : lang}>{typeset(a.words, { language: lang })}</q></> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
