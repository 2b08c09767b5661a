// The production server that `npm start` runs: Next's request handler behind Node's own HTTP
// server, so that the forwarding headers the app reads are ones this server can vouch for
// (lib/http/client-address.ts). Otherwise what `next start` does: the same build, PORT, signals.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { applyForwarding, trustedHops } from "../lib/http/client-address";
import { answerClientErrors } from "../lib/http/client-error";
import { listenHost, strictTransportSecurity } from "../lib/http/transport";
import { answerUnavailable } from "../lib/http/unavailable";
import { watchRequest } from "../lib/system/outage";

const ROOT = path.resolve(import.meta.dirname, "..");
const STOP_GRACE_MS = 5000;

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
  const server = createServer((req, res) => {
    const hsts = strictTransportSecurity(req.headers, hops);
    if (hsts) res.setHeader("Strict-Transport-Security", hsts);
    applyForwarding(req, hops);
    // A request that met an unreachable database answers 503, whatever Next made of the failure.
    let watch: { unreachable: boolean } | null = null;
    answerUnavailable(req, res, () => watch?.unreachable === true);
    watch = watchRequest(() =>
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end();
      }),
    );
  });
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
