import type { Server } from "node:http";
import type { Socket } from "node:net";
import { errorPage } from "./error-page";

// What the server answers to a request Node's HTTP parser refuses before the app sees it (an
// address or headers over its 16 KB limit, a malformed request line). Node's own answer is a bare
// status line and an empty body: a blank page for a reader who followed an overlong link.

const TOO_LARGE = errorPage(
  "Adresse trop longue",
  "Cette adresse (ou les en-têtes envoyés avec elle) dépasse ce que le serveur accepte, 16 Ko : elle a peut-être été recopiée plusieurs fois ou allongée par un autre site. Repartez de la page d’un texte.",
);
const BAD_REQUEST = errorPage("Requête mal formée", "Le serveur n’a pas pu lire cette requête.");
const TIMEOUT = errorPage("Requête interrompue", "La requête est arrivée trop lentement : rechargez la page.");

/** The API's requests, read off the start of the refused request («GET /api/v1/… HTTP/1.1»): they
 * get the API's JSON error, as every other API error. */
const API_REQUEST = /^[A-Z]+ \/api\//;

/** The raw HTTP response for a parser error's code, or null when the connection is already gone
 * (nothing to answer). `requestStart`: the first bytes of the refused request, when known. */
export function clientErrorReply(code: string | undefined, requestStart = ""): string | null {
  if (code === "ECONNRESET") return null;
  if (API_REQUEST.test(requestStart)) return apiReply(code);
  // The statuses Node itself gives these errors; only the body is ours.
  const [status, body] =
    code === "HPE_HEADER_OVERFLOW"
      ? ["431 Request Header Fields Too Large", TOO_LARGE]
      : code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? ["408 Request Timeout", TIMEOUT]
        : code === "HPE_CHUNK_EXTENSIONS_OVERFLOW"
          ? ["413 Payload Too Large", BAD_REQUEST]
          : ["400 Bad Request", BAD_REQUEST];
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
    const start = error.rawPacket?.subarray(0, 16).toString("latin1") ?? "";
    const reply = socket.writable && written === 0 ? clientErrorReply(error.code, start) : null;
    if (reply === null) socket.destroy();
    else socket.end(reply);
  });
}
