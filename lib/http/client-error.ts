import type { Server } from "node:http";
import type { Socket } from "node:net";
import { errorPage } from "./error-page";
import { translator } from "../i18n/catalogs";
import { LANGUAGES, resolveLanguage, type Language } from "../i18n/languages";

// What the server answers to a request Node's HTTP parser refuses before the app sees it (an
// address or headers over its 16 KB limit, a malformed request line). Node's own answer is a bare
// status line and an empty body: a blank page for a reader who followed an overlong link. The page
// speaks the reader's language when the refused request's headers can still say it.

type Page = "tooLarge" | "badRequest" | "timeout";

function pagesIn(language: Language): Record<Page, string> {
  const t = translator(language);
  return {
    tooLarge: errorPage(t("requestErrors.tooLargeTitle"), t("requestErrors.tooLargeText"), "", language),
    badRequest: errorPage(t("requestErrors.badRequestTitle"), t("requestErrors.badRequestText"), "", language),
    timeout: errorPage(t("requestErrors.timeoutTitle"), t("requestErrors.timeoutText"), "", language),
  };
}
const PAGES = Object.fromEntries(LANGUAGES.map((l) => [l, pagesIn(l)])) as Record<Language, Record<Page, string>>;

/** The language the refused request's own bytes ask for (its Cookie and Accept-Language headers,
 * when the parser got that far), else French. */
export function languageOfRequest(raw: string): Language {
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*([^\\r\\n]*)`, "imu").exec(raw)?.[1] ?? null;
  return resolveLanguage(header("cookie"), header("accept-language"));
}

/** The API's requests, read off the start of the refused request («GET /api/v1/… HTTP/1.1»): they
 * get the API's JSON error, as every other API error. */
const API_REQUEST = /^[A-Z]+ \/api\//;

/** The raw HTTP response for a parser error's code, or null when the connection is already gone
 * (nothing to answer). `requestStart`: the bytes of the refused request, when known (its request
 * line says whether it was the API's, its headers the reader's language). */
export function clientErrorReply(code: string | undefined, requestStart = ""): string | null {
  if (code === "ECONNRESET") return null;
  if (API_REQUEST.test(requestStart)) return apiReply(code);
  const pages = PAGES[languageOfRequest(requestStart)];
  // The statuses Node itself gives these errors; only the body is ours.
  const [status, body] =
    code === "HPE_HEADER_OVERFLOW"
      ? ["431 Request Header Fields Too Large", pages.tooLarge]
      : code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? ["408 Request Timeout", pages.timeout]
        : code === "HPE_CHUNK_EXTENSIONS_OVERFLOW"
          ? ["413 Payload Too Large", pages.badRequest]
          : ["400 Bad Request", pages.badRequest];
  const headers = [
    `HTTP/1.1 ${status}`,
    "Content-Type: text/html; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Content-Security-Policy: default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options: nosniff",
    "Referrer-Policy: no-referrer",
    "Connection: close",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${body}`;
}

function apiReply(code: string | undefined): string {
  const [status, errorCode, message] =
    code === "HPE_HEADER_OVERFLOW"
      ? ["431 Request Header Fields Too Large", "request_too_large", "the address and headers exceed 16 KB"]
      : code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? ["408 Request Timeout", "request_timeout", "the request arrived too slowly"]
        : ["400 Bad Request", "bad_request", "the request could not be parsed"];
  const body = JSON.stringify({ error: { code: errorCode, message } });
  const head = [`HTTP/1.1 ${status}`, "Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`, "X-Content-Type-Options: nosniff", "Connection: close"];
  return `${head.join("\r\n")}\r\n\r\n${body}`;
}

/** Answers the requests `server`'s parser refuses with clientErrorReply's page. */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    // As Node's own handler: answer only on a connection that has not started a response (a
    // parser error on a kept-alive connection must not write into another reply).
    const written = (socket as Partial<Socket>).bytesWritten ?? 0;
    // Enough of the request for its request line and the headers that name a language.
    const start = error.rawPacket?.subarray(0, 32 * 1024).toString("latin1") ?? "";
    const reply = socket.writable && written === 0 ? clientErrorReply(error.code, start) : null;
    if (reply === null) socket.destroy();
    else socket.end(reply);
  });
}
