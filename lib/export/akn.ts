// A version as Akoma Ntoso 3.0 XML (OASIS LegalDocML): FRBR identification from the text, the
// version, its language and date; the provisions as AKN's hierarchical elements; what AKN has no
// element for (whose words these are, the sources and their quotations, the SHA-256 of the file we
// imported) in the proprietary block, in our own namespace. Pure: plain data in, a string out.
//
// eIds are our path ids unchanged (« art-13__par-1__al-2 »). The AKN naming convention joins the
// levels of an eId with « __ », as ours do, and names a level by an element prefix and a number;
// ours are already unique within the document and free of spaces, which is all the schema asks of
// an eId (noWhiteSpace). Keeping them means a citation or an annotation target written for the site
// names the same element here, with no table to translate through.
import type { ProvisionKind, ProvisionNode, VersionMeta } from "../legal-text/types";

export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
/** Our proprietary metadata's namespace: a name, never fetched. */
export const PALIMPSESTE_NAMESPACE = "urn:palimpseste:akn:1";

export interface AknInput {
  meta: VersionMeta;
  text: { slug: string; titleFr: string; titleNl: string | null };
  sha256: string;
  /** When the file was imported: the date of this manifestation. */
  importedAt: Date;
  tree: readonly ProvisionNode[];
}

const ELEMENT: Record<ProvisionKind, string> = {
  book: "book",
  part: "part",
  title: "title",
  chapter: "chapter",
  section: "section",
  subsection: "subsection",
  article: "article",
  paragraph: "paragraph",
  alinea: "alinea",
  point: "point",
  // AKN has no littera: an enumeration's item is a point, whatever its numbering (« a) »).
  littera: "point",
};

/** ISO 639-2, as FRBRlanguage asks. */
const LANGUAGE: Record<VersionMeta["language"], string> = { fr: "fra", nl: "nld", de: "deu" };

// XML 1.0 cannot hold these at all, even escaped: dropped rather than written as an error.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Text content and attribute values alike: the five XML entities, nothing unescaped. */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

type Attrs = Record<string, string | null | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join("");
}

const empty = (name: string, a: Attrs) => `<${name}${attrs(a)}/>`;
const element = (name: string, a: Attrs, inner: string) => `<${name}${attrs(a)}>${inner}</${name}>`;
const textElement = (name: string, a: Attrs, text: string) => element(name, a, xmlEscape(text));

/** A stage before the law is adopted is a bill; the act, and the act as a court reads it, an act. */
function documentType(meta: VersionMeta): "act" | "bill" {
  return meta.stage === "acte" || meta.stage === "arret" || meta.numac !== null ? "act" : "bill";
}

export function versionAkn(input: AknInput): string {
  const { meta } = input;
  const type = documentType(meta);
  const language = LANGUAGE[meta.language];
  // /akn/<country>/<type>/<date>/<number>: the number is our text and version, unique and stable.
  const work = `/akn/be/${type}/${meta.date}/${meta.text}~${meta.slug}`;
  const expression = `${work}/${language}@${meta.date}`;
  const manifestation = `${expression}/!main.xml`;
  // The schema's order: this, uri, aliases, date, author, then what each level adds.
  const frbr = (level: string, uri: string, aliases: string, date: { date: string; name: string }, author: string, after: string) =>
    element(level, {}, [empty("FRBRthis", { value: level === "FRBRManifestation" ? uri : `${uri}/!main` }), empty("FRBRuri", { value: uri }), aliases, empty("FRBRdate", date), empty("FRBRauthor", { href: author }), after].join(""));
  const identification = element(
    "identification",
    { source: "#palimpseste" },
    [
      frbr(
        "FRBRWork",
        work,
        [
          empty("FRBRalias", { value: meta.text, name: "palimpseste-text" }),
          empty("FRBRalias", { value: input.text.titleFr, name: "title-fr" }),
          input.text.titleNl ? empty("FRBRalias", { value: input.text.titleNl, name: "title-nl" }) : "",
          meta.numac ? empty("FRBRalias", { value: meta.numac, name: "numac" }) : "",
        ].join(""),
        { date: meta.date, name: meta.stage },
        "#author",
        [empty("FRBRcountry", { value: "be" }), meta.documentNumber ? empty("FRBRnumber", { value: meta.documentNumber }) : "", empty("FRBRname", { value: meta.stage })].join(""),
      ),
      frbr("FRBRExpression", expression, "", { date: meta.date, name: meta.dateQualifier === "latest" ? "latest" : "version" }, "#author", empty("FRBRlanguage", { language })),
      frbr("FRBRManifestation", manifestation, "", { date: input.importedAt.toISOString().slice(0, 10), name: "import" }, "#palimpseste", empty("FRBRformat", { value: "application/akn+xml" })),
    ].join(""),
  );
  const references = element("references", { source: "#palimpseste" }, [
    empty("TLCOrganization", { eId: "palimpseste", href: "/ontology/organization/palimpseste", showAs: "Palimpseste" }),
    empty("TLCOrganization", { eId: "author", href: `/ontology/organization/${slugOf(meta.adoptedBy)}`, showAs: meta.adoptedBy }),
  ].join(""));
  const proprietary = element("proprietary", { source: "#palimpseste" }, element("pal:version", { slug: meta.slug, text: meta.text, stage: meta.stage, textStatus: meta.textStatus, dateQualifier: meta.dateQualifier, sha256: input.sha256 }, [
    meta.notes ? textElement("pal:notes", {}, meta.notes) : "",
    ...meta.sources.map((s) => element("pal:source", { url: s.url, title: s.title, publisher: s.publisher, date: s.date, language: s.language }, (s.quotes ?? []).map((q) => textElement("pal:quote", {}, q)).join(""))),
  ].join("")));
  const body = element("body", {}, input.tree.map(nodeXml).join(""));
  const preface = element("preface", {}, element("longTitle", { eId: "longTitle" }, textElement("p", {}, meta.title)));
  const doc = element(type, { name: meta.stage }, element("meta", {}, identification + references + proprietary) + preface + body);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element("akomaNtoso", { xmlns: AKN_NAMESPACE, "xmlns:pal": PALIMPSESTE_NAMESPACE }, doc)}\n`;
}

/** One provision: number, heading, its own words (as content when it has no children, as the
 * introduction to them otherwise), and its children. */
function nodeXml(node: ProvisionNode): string {
  const inner = [
    node.number !== null ? textElement("num", {}, node.number) : "",
    node.heading !== null ? textElement("heading", {}, node.heading) : "",
  ];
  if (node.children.length === 0) inner.push(element("content", {}, textElement("p", {}, node.text)));
  else {
    if (node.text !== "") inner.push(element("intro", {}, textElement("p", {}, node.text)));
    inner.push(...node.children.map(nodeXml));
  }
  // Whose words these are (official, excerpt or summary): a version known in part mixes them.
  return element(ELEMENT[node.kind], { eId: node.id, "pal:textStatus": node.status, "pal:lineage": node.lineage }, inner.join(""));
}

function slugOf(words: string): string {
  return words.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unknown";
}
