// Lines of a page → the lines of the act, without the page's own furniture, and the publication
// data that furniture states. On every page: the Moniteur's running headers and the header lines
// (numac, publication, ELI…). On a Justel page also: the navigation words (« Début », « Fin »,
// « Premier mot »…), the table of contents before the text (« Art. 1-6 »), and the lists of
// modifications, archived versions and implementing decrees after it.
import { markerOf } from "../markers";
import type { PageMeta } from "../types";
import { headerMeta, mergeMeta, runningHeader } from "./page-meta";
import type { LocatedLine, ReaderWarning } from "../types";

export interface WithoutFurniture {
  lines: LocatedLine[];
  meta: PageMeta;
  justel: boolean;
  warnings: ReaderWarning[];
}

type Role = "toc" | "text" | "list" | "nav";

// Justel's navigation words, French and Dutch, each with what it announces.
const NAV: Array<[string, Role]> = [
  ["table des matières", "toc"], ["inhoudstafel", "toc"], ["inhoudsopgave", "toc"],
  ["texte", "text"], ["tekst", "text"],
  ["modification\\(s\\)", "list"], ["wijziging\\(en\\)", "list"],
  ["\\d+ versions? archivées?", "list"], ["versions? archivées?", "list"],
  ["\\d+ gearchiveerde versies?", "list"], ["gearchiveerde versies?", "list"],
  ["\\d+ arrêtés? d[’']exécution", "list"], ["arrêtés? d[’']exécution", "list"],
  ["\\d+ uitvoeringsbesluit(?:en)?", "list"], ["uitvoeringsbesluit(?:en)?", "list"],
  ["début", "nav"], ["fin", "nav"], ["begin", "nav"], ["einde", "nav"],
  ["premier mot", "nav"], ["dernier mot", "nav"], ["eerste woord", "nav"], ["laatste woord", "nav"],
  ["préambule", "nav"], ["aanhef", "nav"], ["titre", "nav"], ["titel", "nav"],
  ["signature\\(s\\)", "nav"], ["signatures?", "nav"], ["handtekening\\(en\\)", "nav"], ["handtekeningen?", "nav"],
  ["rapport au roi", "nav"], ["verslag aan de koning", "nav"],
  ["version (?:néerlandaise|française|allemande)", "nav"], ["(?:nederlandse|franse|duitse) versie", "nav"],
  ["législation consolidée", "nav"], ["geconsolideerde wetgeving", "nav"], ["justel", "nav"],
  ["haut de (?:la )?page", "nav"], ["naar boven", "nav"], ["imprimer", "nav"], ["afdrukken", "nav"],
];
const NAV_TOKEN = new RegExp(`^(?:${NAV.map(([words]) => `(${words})`).join("|")})(?![\\p{L}\\p{N}])[\\s|•·>-]*`, "iu");
const JUSTEL = /\b(?:justel|législation consolidée|geconsolideerde wetgeving)\b/iu;

/** The roles of a line made only of navigation words, or null for any other line. */
export function navRoles(text: string): Role[] | null {
  const roles: Role[] = [];
  let rest = text;
  while (rest !== "") {
    const m = NAV_TOKEN.exec(rest);
    if (!m) return null;
    const index = m.slice(1).findIndex((group) => group !== undefined);
    roles.push(NAV[index]?.[1] ?? "nav");
    rest = rest.slice(m[0].length);
  }
  return roles.length > 0 ? roles : null;
}

export function removeFurniture(lines: readonly LocatedLine[], eliLinks: readonly LocatedLine[]): WithoutFurniture {
  const justel = lines.some((l) => JUSTEL.test(l.text)) || eliLinks.some((l) => /\/justel\b/.test(l.text));
  const state = new FurnitureState(justel, justel && contentsClosed(lines));
  for (const line of lines) state.add(line);
  return { lines: state.out, meta: state.meta, justel, warnings: state.warnings };
}

/**
 * Whether the page's table of contents is closed by a « Texte » line (Justel writes « Texte Table
 * des matières Début » between the contents and the text): then everything up to that line is
 * contents, whatever it looks like (« Art. 30, 30bis, 30ter », unnumbered headings, marks).
 */
function contentsClosed(lines: readonly LocatedLine[]): boolean {
  let opened = false;
  for (const line of lines) {
    const roles = navRoles(line.text);
    if (roles === null) continue;
    if (!opened && roles[0] === "toc") opened = true;
    else if (opened && roles[0] === "text") return true;
  }
  return false;
}

class FurnitureState {
  readonly out: LocatedLine[] = [];
  readonly warnings: ReaderWarning[] = [];
  meta: PageMeta = { eli: null, numac: null, publicationDate: null, page: null, dossier: null, inForce: null };
  private mode: "text" | "toc" | "lists" = "text";
  private bodyStarted = false;
  /** In the table of contents: the last article entry and the divisions listed after it. */
  private held: LocatedLine[] = [];

  constructor(
    private readonly justel: boolean,
    private readonly closedByText: boolean,
  ) {}

  add(line: LocatedLine): void {
    const header = runningHeader(line.text) ?? (this.bodyStarted ? null : headerMeta(line.text));
    if (header) this.meta = mergeMeta(this.meta, header.found);
    if (header?.drop) return;
    if (this.justel && this.navigation(line)) return;
    if (this.mode === "lists") return this.afterLists(line);
    if (this.mode === "toc" && this.inContents(line)) return;
    const marker = markerOf(line.text);
    if (marker?.kind === "article") this.bodyStarted = true;
    this.out.push(line);
  }

  /** A line of navigation words: dropped, after noting the part of the page it opens. */
  private navigation(line: LocatedLine): boolean {
    const roles = navRoles(line.text);
    if (roles === null) return false;
    const only = (allowed: Role[]): boolean => roles.every((r) => allowed.includes(r));
    if (this.mode === "toc" && roles[0] === "text") this.mode = "text";
    else if (!this.bodyStarted && roles[0] === "toc" && only(["toc", "text", "nav"])) this.startContents();
    else if (this.bodyStarted && roles.includes("list") && only(["list", "nav"])) this.mode = "lists";
    return true;
  }

  /**
   * After Justel's lists of modifications and versions comes nothing of the act; an article with
   * words there means the page is laid out otherwise, and is said rather than lost in silence.
   */
  private afterLists(line: LocatedLine): void {
    const marker = markerOf(line.text);
    if (marker?.kind !== "article" || marker.rest === "") return;
    const message = `« ${marker.number} » after the list of modifications or versions is not read as the text (expected only that list there)`;
    this.warnings.push({ code: "text-after-lists", line: line.line, message });
  }

  private startContents(): void {
    this.mode = "toc";
    this.held = [];
  }

  /**
   * Table-of-contents entries are article numbers without words (« Art. 1-6 », « Art. 7bis »)
   * and division headings. Without a « Texte » line to close it, the first article with words
   * or plain sentence ends it, and that guess is a warning.
   */
  private inContents(line: LocatedLine): boolean {
    if (this.closedByText) return true;
    const marker = markerOf(line.text);
    if (marker?.kind === "article" && marker.rest === "") {
      this.held = [line];
      return true;
    }
    if (marker !== null && marker.kind !== "article") {
      this.held.push(line);
      return true;
    }
    this.mode = "text";
    const entry = this.held[0];
    const entryIsArticle = entry !== undefined && markerOf(entry.text)?.kind === "article";
    const keep = marker === null || !entryIsArticle ? this.held : this.held.slice(1);
    const message =
      `the table of contents has no « Texte » line after it: it is taken to end before line ${keep[0]?.line ?? line.line}` +
      (entry && entryIsArticle && marker !== null ? ` (« ${entry.text} » at line ${entry.line} is read as an entry of it)` : "");
    this.warnings.push({ code: "toc-end-guessed", line: keep[0]?.line ?? line.line, message });
    this.out.push(...keep);
    this.held = [];
    return false;
  }
}
