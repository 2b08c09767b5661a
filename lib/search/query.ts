// Search queries: reading ?q=&mode= and marking the words found in a provision. Pure.
//
// The database decides which provisions match (PostgreSQL full-text search, lib/search/data.ts); the
// query is handed to it as one bound value, read by plainto_tsquery or phraseto_tsquery, never
// written into a tsquery string: « ' & | ! :* <-> \ » are punctuation here, like any other.
import { DomainError } from "../errors";

/** « phrase »: the words next to each other, in this order; « words »: every word, anywhere in the
 * provision. A phrase is the default: readers look for an expression of the law (« et/ou »). */
export const SEARCH_MODES = ["phrase", "words"] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

/** The longest search, in characters: a sentence of the law, not a page of it. */
export const MAX_QUERY_CHARS = 200;

export interface SearchQuery {
  q: string;
  mode: SearchMode;
}

/** Characters no one types into a search box (tab and line breaks read as spaces). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function refuse(message: string, forPeople: string): never {
  throw new DomainError("invalid", message, { forPeople });
}

/**
 * The search a query string asks for; null when it asks for none (no `q`, or only spaces): the
 * page then shows its form alone. Throws DomainError("invalid") for a search it cannot run, with a
 * message for the API (English) and one for the page (French).
 */
export function readSearchParams(params: URLSearchParams): SearchQuery | null {
  const modes = params.getAll("mode");
  if (modes.length > 1) refuse(`mode: expected one value, got ${modes.length}`, "Le mode de recherche est donné plusieurs fois.");
  const mode = modes[0] ?? "phrase";
  if (!(SEARCH_MODES as readonly string[]).includes(mode)) {
    refuse(`mode: expected "phrase" or "words"`, "Le mode de recherche doit être « phrase » (l’expression exacte) ou « words » (tous les mots).");
  }
  const qs = params.getAll("q");
  if (qs.length > 1) refuse(`q: expected one search, got ${qs.length}`, "La recherche est donnée plusieurs fois dans l’adresse.");
  const raw = qs[0] ?? "";
  const length = [...raw].length;
  if (length > MAX_QUERY_CHARS) {
    refuse(
      `q: expected at most ${MAX_QUERY_CHARS} characters, got ${length}`,
      `La recherche est limitée à ${MAX_QUERY_CHARS} caractères ; celle-ci en compte ${length.toLocaleString("fr-BE")}.`,
    );
  }
  if (CONTROL.test(raw)) refuse("q: holds a control character", "La recherche contient un caractère de contrôle, qui ne peut figurer dans aucun texte.");
  const q = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (q === "") return null;
  if (!WORD_CHAR.test(q)) refuse("q: expected at least one word (a letter or a digit)", "La recherche ne contient aucun mot (ni lettre ni chiffre).");
  return { q, mode: mode as SearchMode };
}

/** A word of a text: a run of letters, marks and digits, as the database's parser reads it once
 * the search folding (lib/search's migration) has turned the punctuation inside words to spaces. */
export interface Word {
  start: number;
  end: number;
  word: string;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}

/** A piece of a passage, found by the search or not. */
export interface Fragment {
  text: string;
  match: boolean;
}

/** The lexemes the database gives each word (its stem, accents and case folded). */
export type Lexemes = ReadonlyMap<string, readonly string[]>;

/**
 * `text` cut into fragments, the searched words marked: in « phrase » mode the runs of words whose
 * lexemes are the query's, in order; in « words » mode every word whose lexeme is one of them.
 */
export function markMatches(text: string, lexemes: Lexemes, query: readonly string[], mode: SearchMode): Fragment[] {
  const words = wordsOf(text);
  // Each lexeme with the word it comes from (a word may give none, or, rarely, several).
  const seq = words.flatMap((w, i) => (lexemes.get(w.word) ?? []).map((lexeme) => ({ lexeme, word: i })));
  const marked = new Set<number>();
  if (query.length > 0 && mode === "phrase") {
    for (let i = 0; i + query.length <= seq.length; i++) {
      if (query.every((lexeme, k) => seq[i + k]?.lexeme === lexeme)) for (let k = 0; k < query.length; k++) marked.add(seq[i + k]?.word ?? -1);
    }
  } else {
    const wanted = new Set(query);
    for (const { lexeme, word } of seq) if (wanted.has(lexeme)) marked.add(word);
  }
  const fragments: Fragment[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    if (!marked.has(i)) continue;
    const w = words[i] as Word;
    // Marked words next to each other (« charge disproportionnée ») make one mark with the space.
    const start = w.start;
    let end = w.end;
    while (marked.has(i + 1)) end = (words[++i] as Word).end;
    if (start > at) fragments.push({ text: text.slice(at, start), match: false });
    fragments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || fragments.length === 0) fragments.push({ text: text.slice(at), match: false });
  return fragments;
}

/** Characters of context kept on each side of a mark in a long passage. */
const CONTEXT = 90;
/** Passages up to this length are shown whole. */
const WHOLE = 400;

/** A long passage cut down to the marks and some words around them, « … » where words are left
 * out (cuts fall on spaces). */
export function clipFragments(fragments: readonly Fragment[]): Fragment[] {
  const total = fragments.reduce((n, f) => n + f.text.length, 0);
  if (total <= WHOLE) return [...fragments];
  // Found in the heading only: the start of the words, enough to recognise the provision.
  if (!fragments.some((f) => f.match)) return [{ text: `${cutAfter(fragments.map((f) => f.text).join("").slice(0, 2 * CONTEXT))} …`, match: false }];
  return fragments.map((f, i) => {
    if (f.match) return f;
    const first = i === 0;
    const last = i === fragments.length - 1;
    if (first && f.text.length > CONTEXT) return { text: `… ${cutBefore(f.text.slice(-CONTEXT))}`, match: false };
    if (last && f.text.length > CONTEXT) return { text: `${cutAfter(f.text.slice(0, CONTEXT))} …`, match: false };
    if (!first && !last && f.text.length > 2 * CONTEXT) {
      return { text: `${cutAfter(f.text.slice(0, CONTEXT))} … ${cutBefore(f.text.slice(-CONTEXT))}`, match: false };
    }
    return f;
  });
}

const cutAfter = (s: string) => s.replace(/\s+\S*$/u, "");
const cutBefore = (s: string) => s.replace(/^\S*\s+/u, "");
