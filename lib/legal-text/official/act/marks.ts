// Justel's amendment marks inside a line → the line's words without them, and the marks read:
// « <Inséré par L 1999-05-04/60, art. 4; En vigueur : 02-07-1999> », « <L 17-04-1986, art. 2> »,
// numbered brackets « [1 … ]1 » around changed words, and the notes « (1)<L …> » they point to.
// A <…> that reads like a mark but not in this grammar stays out of the words and is reported.
import { numericDate } from "../dates";
import type { ActReference, AmendmentAction } from "../types";

export interface ParsedMark {
  action: AmendmentAction;
  act: ActReference;
  article: string | null;
  inForce: string | null;
}

export interface FoundMark {
  raw: string;
  /** null: it looks like a mark, but its grammar is not known. */
  parsed: ParsedMark | null;
  /** Where it stood in `raw` of the stripped line. */
  offset: number;
}

export interface BracketEvent {
  n: number;
  open: boolean;
  offset: number;
}

export interface Stripped {
  /** The line without marks and brackets, spaces not yet normalised (offsets point into it). */
  raw: string;
  marks: FoundMark[];
  brackets: BracketEvent[];
}

const ACTIONS: Array<[RegExp, AmendmentAction]> = [
  [/^(?:insér|ingevoegd)/, "inserted"], [/^(?:remplac|vervangen)/, "replaced"],
  [/^(?:abrog|opgeheven)/, "repealed"], [/^(?:modifi|gewijzigd)/, "amended"],
  [/^(?:rétabli|hersteld)/, "restored"], [/^(?:complét|aangevuld)/, "completed"],
  [/^(?:renumérot|hernummerd)/, "renumbered"], [/^(?:annul|vernietigd)/, "annulled"],
];

const MARK = new RegExp(
  [
    "^(?:(\\p{L}+)\\s+(?:par|bij|door)\\s+)?", // action: « Inséré par », « Ingevoegd bij », « hersteld door »
    "(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,7})\\s+(\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4})(?:\\/(\\d+))?", // L 1999-05-04/60
    // art. 4; or the single article of a one-article act: « enig art., 2° », « article unique »
    "(?:\\s*,\\s*(?:((?:enig|unique)\\s+art(?:icle|ikel)?\\.?(?:\\s*,\\s*\\d+°)?|art(?:icle|ikel)?\\.?\\s+unique)|art(?:icle|ikel)?s?\\.?\\s*(.+?)))?",
    "(?:\\s*,\\s*(\\d{3}))?", // Justel's version number: 005
    "(?:\\s*;\\s*(?:en vigueur|inwerkingtreding)\\s*:?\\s*(.+?))?\\s*$", // En vigueur : 02-07-1999
  ].join(""),
  "u",
);

/** A mark's words → what it says, or null when they do not follow Justel's grammar. */
export function parseMark(raw: string): ParsedMark | null {
  const m = MARK.exec(raw.trim().replace(/en vigueur|inwerkingtreding/giu, (w) => w.toLowerCase()));
  if (!m) return null;
  const [word, type, date, dossier, single, numbered, , inForce] = m.slice(1);
  const article = single ?? numbered;
  const action = word === undefined ? "amended" : actionOf(word);
  const iso = numericDate(date ?? "");
  if (action === null || iso === null || type === undefined) return null;
  return {
    action,
    act: { type, date: iso, dossier: dossier ?? null },
    article: article?.trim() ?? null,
    inForce: inForce === undefined ? null : numericDate(inForce.trim()),
  };
}

function actionOf(word: string): AmendmentAction | null {
  const lower = word.toLowerCase();
  return ACTIONS.find(([stem]) => stem.test(lower))?.[1] ?? null;
}

/** Whether <…> holds a mark, not a « < » of running text: a capitalised word and a digit
 * (« <L 17-04-1986, art. 2> »), or an action word in small letters before an act's date, as
 * Justel also writes them (« <inséré par L 2003-08-05/32, art. 6; … > », « <rétabli par … > »). */
function looksLikeMark(inner: string): boolean {
  if (!/\d/.test(inner)) return false;
  return /^\s*\p{Lu}/u.test(inner) || LOWER_ACTION.test(inner);
}

const LOWER_ACTION = new RegExp(`^\\s*(?:${ACTIONS.map(([stem]) => stem.source.replace(/^\^/, "")).join("|")})\\p{L}*\\s+(?:par|bij|door)\\s`, "u");

const TOKENS = /<([^<>\n]{1,400})>|\[(\d{1,2})(?=\s)\s*|\s*\](\d{1,2})(?!\d)/gu;

export function stripMarks(text: string): Stripped {
  const marks: FoundMark[] = [];
  const brackets: BracketEvent[] = [];
  let raw = "";
  let last = 0;
  for (const m of text.matchAll(TOKENS)) {
    const [whole, inner, open, close] = m;
    if (inner !== undefined && !looksLikeMark(inner)) continue;
    raw += text.slice(last, m.index);
    last = m.index + whole.length;
    if (inner !== undefined) {
      marks.push({ raw: inner.trim(), parsed: parseMark(inner), offset: raw.length });
      raw += " ";
    } else {
      brackets.push({ n: Number(open ?? close), open: open !== undefined, offset: raw.length });
      // « Art. 5.[1 Toute… »: the bracket alone parts the label from the words; a space keeps
      // them apart once it is gone (spaces are normalised afterwards).
      if (open !== undefined) raw += " ";
    }
  }
  return { raw: raw + text.slice(last), marks, brackets };
}

/**
 * « (1)<L 2005-12-27/31, art. 2, 012; En vigueur : 09-01-2006> »: the note a bracket points to.
 * Justel may add its own remark after the mark (« (NOTE : par son arrêt n° 148/2017 … la Cour
 * constitutionnelle a annulé l'article 6) »): kept as `remark`, since it changes how the words
 * read; a doubled closing « >> », as printed on some pages, still ends the mark.
 */
export function noteLine(text: string): { n: number; raw: string; remark: string | null } | null {
  const m = /^\((\d{1,2})\)\s*<([^<>]+)>+\s*(.*)$/u.exec(text);
  if (!m) return null;
  const remark = (m[3] ?? "").trim();
  return { n: Number(m[1]), raw: (m[2] ?? "").trim(), remark: remark === "" ? null : remark };
}

/** Justel's rule between an article and its notes. */
export function isNoteRule(text: string): boolean {
  return /^-{3,}$/.test(text);
}
