// The production server's answer for a request that met an unreachable database (see
// lib/system/outage.ts): a page whose loader failed gets from Next a 500 and the error boundary;
// the reader gets the 503 page instead, in their language (the API its JSON 503), with Retry-After, so that a
// person, a crawler and a load balancer all read "back in a moment", not "broken".
import type { IncomingMessage, ServerResponse } from "node:http";
import { UNAVAILABLE_RETRY_SECONDS, unavailable } from "../errors";
import { unavailablePage } from "./error-page";
import { resolveLanguage } from "../i18n/languages";

/** Headers of the failed answer that do not describe the one written instead; the security
 * headers stay. */
const DROPPED = ["content-type", "content-length", "content-encoding", "transfer-encoding", "etag", "cache-control", "link", "vary", "set-cookie"];

/** Watches `res`: when its status is 500 and `met()` says the database was unreachable, the
 * body Next writes is replaced by the 503 answer. Anything else passes untouched. */
export function answerUnavailable(req: IncomingMessage, res: ServerResponse, met: () => boolean): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replaced: boolean | null = null;
  const replace = (status: number): boolean => {
    if (replaced !== null) return replaced;
    // 500 only: a 503 the app wrote itself (a refused form, with its text) is already the answer.
    replaced = status === 500 && !res.headersSent && met();
    if (!replaced) return false;
    for (const name of res.getHeaderNames()) if (DROPPED.includes(name) || name.startsWith("x-nextjs")) res.removeHeader(name);
    const api = (req.url ?? "").startsWith("/api/");
    const error = unavailable();
    const body = api ? JSON.stringify({ error: { code: error.code, message: error.message } }) : unavailablePage(undefined, resolveLanguage(req.headers.cookie, req.headers["accept-language"]));
    writeHead(503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Retry-After": String(UNAVAILABLE_RETRY_SECONDS),
      "Cache-Control": "no-store",
    });
    end(req.method === "HEAD" ? undefined : body);
    return true;
  };
  const done = (args: unknown[]) => {
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    callback?.();
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => (replace(status) ? res : writeHead(status, ...rest))) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => {
    if (!replace(res.statusCode)) return write(...args);
    done(args);
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!replace(res.statusCode)) return end(...args);
    done(args);
    return res;
  }) as typeof res.end;
}
