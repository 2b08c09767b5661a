import type { ReactNode } from "react";
import type { Change } from "@/lib/diff/types";
import { notCitedReading, type NotCitedBecause, type PairLines, type QuotedSides } from "@/lib/diff/elision";
import { sideText } from "@/lib/diff/words/diff-words";
import type { TextStatus } from "@/lib/legal-text/types";
import { typeset } from "@/lib/legal-text/typography";
import type { Translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

/** The interface's words as the diff writes them among the law's: `lang` marks them when the words
 * around are in another language. */
interface Voice {
  t: Translator;
  lang: Language | undefined;
}

/** A passage to highlight, as offsets in the text of the side shown (from: equal+delete, to: equal+insert). */
export interface SideHighlight {
  slug: string;
  start: number;
  end: number;
}

function ChangeSpan({ op, children, k, move, voice }: { op: Change["op"]; children: ReactNode; k: string; move?: Change["move"]; voice: Voice }) {
  if (op === "equal") return <span key={k}>{children}</span>;
  const Tag = op === "delete" ? "del" : "ins";
  const { t, lang } = voice;
  const kind = move ? (op === "delete" ? "movedAway" : "movedHere") : op;
  return (
    <Tag key={k} className={`chg${move ? " moved" : ""}`} id={move ? `${move.id}-${op === "delete" ? "from" : "to"}` : undefined}>
      <span className="sr-only" lang={lang}>{t("readerDiff.start", { kind })} </span>
      {children}
      <span className="sr-only" lang={lang}> {t("readerDiff.end", { kind })}</span>
      {move ? (
        <a className="move-link" href={`#${move.id}-${op === "delete" ? "to" : "from"}`} lang={lang}>
          {/* French « voir » reads right before any number (Art. 5, Article 1er, Chapitre II), where « vers l’… » does not */}
          {t("readerDiff.moveLink", { kind, target: move.other.number ?? move.other.id })}
        </a>
      ) : null}
    </Tag>
  );
}

/** Cuts a change's text where it meets the highlighted passage. `text` is typeset already (same
 * length as the stored words: the offsets hold). */
function withHighlight(text: string, at: number, hl: SideHighlight | undefined, key: string, voice: Voice): ReactNode {
  if (!hl || hl.end <= at || hl.start >= at + text.length) return text;
  const a = Math.max(0, hl.start - at);
  const b = Math.min(text.length, hl.end - at);
  return (
    <>
      {text.slice(0, a)}
      <a href={`#note-${hl.slug}`} className="hl is-target" key={key}>
        {hl.start >= at ? <span className="sr-only" lang={voice.lang}>{voice.t("readerHighlight.start")} </span> : null}
        <mark>{text.slice(a, b)}</mark>
        {hl.end <= at + text.length ? <span className="sr-only" lang={voice.lang}> {voice.t("readerHighlight.end")}</span> : null}
      </a>
      {text.slice(b)}
    </>
  );
}

/**
 * Words facing a quotation's omission mark (lib/diff/elision.ts) are not known to have changed:
 * they are shown as « non cité ensuite » (the newer source leaves them out) or « non cité avant »
 * (the older one did), never struck out or underlined, and the mark itself as plain text. In the
 * inline view, which reads as the newer text, the older words its quotation leaves out stand in
 * brackets as « mots d’avant, non cités ici »: between the newer quotation's « », unbracketed, they
 * read as words it quotes.
 */
function ElidedSpan({ when, inline, because, children, voice }: { when: "later" | "earlier"; inline: boolean; because: NotCitedBecause; children: ReactNode; voice: Voice }) {
  const { t, lang } = voice;
  const older = when === "later" && inline;
  // Facing our summary, the other version's words are not known at all here: the label says so.
  const summary = because === "summary" ? "yes" : "no";
  return (
    <span className="elided">
      <span className="passage-label elided-label" aria-hidden="true" lang={lang}>{t("readerDiff.notCited", { when: older ? "older" : when, summary })}</span>
      <span className="sr-only" lang={lang}>{t("readerDiff.notCitedWhy", { when, summary })} </span>
      {older ? <span aria-hidden="true">[</span> : null}
      {children}
      {older ? <span aria-hidden="true">]</span> : null}
      <span className="sr-only" lang={lang}> {t("readerDiff.notCitedEnd")}</span>
    </span>
  );
}

/**
 * Word changes as <del>/<ins>, marked by more than colour (strike-through, underline, brackets) and
 * announced to screen readers ("début de suppression … fin de suppression").
 * `lines` gives the status of each line of the side shown: words that are not the law's own
 * stand after a visible label (Résumé / Extrait cité), as on the version page, written before the
 * first words of each line and wherever the status changes, never twice in a row. In the inline
 * view `lines` are the newer text's and `fromLines` the older text's: a deleted passage whose line
 * had another status in the older version carries that label, so that a struck-out quotation is
 * never read as our summary, nor the reverse.
 */
export async function DiffText(props: DiffTextProps) {
  const { language, t } = await interfaceOf();
  return <DiffWords {...props} t={t} language={language} />;
}

export interface DiffTextProps {
  changes: Change[];
  side: "from" | "to" | "inline";
  highlight?: SideHighlight;
  lines?: TextStatus[];
  fromLines?: TextStatus[];
  present?: boolean;
  official?: boolean;
  quoted?: QuotedSides;
  pairLines?: PairLines;
  /** The language of the compared words (a version's « fr », « nl »); absent: French. French
   * spacing is typeset on French words only. */
  lang?: string;
}

/** DiffText with the interface's words given: `t` speaks `language`. */
export function DiffWords({ changes: given, side, highlight, lines, fromLines, present, official, quoted, pairLines, lang: wordsLanguage = "fr", t, language }: DiffTextProps & { t: Translator; language: Language }) {
  const voice: Voice = { t, lang: language === wordsLanguage ? undefined : language };
  // Which sides are quotations: given by the caller, or read off the lines this view has.
  const anyQuoted = (statuses: TextStatus[] | undefined) => statuses === undefined || statuses.some((st) => st !== "official");
  const sides = quoted ?? { from: anyQuoted(side === "inline" ? fromLines : side === "from" ? lines : undefined), to: anyQuoted(side === "from" ? undefined : lines) };
  // Both sides' lines: given (a column), or those of the inline view.
  const both = pairLines ?? (side === "inline" && lines && fromLines ? { from: fromLines, to: lines } : undefined);
  const reading = notCitedReading(given, sides, both);
  const { changes } = reading;
  const parts = changes.filter((c) => c.op === "equal" || side === "inline" || (side === "from" ? c.op === "delete" : c.op === "insert"));
  // Each column reads its own version's wording (a noise filter keeps the older one in `old`).
  const textOf = (c: Change) => sideText(c, side === "from" ? "from" : "to");
  if (parts.length === 0 || parts.every((c) => textOf(c) === "")) {
    // A provision that is there with no words of its own (a chapter: its heading only) is not
    // absent; one missing from a version known only in part may be in its real text.
    const empty = present ? t("readerDiff.headingOnly") : official === false ? t("readerDiff.absentKnown") : t("readerDiff.absent");
    return <div className="diff-text empty" lang={voice.lang}>{empty}</div>;
  }
  let at = 0;
  let line = 0; // line of the side shown (inline: of the newer text)
  let oldLine = 0; // inline only: line of the older text
  // A label written where the status changes inside a line (a struck summary line, then the
  // quotation that replaced it) stands apart from the words before it, not glued to them.
  const label = (status: TextStatus | undefined, key: string, midLine: boolean) => {
    return status && status !== "official" ? <span key={key} className={`passage-label line-${status}${midLine ? " mid-line" : ""}`} lang={voice.lang}>{t(`readerPassage.${status}`)}</span> : null;
  };
  const elided = reading.notCited;
  // The words as shown, typeset run by run with the characters around each run (never the stored
  // words: a diff's offsets and highlights are read on them).
  const shownText = parts.map(textOf).join("");
  const out: ReactNode[] = [];
  // The status whose label the words being written stand under (null at the start of a line: its
  // label is written before its first words, not at the break). A label is written only where the
  // status changes, so that a line whose first words are a struck passage of another status never
  // reads « Résumé Extrait cité [-…-] Résumé » with the first label applying to nothing.
  let shown: TextStatus | null = null;
  parts.forEach((c, i) => {
    // Inline: deletions follow the older text's lines, the rest the newer text's.
    const older = side === "inline" && c.op === "delete";
    const pieces = textOf(c).split("\n");
    // A change spanning lines is cut at each line break: the break and the next line's label stand
    // outside the <del>/<ins>, so that a label is never struck or underlined with the words. (A moved
    // passage stays whole: its element carries the id its twin links to.)
    const elision = elided.get(c);
    const op = elision === "mark" ? "equal" : c.op; // the omission mark reads as plain text
    const cut = op !== "equal" && !c.move;
    let nodes: ReactNode[] = [];
    let segment = 0;
    const flush = () => {
      if (nodes.length > 0) {
        const k = `${i}-${segment}`;
        out.push(elision === "later" || elision === "earlier" ? <ElidedSpan key={k} when={elision} inline={side === "inline"} because={reading.because.get(c) ?? "omission"} voice={voice}>{nodes}</ElidedSpan> : <ChangeSpan key={k} k={k} op={op} move={c.move} voice={voice}>{nodes}</ChangeSpan>);
      }
      nodes = [];
      segment++;
    };
    const outside = (node: ReactNode) => (cut ? out.push(node) : nodes.push(node));
    pieces.forEach((piece, j) => {
      if (j > 0) {
        if (cut) flush();
        outside("\n");
        if (older) oldLine++;
        else {
          line++;
          if (side === "inline" && c.op === "equal") oldLine++;
        }
        shown = null;
        at += 1;
      }
      if (piece !== "") {
        const status = (older && fromLines ? fromLines[oldLine] : lines?.[line]) ?? "official";
        if (status !== shown) {
          // Mid-line, a real space too: copied text and screen readers must not glue the label to
          // the word before it (« canal.Extrait cité »).
          if (shown !== null) outside(" ");
          outside(label(status, `l${i}-${j}`, shown !== null));
        }
        shown = status;
      }
      if (piece !== "" || !cut) nodes.push(<span key={`p${i}-${j}`}>{withHighlight(typeset(piece, { before: shownText.slice(Math.max(0, at - 1), at), after: shownText.slice(at + piece.length, at + piece.length + 1), language: wordsLanguage }), at, side === "inline" ? undefined : highlight, `h${i}-${j}`, voice)}</span>);
      at += piece.length;
    });
    flush();
  });
  // The law's words carry their own language, whatever the page's (the interface's words inside
  // are marked with the page's by `voice.lang`).
  return <div className="diff-text" lang={wordsLanguage}>{out}</div>;
}
