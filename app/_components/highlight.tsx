import type { ReactNode } from "react";
import { typeset, typesetIn } from "@/lib/legal-text/typography";
import type { Translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

export interface Mark {
  slug: string;
  start: number;
  end: number;
  changed: boolean;
  /** The note's title, named in what screen readers hear where its words start and end. */
  title?: string;
}

/** The interface's words among the law's: `t` speaks `language`, written with `lang` when the
 * words around are in another language. */
export interface HighlightVoice {
  t: Translator;
  language: Language;
}

/** What a screen reader hears at a passage's start or end: which note, when passages overlap. */
function said(edge: "start" | "end" | "title", marks: readonly Mark[], { t, language }: HighlightVoice): string {
  const words = marks.map((m) => (edge === "title" ? t("readerHighlight.noteTitle", { title: m.title ?? "" }) : m.title ? t(`readerHighlight.${edge}Named`, { title: m.title }) : t(`readerHighlight.${edge}`))).join(" ");
  return typesetIn(words, language);
}

/**
 * Splits a provision's text at every mark boundary; each piece covered by a note becomes a <mark>,
 * and a small « note » link follows the last word of each note's passage. The words themselves are
 * not a link, so that an editor can select them to annotate them again. Screen readers hear where
 * each note's words start and end, by its title: two passages starting at the same word are both
 * announced, and the end of one passage inside another says which ended.
 * `links: false` where the notes are not on the page (a note's own page shows its clause).
 */
export async function Highlighted(props: HighlightedProps) {
  const { language, t } = await interfaceOf();
  return <HighlightedWords {...props} voice={{ t, language }} />;
}

export interface HighlightedProps {
  text: string;
  marks: Mark[];
  target?: string;
  links?: boolean;
  /** The language of `text` (a version's « fr », « nl »); absent: French. */
  lang?: string;
}

/** Highlighted, with the interface's words given. */
export function HighlightedWords({ text, marks, target, links = true, lang: wordsLanguage = "fr", voice }: HighlightedProps & { voice: HighlightVoice }): ReactNode {
  // Typeset as shown (same length: the marks' offsets hold); the stored words are left as they are.
  const shown = typeset(text, { language: wordsLanguage });
  const lang = voice.language === wordsLanguage ? undefined : voice.language;
  if (marks.length === 0) return lang ? <span lang={wordsLanguage}>{shown}</span> : shown;
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = shown.slice(from, to);
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const first = covering[0];
    if (!first) {
      out.push(piece);
      continue;
    }
    const opens = covering.filter((m) => m.start === from);
    // Passages ending together end inside-first: the one that started last is told first.
    const closes = covering.filter((m) => m.end === to).sort((x, y) => y.start - x.start);
    const isTarget = covering.some((m) => m.slug === target);
    // An empty anchor where each note's words start: links land on the words, not on the commentary.
    for (const m of opens) out.push(<span key={`at-${m.slug}`} id={`hl-${m.slug}`} className="hl-anchor" />);
    // The announcements stand beside the <mark>, so that it holds the words and nothing else.
    if (opens.length > 0) out.push(<span key={`open-${from}`} className="sr-only" lang={lang}>{said("start", opens, voice)} </span>);
    out.push(
      <mark key={from} className={`hl${isTarget ? " is-target" : ""}${first.changed ? " hl-changed" : ""}`} data-notes={covering.map((m) => m.slug).join(" ")}>
        {piece}
      </mark>,
    );
    if (closes.length > 0) out.push(<span key={`close-${to}`} className="sr-only" lang={lang}> {said("end", closes, voice)}</span>);
    if (links) for (const m of closes) out.push(<NoteLink key={`to-${m.slug}`} mark={m} voice={voice} lang={lang} />);
  }
  // On a page in another language the law's words say their own.
  return lang ? <span lang={wordsLanguage}>{out}</span> : out;
}

/** The way from a passage to its commentary, beside the words rather than around them. */
function NoteLink({ mark, voice, lang }: { mark: Mark; voice: HighlightVoice; lang: string | undefined }) {
  // The note's title is French, as notes are (the guillemets around it are the interface's).
  return (
    <sup className="hl-ref" lang={lang}>
      <a href={`#note-${mark.slug}`}>
        {voice.t("readerHighlight.note")}
        {mark.title ? <span className="sr-only" lang={voice.language === "fr" ? undefined : "fr"}>{said("title", [mark], voice)}</span> : null}
      </a>
    </sup>
  );
}
