// French typesetting of text as it is shown. Pure module.
//
// The stored words (and every offset computed on them: diffs, note anchors) keep whatever spaces
// and apostrophes their source had. What a reader sees is typeset: a narrow no-break space
// (U+202F) inside « » and before « : ; ! ? », so that a line never breaks between a guillemet or
// a colon and its word; a no-break space after « § » (« § 1er » stays whole); one apostrophe, ’.
// The pass only ever replaces one character by another: the text keeps its length, so a run
// typeset on its own keeps the offsets of the stored text.
// The spaces around guillemets and before « : ; ! ? » are French typography only: Dutch (or any
// other language's) words keep their own spacing, and get only the apostrophe and the « § » binding,
// which read the same in every language.

const NNBSP = "\u202f";
const NBSP = "\u00a0";
/** A space that may be made unbreakable: the ordinary one and the no-break ones. */
const SPACE = /[ \u00a0\u202f]/u;
const LETTER = /\p{L}/u;
/** Addresses keep their characters (a « ' » or « : » in a URL is part of it). */
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/giu;

/** The characters around a run, when it is part of a longer text (a diff's change, a highlighted
 * passage): only the last character of `before` and the first of `after` are read. */
export interface RunContext {
  before?: string;
  after?: string;
  /** The language of the words (a version's « fr », « nl »…); absent: French. */
  language?: string;
}

/** `text` typeset for French readers, same length, same letters (see the module's header). */
export function typeset(text: string, context: RunContext = {}): string {
  const before = (context.before ?? "").slice(-1);
  const after = (context.after ?? "").slice(0, 1);
  // Every replacement is one UTF-16 unit for one: the slice is exactly the run, typeset.
  return typesetWhole(before + text + after, (context.language ?? "fr") === "fr").slice(before.length, before.length + text.length);
}

/** Interface words typeset as their language writes them: French ones as `typeset` does, those of
 * another interface language as they are. */
export function typesetIn(words: string, language: string): string {
  return language === "fr" ? typeset(words) : words;
}

function typesetWhole(text: string, french: boolean): string {
  const out = text.split("");
  const protectedAt = new Set<number>();
  for (const m of text.matchAll(URL_LIKE)) for (let k = m.index; k < m.index + m[0].length; k++) protectedAt.add(k);
  const at = (k: number) => text[k] ?? "";
  for (let k = 0; k < text.length; k++) {
    if (protectedAt.has(k)) continue;
    const c = at(k);
    if (c === "'" && LETTER.test(at(k - 1)) && LETTER.test(at(k + 1))) out[k] = "’";
    else if (SPACE.test(c)) out[k] = spaceAt(text, k, out[k] ?? c, french);
  }
  return out.join("");
}

/** The space at `k`, unbreakable where typography binds it to its neighbour (the guillemets and
 * « : ; ! ? » in French words only). */
function spaceAt(text: string, k: number, current: string, french: boolean): string {
  const prev = text[k - 1] ?? "";
  const next = text[k + 1] ?? "";
  const word = (ch: string) => ch !== "" && !/\s/u.test(ch);
  if (french) {
    if (prev === "«" && word(next)) return NNBSP;
    if (next === "»" && word(prev)) return NNBSP;
    if ((next === ":" || next === ";" || next === "!" || next === "?") && word(prev) && !SPACE.test(prev)) return NNBSP;
  }
  if (prev === "§" && word(next)) return current === NNBSP ? NNBSP : NBSP;
  return current;
}
