// How readers cite a provision: « art. 13, § 8, al. 1er », never its path id (art-13__par-8__al-1);
// in Dutch « art. 13, § 8, lid 1 », in English « art. 13, § 8, para. 1 ».
import { findNode } from "./flatten";
import type { ProvisionNode } from "./types";

/** The citation of the provision with path id `id`, from the numbers of the tree's nodes on its
 * path, as `language` (the interface's; absent: French) writes it; a part of the path the tree
 * does not have is shown as is. */
export function citation(nodes: readonly ProvisionNode[], id: string, language = "fr"): string {
  const parts = id.split("__");
  const cited = parts.map((part, k) => citePart(findNode(nodes, parts.slice(0, k + 1).join("__")), part)).join(", ");
  // An alinéa before any article: the text's opening words.
  return locatorIn(findNode(nodes, parts[0] ?? "")?.kind === "alinea" ? `texte d’introduction, ${cited}` : cited, language);
}

const OPENING: Readonly<Record<string, string>> = { nl: "inleidende tekst", en: "introductory text" };
const ALINEA: Readonly<Record<string, string>> = { nl: "lid", en: "para." };

/** A French locator (« art. 1er, § 1er, al. 3, 2° ») as `language` writes it: Dutch « art. 1, § 1,
 * lid 3, 2° », English « art. 1, § 1, para. 3, 2° »; French (or any other language) as it is. The
 * one place the site names a passage in another language: labels and citations alike. */
export function locatorIn(fr: string, language: string): string {
  const opening = OPENING[language];
  const alinea = ALINEA[language];
  if (opening === undefined || alinea === undefined) return fr;
  return fr
    .replace(/^([Tt])exte d’introduction/u, (_, t: string) => (t === "T" ? opening.charAt(0).toUpperCase() + opening.slice(1) : opening))
    .replace(/\bal\. (\d+)(?:er)?/gu, `${alinea} $1`)
    .replace(/(§|[Aa]rt\.) 1er\b/gu, "$1 1");
}

function citePart(node: ProvisionNode | undefined, part: string): string {
  if (!node) return part;
  if (node.kind === "alinea") {
    const n = Number(/^al-(\d+)$/u.exec(part)?.[1]);
    return Number.isInteger(n) ? (n === 1 ? "al. 1er" : `al. ${n}`) : part;
  }
  if (node.number === null) return node.heading ?? part;
  // « Art. 13 », « Article 1er » → « art. 13 », « art. 1er » in a running citation.
  return node.kind === "article" ? node.number.replace(/^(?:Art\.|Article)\s+/u, "art. ") : node.number;
}

const ORDINAL = (n: string) => (n === "1" ? "1er" : n);

/** One part of a path id read as a citation, without the tree (« par-1 » → « § 1er »). */
function citeIdPart(part: string): string {
  const m = /^(al|par|art|pt|lit)-(\d+|[a-z]+)(.*)$/u.exec(part);
  if (!m) return part;
  const [, kind, n = "", rest = ""] = m;
  const tail = rest.replace(/^-/u, "/");
  if (kind === "al") return `al. ${ORDINAL(n)}${tail}`;
  if (kind === "par") return `§ ${ORDINAL(n)}${tail}`;
  if (kind === "art") return `art. ${ORDINAL(n)}${tail}`;
  if (kind === "pt") return `${n}°${tail}`;
  return `${n})`;
}

/** The name of a compared unit in a title or a list: its number (« Art. 13 »), else its path id
 * read as a citation; an alinéa standing before any article is the text's opening words
 * (« Texte d’introduction, al. 1er »), never « al-1 ». */
export function unitName(unit: { id: string; number: string | null }, language = "fr"): string {
  if (unit.number !== null) return unit.number;
  const parts = unit.id.split("__");
  const cited = parts.map(citeIdPart).join(", ");
  return locatorIn(/^al-\d+$/u.test(parts[0] ?? "") ? `Texte d’introduction, ${cited}` : cited.charAt(0).toUpperCase() + cited.slice(1), language);
}
