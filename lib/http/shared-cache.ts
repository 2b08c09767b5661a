// The shared cache of rendered reads, in front of Next in each app server (scripts/serve.ts).
//
// An anonymous GET of a reading page or of the read API is the same answer for every reader: it is
// rendered once, kept in this server's memory, and served again without rendering until what
// readers see changes. What readers see is versioned in PostgreSQL by one counter (the
// ReadGeneration row) that triggers bump in the very transaction of each write to a table a reader
// sees (prisma/migrations/…_read_generation): every request reads it (one primary-key read, shared
// by the requests that arrive while it runs) and an entry of an older generation is never served,
// so a note written through any server appears on every server at its next request.
//
// A page is rendered in its reader's interface language (lib/i18n/languages.ts: the remembered
// choice, else Accept-Language): the language is part of the key, the render is asked in that
// language, and the answer says it varies with Accept-Language and Cookie, so a Dutch reader never
// gets the French page another reader made the cache keep.
//
// Never shared: a request with the session cookie (an editor's page carries a CSRF token and the
// editor's tools), a client-side navigation of Next (RSC payloads), any method but GET/HEAD, and any
// answer that is not a 200 without Set-Cookie, or that carries a CSRF field. Those go to Next as
// before, with a per-request nonce and `Cache-Control: private, no-store`.
//
// A shared page cannot carry a nonce (lib/http/csp.ts): its policy lists the SHA-256 of its inline
// scripts, computed once per rendered page. Its strong ETag is the SHA-256 of its bytes, and its
// Cache-Control asks every cache to check back on each use (a 304 costs this server a hash lookup).
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { hashedCsp, inlineScriptHashes } from "./csp";
import { PUBLIC_READ_CACHE } from "./conditional";
import { consultedOn, originFromHeaders } from "./origin";
import { addressOf, pathParts } from "../routes/addresses";
import { resolveLanguage, type Language } from "../i18n/languages";

/** Says whether an answer came from the cache ("hit") or was rendered for it ("miss"). */
export const CACHE_STATUS_HEADER = "X-Cache";

type HeaderValue = string | string[] | undefined;
export type RequestHeaders = Readonly<Record<string, HeaderValue>>;

export interface SharedRequest {
  method: string;
  /** Path and query, as the request line has them. */
  url: string;
  headers: RequestHeaders;
}

/** A response as Next rendered it for the cache. */
export interface Rendered {
  status: number;
  headers: Record<string, HeaderValue>;
  body: Buffer;
}

/** What the server sends: status, headers, and a body unless it is a 304 or a HEAD. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer | null;
}

interface Entry {
  key: string;
  /** The address (origin, path and query) the entry answers, in `language`. */
  address: string;
  language: Language;
  generation: bigint;
  /** The minute the page was rendered in (minutes since 1970): the printed pages say when they
   * were consulted, to the minute (Brussels' offsets from UTC are whole hours). */
  minute: number;
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
  gzip: { body: Buffer; etag: string } | null;
}

const LOCALHOST = new URL("http://localhost");
// Enough for every address of the site; beyond it (a client inventing queries), start afresh.
const MAX_PASSING = 10_000;
const SHAREABLE_TYPES = /^(text\/html|application\/json)\b/i;
// Next's client-side navigations ask for RSC payloads, by header or by the _rsc parameter.
const NEXT_NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
// Headers of a rendered answer that this module sets itself, or that belong to one connection.
const DROPPED = new Set([
  "content-security-policy",
  "cache-control",
  "etag",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "vary",
  "strict-transport-security",
]);

function first(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hasCookie(headers: RequestHeaders, name: string): boolean {
  const raw = headers.cookie;
  const all = Array.isArray(raw) ? raw.join(";") : (raw ?? "");
  return all.split(";").some((pair) => pair.split("=")[0]?.trim() === name);
}

/** Whether a request may be answered from the shared cache: an anonymous GET or HEAD of a reading
 * page (a text's pages, the home page, the cross-text comparison) or of the read API (their twins). */
export function isShareable(request: SharedRequest, sessionCookie: string): boolean {
  const method = request.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return false;
  if (hasCookie(request.headers, sessionCookie) || request.headers.authorization !== undefined) return false;
  if (NEXT_NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  const [path = "", query = ""] = request.url.split("?", 2);
  if (new URLSearchParams(query).has("_rsc")) return false;
  return path === addressOf({ kind: "home" }) || path === "/compare-across" || (pathParts(path)?.texts ?? false);
}

/** Whether a rendered answer is the same for every reader, and may be kept. */
export function isStorable(rendered: Rendered): boolean {
  if (rendered.status !== 200 || rendered.headers["set-cookie"] !== undefined) return false;
  if (!SHAREABLE_TYPES.test(first(rendered.headers["content-type"]) ?? "")) return false;
  // Belt and braces: a page holding an anti-forgery token is someone's own page.
  return !/name=["']?csrf\b/i.test(rendered.body.toString("latin1"));
}

function strongEtag(body: Buffer, suffix = ""): string {
  return `"${createHash("sha256").update(body).digest("base64url")}${suffix}"`;
}

function matches(ifNoneMatch: HeaderValue, etag: string): boolean {
  const value = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (!value) return false;
  if (value.trim() === "*") return true;
  return value.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function acceptsGzip(headers: RequestHeaders): boolean {
  const raw = headers["accept-encoding"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return value.split(",").some((part) => {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "x-gzip") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The answers' Vary: the encoding, and the language (chosen by the cookie or the browser). */
export const SHARED_VARY = "Accept-Encoding, Accept-Language, Cookie";

/** The interface language a request is answered in, as the pages resolve it. */
export function languageOfRequest(headers: RequestHeaders): Language {
  return resolveLanguage(joined(headers.cookie), joined(headers["accept-language"]));
}

/** The cache key of a page in a language: one entry per address and language. */
export function keyOf(address: string, language: Language): string {
  return `${language} ${address}`;
}

function entryOf(key: string, address: string, language: Language, rendered: Rendered, generation: bigint, minute: number): Entry {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value !== undefined && !DROPPED.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  }
  const type = first(rendered.headers["content-type"]) ?? "";
  // Only a page runs scripts: its policy lists the hashes of the inline ones it holds.
  if (/^text\/html\b/i.test(type)) headers["content-security-policy"] = hashedCsp(inlineScriptHashes(rendered.body.toString("utf8")), new URL(address).pathname);
  else {
    const policy = first(rendered.headers["content-security-policy"]);
    if (policy) headers["content-security-policy"] = policy;
  }
  return { key, address, language, generation, minute, status: rendered.status, headers, body: rendered.body, etag: strongEtag(rendered.body), gzip: null };
}

export interface SharedCacheOptions {
  /** Renders a request for the cache (Next, asked with the shared-render header: scripts/serve.ts). */
  render: (request: SharedRequest) => Promise<Rendered>;
  /** Reads the generation of what readers see (lib/system/data.ts readGeneration). */
  generation: () => Promise<bigint>;
  /** The memory the kept answers may take, in bytes. */
  maxBytes: number;
  /** The session cookie's name: its holder is never served from, nor stored into, the cache. */
  sessionCookie: string;
  now?: () => Date;
}

export class SharedCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private newest: bigint | null = null;
  private readonly rendering = new Map<string, Promise<Entry | null>>();
  /** Addresses whose answer is not shared, for this generation. */
  private readonly passing = new Set<string>();
  private reading: Promise<bigint> | null = null;
  private queued: Promise<bigint> | null = null;
  /** How many times Next rendered for the cache: a test reads it through the X-Cache header. */
  renders = 0;

  constructor(private readonly options: SharedCacheOptions) {}

  /** The current generation, read after this call began: a read under way may have started before
   * a write this caller already saw committed, so a caller arriving during a read waits for the
   * next one, which all the callers arriving meanwhile share (one query in flight at a time). */
  currentGeneration(): Promise<bigint> {
    if (!this.reading) return this.startRead();
    if (!this.queued) {
      const settled = this.reading.then(
        () => undefined,
        () => undefined,
      );
      this.queued = settled.then(() => {
        this.queued = null;
        return this.startRead();
      });
    }
    return this.queued;
  }

  private startRead(): Promise<bigint> {
    const read = this.options.generation();
    this.reading = read;
    const done = () => {
      if (this.reading === read) this.reading = null;
    };
    read.then(done, done);
    return read;
  }

  /** The answer to a shareable request, or null when it must go to Next as usual (not shareable,
   * or the generation cannot be read: the database is down, and Next answers what it can). */
  async answer(request: SharedRequest): Promise<Answer | null> {
    if (!isShareable(request, this.options.sessionCookie)) return null;
    let generation: bigint;
    try {
      generation = await this.currentGeneration();
    } catch {
      return null;
    }
    if (generation !== this.newest) {
      // Every kept answer is now out of date: drop them at once rather than one by one. (Any
      // change counts, not only a rise: a database wiped and migrated again starts elsewhere.)
      this.entries.clear();
      this.passing.clear();
      this.bytes = 0;
      this.newest = generation;
    }
    const minute = Math.floor((this.options.now?.() ?? new Date()).getTime() / 60_000);
    const address = `${originFromHeaders({ get: (name) => joined(request.headers[name]) }, LOCALHOST)}${request.url}`;
    const language = languageOfRequest(request.headers);
    const key = keyOf(address, language);
    if (this.passing.has(key)) return null;
    const kept = this.entries.get(key);
    const head = request.method.toUpperCase() === "HEAD";
    if (kept && kept.generation === generation) {
      const current = kept.minute === minute ? kept : this.moveTo(kept, minute);
      this.touch(key, current);
      return this.send(current, request.headers, head, "hit");
    }
    const entry = await this.renderOnce(key, address, language, request, generation, minute);
    return entry && this.send(entry, request.headers, head, "miss");
  }

  /** The same page, saying it was consulted at `minute`: the printed line is the only part of a
   * page that moves with the clock, so it is rewritten in place (its policy hashes and ETag
   * computed again) rather than rendered again. */
  private moveTo(entry: Entry, minute: number): Entry {
    const body = entry.body.toString("utf8");
    // The page was rendered in its request's minute, or (a slow render) in one of the next two.
    const printed = [0, 1, 2].map((late) => consultedOn(new Date((entry.minute + late) * 60_000), entry.language)).find((text) => body.includes(text));
    const moved = printed === undefined ? entry.body : Buffer.from(body.split(printed).join(consultedOn(new Date(minute * 60_000), entry.language)));
    const next = entryOf(entry.key, entry.address, entry.language, { status: entry.status, headers: entry.headers, body: moved }, entry.generation, minute);
    this.store(entry.key, next);
    return next;
  }

  /** One render per page and generation, however many readers ask at once; null when the answer
   * is not one to share (a 404, a redirect, a feed or an export with conditional requests of its
   * own…): that address then goes to Next itself, for this request and the next ones until the
   * generation moves. */
  private renderOnce(key: string, address: string, language: Language, request: SharedRequest, generation: bigint, minute: number): Promise<Entry | null> {
    const renderKey = `${generation}\n${minute}\n${key}`;
    const running = this.rendering.get(renderKey);
    if (running) return running;
    const work = (async () => {
      this.renders += 1;
      // Rendered in the language resolved here, whatever the request's own cookie said.
      const rendered = await this.options.render({ ...request, method: "GET", headers: { ...request.headers, "accept-language": language } });
      if (!isStorable(rendered)) {
        if (this.passing.size >= MAX_PASSING) this.passing.clear();
        this.passing.add(key);
        return null;
      }
      const entry = entryOf(key, address, language, rendered, generation, minute);
      // Another generation may have been seen meanwhile: this answer is then already out of date.
      if (generation === this.newest) this.store(key, entry);
      return entry;
    })();
    this.rendering.set(renderKey, work);
    const done = () => this.rendering.delete(renderKey);
    work.then(done, done);
    return work;
  }

  private store(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length + (old.gzip?.body.length ?? 0);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    // The least recently used go first (a Map iterates in insertion order; touch re-inserts).
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length + (value.gzip?.body.length ?? 0);
    }
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private send(entry: Entry, headers: RequestHeaders, head: boolean, status: "hit" | "miss"): Answer {
    let body = entry.body;
    let etag = entry.etag;
    const out: Record<string, string | string[]> = { ...entry.headers, vary: SHARED_VARY, "cache-control": PUBLIC_READ_CACHE };
    if (acceptsGzip(headers)) {
      if (!entry.gzip) {
        const zipped = gzipSync(entry.body);
        // A representation of its own: its own strong ETag.
        entry.gzip = { body: zipped, etag: strongEtag(entry.body, "-gzip") };
        if (this.entries.get(entry.key) === entry) this.bytes += zipped.length;
      }
      body = entry.gzip.body;
      etag = entry.gzip.etag;
      out["content-encoding"] = "gzip";
    }
    out.etag = etag;
    out[CACHE_STATUS_HEADER] = status;
    if (matches(headers["if-none-match"], etag)) {
      delete out["content-type"];
      delete out["content-encoding"];
      return { status: 304, headers: out, body: null };
    }
    out["content-length"] = String(body.length);
    return { status: entry.status, headers: out, body: head ? null : body };
  }

}

function joined(value: HeaderValue): string | null {
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}
