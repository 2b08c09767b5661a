// The production server that `npm start` runs: Next's request handler behind Node's own HTTP
// server, so that the forwarding headers the app reads are ones this server can vouch for
// (lib/http/client-address.ts). Otherwise what `next start` does: the same build, PORT, signals.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { applyForwarding, trustedHops } from "../lib/http/client-address";
import { answerClientErrors } from "../lib/http/client-error";

const ROOT = path.resolve(import.meta.dirname, "..");
const STOP_GRACE_MS = 5000;

async function main(): Promise<void> {
  const hops = trustedHops(process.env.TRUST_PROXY_HOPS);
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: ROOT, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    applyForwarding(req, hops);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // A request the parser refuses (over 16 KB of address and headers) gets a French page, not
  // Node's bare status line.
  answerClientErrors(server);
  // LISTEN_HOST: the interface to listen on (behind a proxy on the same machine, 127.0.0.1, so that
  // no client reaches the app around the proxy and its X-Forwarded-For); every interface by default.
  // (Not HOSTNAME: shells set it to the machine's name.)
  const hostname = process.env.LISTEN_HOST || undefined;
  server.listen(port, hostname, () => console.log(`serve: ready on port ${port}${hops ? ` behind ${hops} trusted proxy hop(s)` : ""}`));
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
}

main().catch((error: unknown) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
