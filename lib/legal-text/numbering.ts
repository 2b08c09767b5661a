// Belgian numbering: which words open a division, an article, a §, a point or a littera, and how
// each number becomes a stable id part ("art-13-1") and a displayed number ("Art. 13/1").
// French is the reference; the Dutch and German words of the same structure are recognised too,
// since official texts exist in the three languages and ids must not depend on the language.
import type { ProvisionKind } from "./types";

export type DivisionKind = Extract<
  ProvisionKind,
  "book" | "part" | "title" | "chapter" | "section" | "subsection"
>;

export interface Marker {
  kind: Exclude<ProvisionKind, "alinea">;
  /** Path id part: "chap-2", "art-13-1", "par-1", "pt-3bis", "lit-a". */
  idPart: string;
  /** Displayed number: "Chapitre II", "Art. 13/1", "§ 1er", "3°bis", "a)". */
  number: string;
  /** The words after the number and its separator ("" when none). */
  rest: string;
}

export interface RecogniseOptions {
  /** A Markdown heading: a plain space may separate an article's number from its heading. */
  heading: boolean;
  /**
   * Division words count in any case (headings, plain text) or only in capitals, the way an
   * official text prints them inside running Markdown ("CHAPITRE II. - …"), where a wrapped line
   * starting with "Chapitre 2 de la loi" is ordinary prose.
   */
  divisions: "any" | "capitals";
}

const NOT_NORMAL = /[\u00ad\u200b\u200c\u200d\u2060]|[^\S ]|\s\s|^\s|\s$/;

/**
 * One regular space for every run of whitespace, including the no-break spaces French typography
 * puts after « and § (U+00A0, U+202F), and no invisible characters (soft hyphen, zero-width
 * spaces) that web pages leave behind: versions typed by different hands must compare equal.
 */
export function normaliseSpace(text: string): string {
  // Most lines are already normal (recognise sees each one several times): keep them as they are
  // rather than allocate two copies.
  if (!NOT_NORMAL.test(text)) return text;
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Longest first, so that "quater" does not stop "quaterdecies" short.
const LATIN = [
  "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "nonies",
  "decies", "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies", "sexdecies",
  "septdecies", "octodecies", "novodecies", "vicies",
].sort((a, b) => b.length - a.length).join("|");

/** The id part of « Art. ? » (tree.ts numbers them within a version: art-inconnu-1, -2…). */
export const UNKNOWN_ARTICLE = "art-inconnu";

const END = "(?![\\p{L}\\p{N}])";
const ORDINAL = "(er|re|ère)?";
// Groups: word, digits ("13/1", "1:1"), ordinal, latin suffix, a number spelled out, or « ? »
// (the real number is not known).
const ARTICLE_NUMBER = `(\\d+(?:[/:.\\-]\\d+)*)${ORDINAL}(?:\\s?(${LATIN}))?`;
const ARTICLE = new RegExp(
  `^(article|artikel|art\\.|art)\\s?(?:${ARTICLE_NUMBER}|(premier|première|unique)|(\\?))${END}`,
  "iu",
);
const PARAGRAPH = new RegExp(`^§\\s?(\\d+(?:/\\d+)*)(er|re)?(?:\\s?(${LATIN}))?${END}`, "iu");
const POINT = new RegExp(`^(\\d{1,3})[°º](?:/(\\d+))?(?:\\s?(${LATIN}))?${END}`, "iu");
const LITTERA = /^([a-z]{1,2})\)/u;
const DIVISION_WORDS =
  "sous[-\u2010\u2011 ]section|onderafdeling|unterabschnitt|livre|boek|buch|partie|deel|teil|" +
  "titre|titel|chapitre|hoofdstuk|kapitel|section|afdeling|abschnitt";
// Groups: word, digits (arabic or roman), ordinal, inserted ("/1"), latin suffix, or spelled out.
const DIVISION_NUMBER = `(\\d+|[ivxlcdm]+)${ORDINAL}((?:/\\d+)*)(?:\\s?(${LATIN}))?`;
const DIVISION = new RegExp(
  `^(${DIVISION_WORDS})\\s(?:${DIVISION_NUMBER}|(premier|première|préliminaire|unique))${END}`,
  "iu",
);

const DIVISION_KINDS: Record<string, DivisionKind> = {
  livre: "book", boek: "book", buch: "book",
  partie: "part", deel: "part", teil: "part",
  titre: "title", titel: "title",
  chapitre: "chapter", hoofdstuk: "chapter", kapitel: "chapter",
  section: "section", afdeling: "section", abschnitt: "section",
  "sous-section": "subsection", onderafdeling: "subsection", unterabschnitt: "subsection",
};

const DIVISION_PREFIX: Record<DivisionKind, string> = {
  part: "part", book: "book", title: "title", chapter: "chap", section: "sec", subsection: "subsec",
};

/** Nesting order: a division only ever contains divisions of a greater rank (Code judiciaire order). */
export const DIVISION_RANK: Record<DivisionKind, number> = {
  part: 0, book: 1, title: 2, chapter: 3, section: 4, subsection: 5,
};

export function isDivisionKind(kind: ProvisionKind): kind is DivisionKind {
  return kind in DIVISION_RANK;
}

/** Recognises the structural marker a block starts with, or null for running text. */
export function recognise(text: string, options: RecogniseOptions): Marker | null {
  const line = normaliseSpace(text);
  return (
    recogniseDivision(line, options) ??
    recogniseArticle(line, options.heading) ??
    recogniseParagraph(line, options.heading) ??
    recognisePoint(line) ??
    recogniseLittera(line)
  );
}

/**
 * What may follow a number: nothing, ". " (then the first words), a dash or a colon (". - ", " — ",
 * ": "), or in a heading a plain space. Justel also glues a full stop to what opens the words
 * (« Art. 5.[1 Toute… », « Art. 488bis.(Voir NOTE…) », « Art. 37ter.§ 1er », « Art. 52.La
 * tentative… »): a bracket, a parenthesis, a « § » or a capital right after the stop starts them
 * too. Anything else ("Art. 13, § 2",
 * "Article 3 de la loi") is a reference inside prose, not a marker.
 */
function afterNumber(tail: string, heading: boolean): string | null {
  if (tail === "") return "";
  const separated = /^(?:\.?\s*[-\u2013\u2014]+|\s*:|\.)(?:\s+|$|(?<=\.)(?=[[(§\p{Lu}]))/u.exec(tail);
  if (separated) return tail.slice(separated[0].length);
  if (heading && tail.startsWith(" ")) return tail.slice(1);
  return null;
}

function recogniseDivision(line: string, options: RecogniseOptions): Marker | null {
  const m = DIVISION.exec(line);
  const word = m?.[1];
  if (!m || word === undefined) return null;
  if (options.divisions === "capitals" && word !== word.toUpperCase()) return null;
  const rest = afterNumber(line.slice(m[0].length), options.heading);
  const kind = DIVISION_KINDS[word.toLowerCase().replace(/[\u2010\u2011 ]/g, "-")];
  if (rest === null || kind === undefined) return null;
  const [digits, ordinal, inserted, latin, spelled] = [m[2], m[3], m[4] ?? "", m[5], m[6]];
  const value = spelled !== undefined ? spelledNumber(spelled) : digitsValue(digits ?? "");
  if (value === null) return null;
  const suffix = latin?.toLowerCase() ?? "";
  const shown = spelled?.toLowerCase() ?? displayDigits(digits ?? "", ordinal) + inserted;
  const gap = latin !== undefined && m[0].endsWith(` ${latin}`) ? " " : "";
  return {
    kind,
    idPart: `${DIVISION_PREFIX[kind]}-${value}${inserted.replaceAll("/", "-")}${suffix}`,
    number: `${capitalise(word)} ${shown}${gap}${suffix}`,
    rest,
  };
}

function recogniseArticle(line: string, heading: boolean): Marker | null {
  const m = ARTICLE.exec(line);
  const word = m?.[1];
  if (!m || word === undefined) return null;
  const rest = afterNumber(line.slice(m[0].length), heading);
  if (rest === null) return null;
  const [digits, latin, spelled, unknown] = [m[2], m[4], m[5], m[6]];
  const shownWord = /^art\.?$/i.test(word) ? "Art." : capitalise(word);
  // « Art. ? »: an article whose real number the sources do not give. A stand-in number would be
  // cited as if it were real.
  if (unknown !== undefined) return { kind: "article", idPart: UNKNOWN_ARTICLE, number: `${shownWord} ?`, rest };
  if (spelled !== undefined) {
    const number = `${shownWord} ${spelled.toLowerCase()}`;
    return { kind: "article", idPart: `art-${spelledNumber(spelled)}`, number, rest };
  }
  const written = m[0].slice(word.length).trim();
  return {
    kind: "article",
    idPart: `art-${(digits ?? "").replace(/[/:.-]/g, "-")}${latin?.toLowerCase() ?? ""}`,
    number: `${shownWord} ${written.toLowerCase()}`,
    rest,
  };
}

function recogniseParagraph(line: string, heading: boolean): Marker | null {
  const m = PARAGRAPH.exec(line);
  if (!m) return null;
  const rest = afterNumber(line.slice(m[0].length), heading);
  if (rest === null) return null;
  const [digits, latin] = [m[1] ?? "", m[3]];
  return {
    kind: "paragraph",
    idPart: `par-${digits.replaceAll("/", "-")}${latin?.toLowerCase() ?? ""}`,
    number: `§ ${m[0].slice(1).trim().toLowerCase()}`,
    rest,
  };
}

function recognisePoint(line: string): Marker | null {
  const m = POINT.exec(line);
  if (!m) return null;
  const tail = line.slice(m[0].length);
  if (tail !== "" && !tail.startsWith(" ")) return null;
  const [digits, inserted, latin] = [m[1] ?? "", m[2], m[3]];
  return {
    kind: "point",
    idPart: `pt-${digits}${inserted === undefined ? "" : `-${inserted}`}${latin?.toLowerCase() ?? ""}`,
    number: m[0].toLowerCase(),
    rest: tail.trim(),
  };
}

function recogniseLittera(line: string): Marker | null {
  const m = LITTERA.exec(line);
  const letters = m?.[1];
  if (!m || letters === undefined) return null;
  const tail = line.slice(m[0].length);
  if (tail !== "" && !tail.startsWith(" ")) return null;
  return { kind: "littera", idPart: `lit-${letters}`, number: m[0], rest: tail.trim() };
}

const ROMAN = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** "II" → 2, "xiv" → 14; null when the letters are not a well-formed numeral. */
export function romanToNumber(roman: string): number | null {
  if (roman === "" || !ROMAN.test(roman)) return null;
  const values = [...roman.toLowerCase()].map((c) => ROMAN_VALUES[c] ?? 0);
  return values.reduce((sum, v, i) => sum + (v < (values[i + 1] ?? 0) ? -v : v), 0);
}

function digitsValue(digits: string): number | null {
  return /^\d+$/.test(digits) ? Number(digits) : romanToNumber(digits);
}

/** premier → 1; préliminaire and unique keep a word, since they have no number to give. */
function spelledNumber(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith("premi")) return "1";
  return lower === "unique" ? "unique" : "prelim";
}

/** Roman numerals in capitals and ordinal endings in small letters: "IER" → "Ier", "1RE" → "1re". */
function displayDigits(digits: string, ordinal: string | undefined): string {
  const shown = /^\d+$/.test(digits) ? digits : digits.toUpperCase();
  return shown + (ordinal?.toLowerCase() ?? "");
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The formula after an act's last article ("Promulguons le présent décret…", "Kondigen deze
 * ordonnantie af…"): what follows it (place, date, signatures) belongs to no article.
 */
export function isClosingFormula(text: string): boolean {
  return /^(?:promulguons|kondigen|donné à|gegeven te)(?![\p{L}])/iu.test(normaliseSpace(text));
}
