// Blocks → provision tree, following the way Belgian acts are printed: divisions nest, articles sit
// in the innermost open division, § in articles, alinéas in the § (or article), points in the last
// alinéa, litterae in the last point.
//
// Decisions where fixtures/README.md is silent, each pinned by a test in parse*.test.ts:
// - A § before any article is an error: a § only has a meaning inside an article, and guessing
//   which one would misplace words in a legal text.
// - A point (or littera) with no alinéa before it, as in "§ 2." followed by "1° …", gets an
//   implicit empty alinéa, so that ids keep the shape art-2__par-2__al-1__pt-1; nothing is
//   invented, the alinéa has no words. A littera with no point goes in the last alinéa.
// - Running text after a division heading and before its first article is an alinéa of that
//   division (chap-2__al-1); text before any division or article is a top-level alinéa (al-1).
// - Running text after a point closes the enumeration: it is the container's next alinéa.
// - After the closing formula ("Promulguons…", "Kondigen…"), place, date and signatures are
//   top-level alinéas, not words of the last article.
import type { Block } from "./blocks";
import {
  DIVISION_RANK,
  isClosingFormula,
  isDivisionKind,
  recognise,
  UNKNOWN_ARTICLE,
  type DivisionKind,
  type Marker,
} from "./numbering";
import { SourceError, type ProvisionKind, type ProvisionNode, type TextStatus } from "./types";

export interface StatusedBlock extends Block {
  status: TextStatus;
  /** A heading the source marks as such but that has no division word or number (Justel's
   * « DISPOSITION COMMUNE AU PRESENT TITRE. »): it ends the article before it and stays as words
   * of the division it stands in, never as an alinéa of that article. */
  unnumberedHeading?: boolean;
}

interface OpenDivision {
  node: ProvisionNode;
  rank: number;
  /** Markdown heading depth; 7 (below every heading) for a division written as running text. */
  depth: number;
}

interface Words {
  number: string | null;
  heading: string | null;
  text: string;
}

const KEY = /\s*\{#([^}]*)\}$/;
// Keys appear in URLs and "__" separates path parts, so both are kept unambiguous.
const VALID_KEY = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

/** A number met twice where ids must be unique, and the id the second one is kept under. */
export interface Repeat {
  kind: ProvisionKind;
  id: string;
  keptAs: string;
  number: string | null;
  line: number;
  firstLine: number;
}

export interface TreeOptions {
  /**
   * A number repeated in one place (two « Art. 5 », two « 3° » in one alinéa): "error" for
   * authored sources, where it is a typo to fix; "suffix" for a published text read as printed,
   * where the second keeps its words under the id art-5-doublon-2 and `onRepeated` hears of it.
   */
  repeated?: "error" | "suffix";
  onRepeated?: (repeat: Repeat) => void;
}

export function buildTree(
  file: string,
  blocks: readonly StatusedBlock[],
  options: TreeOptions = {},
): ProvisionNode[] {
  const builder = new TreeBuilder(file, options);
  for (const block of blocks) builder.add(block);
  return builder.roots;
}

class TreeBuilder {
  readonly roots: ProvisionNode[] = [];
  private divisions: OpenDivision[] = [];
  private article: ProvisionNode | null = null;
  private paragraph: ProvisionNode | null = null;
  private alinea: ProvisionNode | null = null;
  private point: ProvisionNode | null = null;
  private readonly ids = new Map<string, number>();
  private readonly lineages = new Map<string, number>();
  /** Alinéas already in each container (null: the top level), so numbering the next one is O(1). */
  private readonly alineaCounts = new Map<ProvisionNode | null, number>();
  private unknownArticles = 0;

  constructor(
    private readonly file: string,
    private readonly options: TreeOptions,
  ) {}

  add(block: StatusedBlock): void {
    const { text, key } = this.takeKey(block);
    if (isClosingFormula(text)) this.closeAll();
    const options = { heading: block.headingDepth !== null, divisions: block.divisions };
    const marker = recognise(text, options);
    const kind = marker?.kind ?? "alinea";
    if (key !== null && kind !== "article" && !isDivisionKind(kind)) {
      throw this.error(block, `{#${key}} is only allowed on an article or division heading`);
    }
    if (marker === null && block.unnumberedHeading === true) this.closeArticle();
    if (marker === null) this.addAlinea(text, block);
    else if (isDivisionKind(marker.kind)) this.openDivision(marker, marker.kind, block, key);
    else if (marker.kind === "article") this.openArticle(marker, block, key);
    else this.addLower(marker, block);
  }

  private takeKey(block: StatusedBlock): { text: string; key: string | null } {
    const m = KEY.exec(block.text);
    const stray = /\{#[^}]*\}/.exec(m ? block.text.slice(0, m.index) : block.text);
    if (stray) throw this.error(block, `${stray[0]} must come last on its heading line`);
    if (!m) return { text: block.text, key: null };
    const key = m[1] ?? "";
    if (!VALID_KEY.test(key)) {
      throw this.error(
        block,
        `invalid lineage key {#${key}} (expected letters and digits, with single - or _ between them)`,
      );
    }
    return { text: block.text.slice(0, m.index), key };
  }

  private openDivision(marker: Marker, kind: DivisionKind, block: StatusedBlock, key: string | null): void {
    const rank = DIVISION_RANK[kind];
    const depth = block.headingDepth ?? 7;
    // Nest only when heading depth and kind agree: "## Section 1" under "# Chapitre I" nests,
    // "## Chapitre II" after "## Section 1" closes both the section and the chapter before it.
    let top = this.divisions.at(-1);
    while (top && !(top.rank < rank && top.depth <= depth)) {
      this.divisions.pop();
      top = this.divisions.at(-1);
    }
    this.closeArticle();
    const words = { number: marker.number, heading: marker.rest || null, text: "" };
    const node = this.create(top?.node ?? null, kind, marker.idPart, words, block, key);
    this.divisions.push({ node, rank, depth });
  }

  private openArticle(marker: Marker, block: StatusedBlock, key: string | null): void {
    this.closeArticle();
    if (marker.idPart === UNKNOWN_ARTICLE) {
      // « Art. ? »: no number to pair it by in other versions, so its lineage must be said, and
      // several in one version are told apart by their order (art-inconnu-1, art-inconnu-2).
      if (key === null) throw this.error(block, "an article whose number is not known (Art. ?) needs a lineage key {#key} at the end of its heading");
      marker = { ...marker, idPart: `${UNKNOWN_ARTICLE}-${++this.unknownArticles}` };
    }
    const lower = lowerMarker(marker.rest, ["paragraph", "point", "littera"]);
    // In a heading the words after the number are the article's heading; elsewhere they are
    // its first alinéa ("Art. 2. Pour l'application …").
    const heading = block.headingDepth !== null && lower === null ? marker.rest || null : null;
    const words = { number: marker.number, heading, text: "" };
    const parent = this.divisions.at(-1)?.node ?? null;
    this.article = this.create(parent, "article", marker.idPart, words, block, key);
    if (lower) this.addLower(lower, block);
    else if (heading === null && marker.rest !== "") this.addAlinea(marker.rest, block);
  }

  private addLower(marker: Marker, block: StatusedBlock): void {
    if (marker.kind === "paragraph") this.openParagraph(marker, block);
    else if (marker.kind === "point") this.addPoint(marker, block);
    else this.addLittera(marker, block);
  }

  private openParagraph(marker: Marker, block: StatusedBlock): void {
    if (!this.article) {
      throw this.error(
        block,
        `${marker.number} outside any article (expected an article such as "Art. 1er" before it)`,
      );
    }
    const words = { number: marker.number, heading: null, text: "" };
    this.paragraph = this.create(this.article, "paragraph", marker.idPart, words, block);
    this.alinea = null;
    this.point = null;
    const lower = lowerMarker(marker.rest, ["point", "littera"]);
    if (lower) this.addLower(lower, block);
    else if (marker.rest !== "") this.addAlinea(marker.rest, block);
  }

  private addPoint(marker: Marker, block: StatusedBlock): void {
    const alinea = this.alinea ?? this.addAlinea("", block);
    const lower = lowerMarker(marker.rest, ["littera"]);
    const words = { number: marker.number, heading: null, text: lower ? "" : marker.rest };
    this.point = this.create(alinea, "point", marker.idPart, words, block);
    if (lower) this.addLittera(lower, block);
  }

  private addLittera(marker: Marker, block: StatusedBlock): void {
    const parent = this.point ?? this.alinea ?? this.addAlinea("", block);
    const words = { number: marker.number, heading: null, text: marker.rest };
    this.create(parent, "littera", marker.idPart, words, block);
  }

  private addAlinea(text: string, block: StatusedBlock): ProvisionNode {
    const container = this.paragraph ?? this.article ?? this.divisions.at(-1)?.node ?? null;
    const count = (this.alineaCounts.get(container) ?? 0) + 1;
    this.alineaCounts.set(container, count);
    const words = { number: null, heading: null, text };
    this.alinea = this.create(container, "alinea", `al-${count}`, words, block);
    this.point = null;
    return this.alinea;
  }

  private create(
    parent: ProvisionNode | null,
    kind: ProvisionKind,
    idPart: string,
    words: Words,
    block: StatusedBlock,
    key: string | null = null,
  ): ProvisionNode {
    // Articles are numbered across the whole act, so their id never carries their division.
    const idOf = (part: string): string => (kind === "article" || parent === null ? part : `${parent.id}__${part}`);
    if (key === null) idPart = this.unrepeated(kind, idPart, idOf, words.number, block);
    const id = idOf(idPart);
    const ownKey = kind === "article" || isDivisionKind(kind) || parent === null;
    const lineage = ownKey ? (key ?? id) : `${parent.lineage}__${idPart}`;
    this.register(this.ids, id, block, "provision id");
    this.register(this.lineages, lineage, block, "lineage key");
    const { status, line } = block;
    const node: ProvisionNode = { id, kind, ...words, status, lineage, line, children: [] };
    (parent?.children ?? this.roots).push(node);
    return node;
  }

  /** The id part itself, or with "-doublon-N" when it is taken and the caller keeps repeats. */
  private unrepeated(
    kind: ProvisionKind,
    idPart: string,
    idOf: (part: string) => string,
    number: string | null,
    block: StatusedBlock,
  ): string {
    const firstLine = this.ids.get(idOf(idPart));
    if (firstLine === undefined || this.options.repeated !== "suffix") return idPart;
    let n = 2;
    while (this.ids.has(idOf(`${idPart}-doublon-${n}`))) n++;
    const part = `${idPart}-doublon-${n}`;
    this.options.onRepeated?.({ kind, id: idOf(idPart), keptAs: idOf(part), number, line: block.line, firstLine });
    return part;
  }

  private register(seen: Map<string, number>, value: string, block: StatusedBlock, what: string): void {
    const previous = seen.get(value);
    if (previous !== undefined) {
      throw this.error(block, `duplicate ${what} "${value}" (also at line ${previous})`);
    }
    seen.set(value, block.line);
  }

  private closeArticle(): void {
    this.article = null;
    this.paragraph = null;
    this.alinea = null;
    this.point = null;
  }

  private closeAll(): void {
    this.closeArticle();
    this.divisions = [];
  }

  private error(block: StatusedBlock, detail: string): SourceError {
    return new SourceError(this.file, block.line, detail);
  }
}

/** A marker at the start of the words after a number ("Art. 13. § 1er. …"), if of an allowed kind. */
function lowerMarker(rest: string, kinds: readonly ProvisionKind[]): Marker | null {
  const marker = recognise(rest, { heading: false, divisions: "capitals" });
  return marker && kinds.includes(marker.kind) ? marker : null;
}
