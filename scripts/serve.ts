// The production server that `npm start` runs: Next's request handler behind Node's own HTTP
// server, so that the forwarding headers the app reads are ones this server can vouch for
// (lib/http/client-address.ts). Otherwise what `next start` does: the same build, PORT, signals.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import next from "next";
import { SESSION_COOKIE } from "../lib/auth/cookie";
import pg from "pg";
import { applyForwarding, trustedHops } from "../lib/http/client-address";
import { answerClientErrors } from "../lib/http/client-error";
import { SHARED_RENDER_HEADER } from "../lib/http/csp";
import { SharedCache, type Rendered, type SharedRequest } from "../lib/http/shared-cache";
import { listenHost, strictTransportSecurity } from "../lib/http/transport";
import { readGeneration } from "../lib/system/data";
import { answerUnavailable } from "../lib/http/unavailable";
import { watchRequest } from "../lib/system/outage";

const ROOT = path.resolve(import.meta.dirname, "..");
const STOP_GRACE_MS = 5000;
const RENDER_TIMEOUT_MS = 60_000;
// The headers a page's rendering depends on (the public origin, for absolute links and the printed
// citation; the interface language, which the cache resolves and sets): the cache key holds the
// same origin and language (lib/http/shared-cache.ts). The cookie is not sent: the language it
// chose is already in Accept-Language.
const RENDER_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "accept-language"];

/** PAGE_CACHE_MB: the memory the shared cache of rendered reads may take (0: no shared cache). */
function cacheBytes(value: string | undefined): number {
  const mb = value === undefined || value.trim() === "" ? 64 : Number(value);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`PAGE_CACHE_MB: expected a number of megabytes (0 for none), got "${value}"`);
  return Math.floor(mb * 1024 * 1024);
}

/** Asks this very server, over the loopback, for a page rendered for the shared cache: Next
 * then renders it as for any request, but without a nonce (proxy.ts). The secret proves that the
 * request comes from here; a client's own copy of the header never reaches Next (applyForwarding). */
function loopbackRenderer(server: Server, secret: string): (request: SharedRequest) => Promise<Rendered> {
  return (request) =>
    new Promise((resolve, reject) => {
      const address = server.address() as AddressInfo;
      const host = address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
      const headers: Record<string, string> = { accept: "text/html,application/json;q=0.9,*/*;q=0.8", "accept-encoding": "identity", [SHARED_RENDER_HEADER]: secret };
      for (const name of RENDER_HEADERS) {
        const value = request.headers[name];
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      const req = httpRequest({ host, port: address.port, method: "GET", path: request.url, headers, timeout: RENDER_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: { ...res.headers }, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`rendering ${request.url} for the shared cache took over ${RENDER_TIMEOUT_MS} ms`)));
      req.on("error", reject);
      req.end();
    });
}

function isRenderFromHere(req: IncomingMessage, secret: Buffer): boolean {
  const value = req.headers[SHARED_RENDER_HEADER];
  if (typeof value !== "string") return false;
  const given = Buffer.from(value);
  return given.length === secret.length && timingSafeEqual(given, secret);
}

/** Ends this server when the process that started it dies (see main). */
function dieWithParent(stop: () => void): void {
  if (!process.connected) return;
  process.once("disconnect", () => {
    console.error("serve: the npm start process that started this server is gone; stopping.");
    stop();
  });
}

async function main(): Promise<void> {
  // scripts/start.ts hosts the embedded database and starts this server with an IPC channel. The
  // kernel closes that channel when start.ts dies, even by SIGKILL, which no signal handler sees: a
  // server left behind would hold the port, answer 500 without its database, and make the next
  // `npm start` fail with EADDRINUSE. Until the server listens, leaving means exiting.
  let stopServer: (() => void) | null = null;
  dieWithParent(() => (stopServer ? stopServer() : process.exit(1)));
  const hops = trustedHops(process.env.TRUST_PROXY_HOPS);
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: ROOT, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const secret = randomBytes(32).toString("base64url");
  const secretBytes = Buffer.from(secret);
  // The shared cache of rendered reads (lib/http/shared-cache.ts), for a PostgreSQL server only:
  // the embedded database serves one connection, and one person needs no cache in front of it.
  const maxBytes = cacheBytes(process.env.PAGE_CACHE_MB);
  const databaseUrl = process.env.DATABASE_URL;
  let cache: SharedCache | null = null;
  const server = createServer((req, res) => {
    // A request that met an unreachable database answers 503, whatever Next made of the failure.
    let watch: { unreachable: boolean } | null = null;
    const pass = () => {
      answerUnavailable(req, res, () => watch?.unreachable === true);
      watch = watchRequest(() =>
        handle(req, res).catch((error: unknown) => {
          console.error(error);
          if (!res.headersSent) res.writeHead(500).end();
        }),
      );
    };
    if (isRenderFromHere(req, secretBytes)) {
      req.headers[SHARED_RENDER_HEADER] = "1";
      void pass();
      return;
    }
    const hsts = strictTransportSecurity(req.headers, hops);
    if (hsts) res.setHeader("Strict-Transport-Security", hsts);
    applyForwarding(req, hops);
    if (!cache) return void pass();
    cache
      .answer({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers })
      .then((answer) => {
        if (!answer) return pass();
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? undefined);
      })
      .catch((error: unknown) => {
        // The cache failed (the loopback render broke): Next answers as it would without it.
        console.error(`serve: shared cache: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) void pass();
      });
  });
  if (maxBytes > 0 && databaseUrl && process.env.PALIMPSESTE_DB_MODE !== "embedded") {
    // A connection of its own: the generation is read on every request, never behind a render.
    // Bounded waits: with PostgreSQL away, a request goes on to Next (and its 503 page) within
    // two seconds instead of hanging on the cache.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 2000, query_timeout: 2000 });
    // A connection lost while idle (PostgreSQL restarted) is replaced on the next read; without a
    // listener, pg's error event would end the process.
    pool.on("error", (error) => console.error(`serve: shared cache connection: ${error.message}`));
    cache = new SharedCache({ render: loopbackRenderer(server, secret), generation: () => readGeneration(pool), maxBytes, sessionCookie: SESSION_COOKIE });
  }
  // A request the parser refuses (over 16 KB of address and headers) gets a French page, not
  // Node's bare status line.
  answerClientErrors(server);
  // LISTEN_HOST: the interface to listen on; the loopback one by default, so that the app is
  // reached through its reverse proxy (and that proxy's X-Forwarded-For) or from this machine only.
  // (Not HOSTNAME: shells set it to the machine's name.)
  const hostname = listenHost(process.env.LISTEN_HOST);
  server.listen(port, hostname, () => console.log(`serve: ready on port ${port} (${hostname})${hops ? ` behind ${hops} trusted proxy hop(s)` : ""}`));
  // Exit as a process killed by the signal would (128 + its number), so that start.ts can tell a
  // stop it asked for from one that came from outside. Idle keep-alive connections close at once;
  // responses under way get a few seconds to finish.
  const stop = (code: number) => () => {
    server.close(() => process.exit(code));
    server.closeIdleConnections();
    setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
  };
  process.on("SIGINT", stop(130));
  process.on("SIGTERM", stop(143));
  stopServer = stop(1);
}

main().catch((error: unknown) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
