"use client";

import { useEffect, useState } from "react";
import { textDirective } from "@/lib/anchoring/text-fragment";
import { selectionInOneParagraph, wordsOf } from "./selection-helper.client";

interface Passage {
  words: string;
  fr: string;
  url: string;
}

/** The words of the paragraph `p` before (or after) a point, as the reader sees them. */
function around(p: Element, node: Node, offset: number, side: "before" | "after"): string {
  const range = document.createRange();
  range.selectNodeContents(p);
  if (side === "before") range.setEnd(node, offset);
  else range.setStart(node, offset);
  return wordsOf(range);
}

/** The box's own words, in the interface's language; `referenceLang` marks the French reference
 * on a page in another language. */
export interface PassageCiteWords {
  title: string;
  copy: string;
  close: string;
  copied: string;
  referenceLang: string | undefined;
}

/**
 * « Citer ce passage »: where JavaScript runs, words selected in one provision are offered as a
 * quotation with the provision's full reference (the one its « Citer » box gives, read from that
 * box) and a permalink that opens on the words themselves (a text fragment after the provision's
 * id, so a browser without text fragments still opens on the provision). Without JavaScript each
 * provision's own « Citer » box remains.
 */
export function PassageCiteClient({ words: said }: { words: PassageCiteWords }) {
  const [passage, setPassage] = useState<Passage | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const onSelect = () => {
      const selected = selectionInOneParagraph();
      if (!selected) return;
      const { range, p } = selected;
      const box = p.parentElement?.querySelector<HTMLElement>(":scope > details.cite");
      // The words quoted are the page's (French): so is the reference given with them.
      const { ref, url } = box?.dataset ?? {};
      if (!ref || !url) return;
      const words = wordsOf(range).replace(/\s+/gu, " ").trim();
      if (!words) return;
      const fragment = textDirective(words, around(p, range.startContainer, range.startOffset, "before"), around(p, range.endContainer, range.endOffset, "after"));
      setPassage({ words, fr: ref, url: `${url}${fragment}` });
      setCopied(false);
    };
    document.addEventListener("selectionchange", onSelect);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, []);
  const fr = passage ? `«\u00a0${passage.words}\u00a0», ${passage.fr}, ${passage.url}` : "";
  const copy = () => {
    void navigator.clipboard?.writeText(fr).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <div aria-live="polite" className="no-print">
      {passage ? (
        <section className="passage-cite" aria-labelledby="passage-cite-h">
          <h2 id="passage-cite-h">{said.title}</h2>
          <p className="cite-ref" lang={said.referenceLang} data-lang="fr">
            {/* A French citation: French guillemets, whatever the interface's language. */}
            {`«\u00a0${passage.words}\u00a0», ${passage.fr}, `}
            <a href={passage.url}>{passage.url}</a>
          </p>
          <p className="passage-cite-tools">
            <button type="button" onClick={copy}>{said.copy}</button>{" "}
            <button type="button" className="link-button" onClick={() => setPassage(null)}>{said.close}</button>
            {copied ? <span className="meta"> {said.copied}</span> : null}
          </p>
        </section>
      ) : null}
    </div>
  );
}
