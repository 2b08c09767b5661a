// Every internal address of the site, built and read in one place: pages, API routes, JSON-LD ids,
// redirects and proxy.ts write no path by hand, so a route renamed here is renamed everywhere and
// every name is percent-encoded the same way. Pure: plain data in, plain strings out.

/** A text's own pages and their API twins (`api: true`, under /api/v1). */
export type Address =
  | { kind: "home" }
  | { kind: "login"; next?: string; error?: string }
  | { kind: "text"; text: string; anchor?: string }
  | { kind: "versions"; text: string; api: true }
  | { kind: "version"; text: string; version: string; note?: string; draft?: string; anchor?: string; api?: boolean }
  /** A version beside the other-language expression of its stage, provision by provision. */
  | { kind: "languages"; text: string; version: string; anchor?: string }
  /** Where the structure of a version and of its other-language expression differ. */
  | { kind: "concordance"; text: string; version: string; api?: boolean }
  | { kind: "compare"; text: string; from: string; to: string; inline?: boolean; ignore?: readonly string[]; note?: string; anchor?: string; api?: boolean }
  /** A comparison as a PDF to file: A4, changes in black and white, provenance appendix. */
  | { kind: "compare-pdf"; text: string; from: string; to: string; ignore?: readonly string[] }
  /** The GET form that picks two versions (answered by a redirect to the comparison). */
  | { kind: "compare-form"; text: string }
  | { kind: "all"; text: string; ref?: string }
  | { kind: "provisions"; text: string }
  | { kind: "history"; text: string; lineage: string; anchor?: string; api?: boolean }
  | { kind: "phrases"; text: string; removed?: boolean; op?: string; anchor?: string; api?: boolean }
  | { kind: "phrase"; text: string; id: number; api: true }
  /** The search of every version of a text (its API twin answers the same query in JSON). */
  | { kind: "search"; text: string; q?: string; mode?: string; api?: boolean }
  /** The notes of a text; its API twin is the W3C annotation collection. */
  | { kind: "notes"; text: string; api?: boolean }
  | { kind: "note"; text: string; note: string; draft?: string; anchor?: string; api?: boolean }
  /** The text's Atom feed: new versions, new and changed notes. */
  | { kind: "feed"; text: string }
  /** Small pages made to sit in another site's <iframe>: one note, one provision's change. */
  | { kind: "embed-note"; text: string; note: string }
  | { kind: "embed-compare"; text: string; from: string; to: string; lineage: string }
  /** The oEmbed answer for one of the site's addresses (`url` absolute). */
  | { kind: "oembed"; url: string; maxwidth?: string; maxheight?: string; format?: string }
  /** A version in another format: Akoma Ntoso XML, or the Markdown file the importer reads. */
  | { kind: "version-export"; text: string; version: string; format: VersionExport; api: true }
  /** The changes between two versions as CSV: the compare API's address with « .csv ». */
  | { kind: "compare-csv"; text: string; from: string; to: string; ignore?: readonly string[]; api: true }
  /** The OpenAPI document of the JSON API. */
  | { kind: "openapi" }
  /** The editors' import form; with `draft`, the preview of a text sent to it. */
  | { kind: "admin-import"; draft?: string; error?: string; anchor?: string }
  /** Where the import form sends a text to read (answered by a redirect to its preview)… */
  | { kind: "admin-import-preview" }
  /** …and where the preview's form commits it. */
  | { kind: "admin-import-commit" }
  /** The interface-language switcher: sets the reader's choice, then back to `back` (a path). */
  | { kind: "language"; set: string; back: string };
/** The embeds' root: the one prefix whose pages another site may frame (lib/http/framing.ts). */
export const EMBED_ROOT = "/embed";
const OEMBED = "/api/oembed";
/** The small route that remembers the reader's interface language (app/langue/route.ts). */
const LANGUAGE = "/langue";

/** The formats a version is exported in, each the last segment of its address. */
export const VERSION_EXPORTS = ["akn", "markdown"] as const;
export type VersionExport = (typeof VERSION_EXPORTS)[number];

/** What ends a comparison's address when it asks for CSV. */
export const CSV_SUFFIX = ".csv";

const API = "/api/v1";
/** The pages under a version: its two languages side by side, and their concordance check. */
const LANGUAGES = "languages";
const CONCORDANCE = "concordance";
const enc = encodeURIComponent;

/** The one separator of a comparison's two versions, the one to cite. */
const PAIR = "...";
/** Git's way of writing a range, read (and redirected to PAIR) but never written. */
const RANGE = "..";

function query(pairs: readonly (readonly [string, string | undefined])[]): string {
  const kept = pairs.filter((p): p is readonly [string, string] => p[1] !== undefined);
  return kept.length === 0 ? "" : `?${kept.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&")}`;
}

const hash = (anchor: string | undefined) => (anchor ? `#${enc(anchor)}` : "");

/** The `a...b` segment of a comparison (each slug encoded on its own). */
export function pairSegment(from: string, to: string): string {
  return `${enc(from)}${PAIR}${enc(to)}`;
}

/** The query of a comparison: noise filters, inline view, highlighted note ("" when none). */
export function compareQuery(inline: boolean, ignore: readonly string[], note: string | undefined): string {
  return query([...ignore.map((f) => ["ignore", f] as const), ["view", inline ? "inline" : undefined], ["note", note || undefined]]);
}

const ADMIN_IMPORT = "/admin/import";

function textPath(a: Exclude<Address, { kind: "home" | "login" | "oembed" | "embed-note" | "embed-compare" | "openapi" | "admin-import" | "admin-import-preview" | "admin-import-commit" | "language" }>): string {
  const root = `${"api" in a && a.api ? API : ""}/texts/${enc(a.text)}`;
  switch (a.kind) {
    case "text": return `${root}${hash(a.anchor)}`;
    case "versions": return `${root}/versions`;
    case "version": return `${root}/versions/${enc(a.version)}${query([["note", a.note], ["draft", a.draft]])}${hash(a.anchor)}`;
    case "languages": return `${root}/versions/${enc(a.version)}/${LANGUAGES}${hash(a.anchor)}`;
    case "concordance": return `${root}/versions/${enc(a.version)}/${CONCORDANCE}`;
    case "compare": return `${root}/compare/${pairSegment(a.from, a.to)}${compareQuery(a.inline ?? false, a.ignore ?? [], a.note)}${hash(a.anchor)}`;
    case "compare-pdf": return `${root}/compare/${pairSegment(a.from, a.to)}/pdf${compareQuery(false, a.ignore ?? [], undefined)}`;
    case "compare-form": return `${root}/compare`;
    case "all": return `${root}/all${query([["ref", a.ref]])}`;
    case "provisions": return `${root}/provisions`;
    case "history": return `${root}/provisions/${enc(a.lineage)}${hash(a.anchor)}`;
    case "phrases": return `${root}/phrases${query([["removed", a.removed ? "1" : undefined], ["op", a.op]])}${hash(a.anchor)}`;
    case "phrase": return `${root}/phrases/${a.id}`;
    case "search": return `${root}/search${query([["q", a.q], ["mode", a.mode]])}`;
    case "notes": return `${root}/${a.api ? "annotations" : "notes"}`;
    case "note": return `${root}/${a.api ? "annotations" : "notes"}/${enc(a.note)}${query([["draft", a.draft]])}${hash(a.anchor)}`;
    case "feed": return `${root}/feed`;
    case "version-export": return `${root}/versions/${enc(a.version)}/${a.format}`;
    case "compare-csv": return `${root}/compare/${pairSegment(a.from, a.to)}${CSV_SUFFIX}${compareQuery(false, a.ignore ?? [], undefined)}`;
  }
}

/** The address, path and query and fragment, relative to the site's origin. */
export function addressOf(a: Address): string {
  if (a.kind === "home") return "/";
  if (a.kind === "login") return `/login${query([["error", a.error], ["next", a.next]])}`;
  if (a.kind === "oembed") return `${OEMBED}${query([["url", a.url], ["maxwidth", a.maxwidth], ["maxheight", a.maxheight], ["format", a.format]])}`;
  if (a.kind === "embed-note") return `${EMBED_ROOT}${textPath({ kind: "note", text: a.text, note: a.note })}`;
  if (a.kind === "embed-compare") return `${EMBED_ROOT}${textPath({ kind: "compare", text: a.text, from: a.from, to: a.to })}/${enc(a.lineage)}`;
  if (a.kind === "openapi") return `${API}/openapi.json`;
  if (a.kind === "admin-import") return `${ADMIN_IMPORT}${query([["draft", a.draft], ["error", a.error]])}${hash(a.anchor)}`;
  if (a.kind === "admin-import-preview") return `${ADMIN_IMPORT}/preview`;
  if (a.kind === "admin-import-commit") return `${ADMIN_IMPORT}/commit`;
  if (a.kind === "language") return `${LANGUAGE}${query([["set", a.set], ["back", a.back]])}`;
  return textPath(a);
}

/** "a...b" (as a route parameter, still encoded) → the two slugs; null when malformed. */
export function parsePair(pair: string): { from: string; to: string } | null {
  return splitPair(pair, PAIR);
}

/** "a..b", a range as git writes it (still encoded) → the two slugs; null for anything else
 * (three dots too). */
export function parseRange(pair: string): { from: string; to: string } | null {
  const decoded = decode(pair);
  return decoded === null ? null : splitRange(decoded);
}

/** parseRange of a segment already decoded (as pathParts gives it). */
export function splitRange(decoded: string): { from: string; to: string } | null {
  return decoded.includes(PAIR) ? null : split(decoded, RANGE);
}

function splitPair(pair: string, separator: string): { from: string; to: string } | null {
  const decoded = decode(pair);
  return decoded === null ? null : split(decoded, separator);
}

function split(decoded: string, separator: string): { from: string; to: string } | null {
  const sides = decoded.split(separator);
  if (sides.length !== 2 || !sides[0] || !sides[1]) return null;
  return { from: sides[0], to: sides[1] };
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** A path read into its parts: whether it is under /api/v1, all its decoded segments and, under
 * /texts (or /api/v1/texts), the text and the section (« compare », « versions »…) with its
 * argument. */
export interface PathParts {
  api: boolean;
  segments: string[];
  /** The path is /texts or under it (its API twin too). */
  texts: boolean;
  text?: string;
  section?: string;
  arg?: string;
  /** Segments after the argument (none on any of the site's pages). */
  extra: number;
}

/** The parts of a pathname; null when a segment's percent-encoding is malformed. */
export function pathParts(pathname: string): PathParts | null {
  const decoded = pathname.split("/").filter(Boolean).map(decode);
  if (decoded.some((s) => s === null)) return null;
  const segments = decoded as string[];
  const api = segments[0] === "api" && segments[1] === "v1";
  const [root, text, section, arg, ...more] = api ? segments.slice(2) : segments;
  const texts = root === "texts";
  const parts: PathParts = { api, segments, texts, extra: texts ? more.length : 0 };
  if (!texts || text === undefined) return parts;
  return { ...parts, text, ...(section === undefined ? {} : { section }), ...(arg === undefined ? {} : { arg }) };
}

/** Reads an address this module builds (path, query and fragment) back; null for any other. */
export function parseHref(address: string): Address | null {
  const url = new URL(address, "http://palimpseste.invalid");
  const q = url.searchParams;
  const anchor = url.hash ? decode(url.hash.slice(1)) ?? undefined : undefined;
  if (url.pathname === "/") return { kind: "home" };
  if (url.pathname === "/login") return { kind: "login", ...opt("error", q.get("error")), ...opt("next", q.get("next")) };
  if (url.pathname === OEMBED) {
    const target = q.get("url");
    return target === null ? null : { kind: "oembed", url: target, ...opt("maxwidth", q.get("maxwidth")), ...opt("maxheight", q.get("maxheight")), ...opt("format", q.get("format")) };
  }
  if (url.pathname.startsWith(`${EMBED_ROOT}/`)) return embedAddress(url.pathname.slice(EMBED_ROOT.length));
  if (url.pathname === addressOf({ kind: "openapi" })) return { kind: "openapi" };
  if (url.pathname === LANGUAGE) return { kind: "language", set: q.get("set") ?? "", back: q.get("back") ?? "/" };
  const raw = url.pathname.split("/").filter(Boolean);
  const p = pathParts(url.pathname);
  const format = VERSION_EXPORTS.find((f) => f === raw[raw.length - 1]);
  if (p?.api && p.text && p.section === "versions" && p.arg && p.extra === 1 && format) return { kind: "version-export", text: p.text, version: p.arg, format, api: true };
  if (p?.text && !p.api && p.section === "compare" && p.extra === 1 && raw[raw.length - 1] === "pdf") {
    const pair = parsePair(raw[raw.length - 2] ?? "");
    const ignore = q.getAll("ignore");
    return pair ? { kind: "compare-pdf", text: p.text, ...pair, ...(ignore.length > 0 ? { ignore } : {}) } : null;
  }
  if (!p?.text) return null;
  const base = { text: p.text, ...(p.api ? { api: true as const } : {}) };
  if (p.extra > 0) return versionPage(base, p, anchor);
  const rawArg = raw[raw.length - 1] ?? "";
  return textAddress(base, p.section, p.arg, rawArg, q, anchor);
}

/** /texts/<t>/versions/<v>/languages and …/concordance (its API twin too); null for any other
 * path with segments after the argument. */
function versionPage(base: { text: string; api?: true }, p: PathParts, anchor: string | undefined): Address | null {
  const page = p.segments.at(-1);
  if (p.section !== "versions" || p.arg === undefined || p.extra !== 1) return null;
  if (page === CONCORDANCE) return { kind: "concordance", ...base, version: p.arg };
  if (page === LANGUAGES && !base.api) return { kind: "languages", text: base.text, version: p.arg, ...opt("anchor", anchor) };
  return null;
}

const opt = <K extends string>(key: K, value: string | null | undefined) => (value === null || value === undefined ? {} : ({ [key]: value } as Record<K, string>));

function textAddress(base: { text: string; api?: true }, section: string | undefined, arg: string | undefined, rawArg: string, q: URLSearchParams, anchor: string | undefined): Address | null {
  const { text } = base;
  const api = base.api === true;
  const a = opt("anchor", anchor);
  if (section === undefined) return api ? null : { kind: "text", text, ...a };
  if (arg === undefined) {
    if (section === "feed") return api ? null : { kind: "feed", text };
    if (section === "versions") return api ? { kind: "versions", text, api: true } : null;
    if (section === "compare") return api ? null : { kind: "compare-form", text };
    if (section === "all") return api ? null : { kind: "all", text, ...opt("ref", q.get("ref")) };
    if (section === "provisions") return api ? null : { kind: "provisions", text };
    if (section === "phrases") return { kind: "phrases", ...base, ...(q.get("removed") === "1" ? { removed: true } : {}), ...opt("op", q.get("op")), ...a };
    if (section === (api ? "annotations" : "notes")) return { kind: "notes", ...base };
    if (section === "search") return { kind: "search", ...base, ...opt("q", q.get("q")), ...opt("mode", q.get("mode")) };
    return null;
  }
  if (section === "versions") return { kind: "version", ...base, version: arg, ...opt("note", q.get("note")), ...opt("draft", q.get("draft")), ...a };
  if (section === "provisions") return { kind: "history", ...base, lineage: arg, ...a };
  if (section === (api ? "annotations" : "notes")) return { kind: "note", ...base, note: arg, ...opt("draft", q.get("draft")), ...a };
  if (section === "phrases") return api && /^\d+$/u.test(arg) ? { kind: "phrase", text, id: Number(arg), api: true } : null;
  if (section !== "compare") return null;
  if (api && rawArg.endsWith(CSV_SUFFIX)) {
    const csv = parsePair(rawArg.slice(0, -CSV_SUFFIX.length));
    const ignore = q.getAll("ignore");
    return csv && { kind: "compare-csv", text, ...csv, ...(ignore.length > 0 ? { ignore } : {}), api: true };
  }
  const pair = parsePair(rawArg);
  if (!pair) return null;
  const ignore = q.getAll("ignore");
  return { kind: "compare", ...base, ...pair, ...(q.get("view") === "inline" ? { inline: true } : {}), ...(ignore.length > 0 ? { ignore } : {}), ...opt("note", q.get("note")), ...a };
}

/** An embed's path after /embed: a note, or one provision of a comparison (the lineage key after
 * the pair); null for anything else. */
function embedAddress(pathname: string): Address | null {
  const p = pathParts(pathname);
  if (!p?.text || p.api || p.arg === undefined) return null;
  const raw = pathname.split("/").filter(Boolean);
  if (p.section === "notes" && p.extra === 0) return { kind: "embed-note", text: p.text, note: p.arg };
  const lineage = p.segments[4];
  if (p.section !== "compare" || p.extra !== 1 || lineage === undefined) return null;
  const pair = parsePair(raw[3] ?? "");
  return pair && { kind: "embed-compare", text: p.text, ...pair, lineage };
}
