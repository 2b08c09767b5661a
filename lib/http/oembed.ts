// oEmbed (https://oembed.com) for the site's embeddable pages: a news site's editor pastes the
// address of a note or of a comparison and gets an <iframe> of its embed. Pure: the request's
// parameters read and checked here (every refusal an HttpError with a clear message), and the
// answer built from plain data.
import { HttpError } from "./errors";
import { xmlEscape } from "../feed/atom";
import { addressOf, parseHref, type Address } from "../routes/addresses";

export interface OEmbedRequest {
  url: URL;
  maxwidth: number | null;
  maxheight: number | null;
}

const MAX_URL = 2000;
const CONTROL = /[\u0000-\u001f\u007f]/u;
const DIMENSION = /^[1-9][0-9]{0,4}$/u;

function dimension(name: string, value: string | null): number | null {
  if (value === null) return null;
  if (!DIMENSION.test(value)) throw new HttpError(400, "bad_request", `${name} must be a positive whole number of pixels (got "${value.slice(0, 40)}")`);
  return Number(value);
}

/** The request's parameters, checked: a 400 for a missing or malformed one, a 501 for the XML
 * format (the site answers JSON only, as the specification allows). */
export function readOEmbedQuery(query: URLSearchParams): OEmbedRequest {
  const format = query.get("format");
  if (format === "xml") throw new HttpError(501, "not_implemented", "format=xml is not served: ask for format=json");
  if (format !== null && format !== "json") throw new HttpError(400, "bad_request", `format must be "json" (got "${format.slice(0, 40)}")`);
  const raw = query.get("url");
  if (raw === null || raw.trim() === "") throw new HttpError(400, "bad_request", "the url parameter is required: the address of a note or of a comparison");
  if (raw.length > MAX_URL) throw new HttpError(400, "bad_request", `url is too long (${raw.length} characters, ${MAX_URL} at most)`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(400, "bad_request", "url must be an absolute http or https address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new HttpError(400, "bad_request", "url must be an absolute http or https address");
  return { url, maxwidth: dimension("maxwidth", query.get("maxwidth")), maxheight: dimension("maxheight", query.get("maxheight")) };
}

/** What an embeddable address names: a note, or a comparison (one provision, when the address
 * names it: an embed's own address, or a compare page's #anchor). */
export type EmbedTarget =
  | { kind: "note"; text: string; note: string }
  | { kind: "compare"; text: string; from: string; to: string; lineage: string | null; anchor: string | null };

const notOurs = (what: string) => new HttpError(404, "not_found", `${what}: only the address of a note or of a comparison of this site can be embedded`);

/** The embeddable page `url` names on the site at `origin`; a 404 for another site's address or
 * a page that has no embed. */
export function embedTarget(url: URL, origin: string): EmbedTarget {
  if (url.origin !== new URL(origin).origin) throw notOurs("not an address of this site");
  const address: Address | null = parseHref(`${url.pathname}${url.search}${url.hash}`);
  // A control character (« %00 ») names nothing the site holds, and the database refuses a NUL.
  if (address && Object.values(address).some((v) => typeof v === "string" && CONTROL.test(v))) throw new HttpError(400, "bad_request", "url holds a control character");
  if (address?.kind === "note" && !address.api) return { kind: "note", text: address.text, note: address.note };
  if (address?.kind === "embed-note") return { kind: "note", text: address.text, note: address.note };
  if (address?.kind === "embed-compare") return { kind: "compare", text: address.text, from: address.from, to: address.to, lineage: address.lineage, anchor: null };
  if (address?.kind === "compare" && !address.api) return { kind: "compare", text: address.text, from: address.from, to: address.to, lineage: null, anchor: address.anchor ?? null };
  throw notOurs("not an embeddable page");
}

export interface OEmbedAnswer {
  version: "1.0";
  type: "rich";
  provider_name: "Palimpseste";
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

const SIZE = { note: { width: 600, height: 420 }, compare: { width: 640, height: 380 } } as const;

/** The embed's address for a found target (the lineage key known). */
export function embedAddress(target: EmbedTarget & { lineage?: string | null }, lineage: string | null): string {
  if (target.kind === "note") return addressOf({ kind: "embed-note", text: target.text, note: target.note });
  return addressOf({ kind: "embed-compare", text: target.text, from: target.from, to: target.to, lineage: lineage ?? "" });
}

/** The oEmbed answer: an <iframe> of the embed, its size within maxwidth × maxheight. */
export function oembedAnswer(request: OEmbedRequest, origin: string, kind: EmbedTarget["kind"], embedPath: string, title: string): OEmbedAnswer {
  const size = SIZE[kind];
  const width = Math.min(size.width, request.maxwidth ?? Infinity);
  const height = Math.min(size.height, request.maxheight ?? Infinity);
  const src = `${origin}${embedPath}`;
  const html = `<iframe src="${xmlEscape(src)}" width="${width}" height="${height}" title="${xmlEscape(title)}" loading="lazy" style="border:1px solid #ccc;max-width:100%"></iframe>`;
  return { version: "1.0", type: "rich", provider_name: "Palimpseste", provider_url: `${origin}/`, title, html, width, height };
}
